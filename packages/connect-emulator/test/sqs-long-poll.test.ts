import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { useSqsEmulator } from './sqs-client.ts';

// The real clock here: a long poll must notice a visibility timeout running out by itself.
const env = useSqsEmulator();

describe('SQS long polling in real time', () => {
  it('a long poll wakes when a received message becomes visible again, with ApproximateReceiveCount 2', async () => {
    const { QueueUrl } = await env.sqs.send(new CreateQueueCommand({ QueueName: 'long-poll-visibility' }));
    await env.sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'retry me' }));
    const first = await env.sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 1 }));
    expect(first.Messages).toHaveLength(1);
    const started = Date.now();
    const second = await env.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        WaitTimeSeconds: 10,
        MessageSystemAttributeNames: ['ApproximateReceiveCount'],
      }),
    );
    const waited = Date.now() - started;
    expect(second.Messages?.[0]).toMatchObject({ Body: 'retry me', Attributes: { ApproximateReceiveCount: '2' } });
    expect(waited).toBeGreaterThan(500);
    expect(waited).toBeLessThan(5_000);
  });

  it("without WaitTimeSeconds a receive waits the queue's ReceiveMessageWaitTimeSeconds", async () => {
    const { QueueUrl } = await env.sqs.send(
      new CreateQueueCommand({ QueueName: 'long-poll-default', Attributes: { ReceiveMessageWaitTimeSeconds: '1' } }),
    );
    const started = Date.now();
    expect((await env.sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    // WaitTimeSeconds 0 overrides the queue's: a short poll.
    const short = Date.now();
    await env.sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 0 }));
    expect(Date.now() - short).toBeLessThan(500);
  });
});
