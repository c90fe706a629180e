import { Redis } from 'ioredis';
import { eventually } from './metrics.ts';

/** Resolves once `count` replicas' readers block in XREAD on the change stream: what is appended now reaches them. */
export async function readersBlocked(redisUrl: string, count: number, timeoutMs = 10_000): Promise<void> {
  const client = new Redis(redisUrl);
  try {
    await eventually(async () => {
      const list = (await client.client('LIST')) as string;
      return list.split('\n').filter((line) => line.includes('cmd=xread')).length >= count;
    }, timeoutMs);
  } finally {
    client.disconnect();
  }
}
