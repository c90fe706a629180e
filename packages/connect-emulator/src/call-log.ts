import type { IncomingHttpHeaders } from 'node:http';
import type { OperationName } from './routes.ts';
import { OPERATION_NAMES } from './routes.ts';

/** One request as Connect received it. */
export interface CallRecord {
  /** 1-based arrival order since the emulator started (not reset by `reset()`). */
  seq: number;
  operation: OperationName | 'Unknown';
  method: string;
  /** Request target exactly as received (still URI-encoded). */
  rawPath: string;
  /** Decoded path labels. */
  instanceId?: string;
  contactId?: string;
  /** Parsed JSON body (undefined when empty or not JSON). */
  body?: unknown;
  rawBody: string;
  headers: {
    authorization: boolean;
    /** Access key id from the SigV4 `Credential=` scope, if any. */
    accessKeyId?: string;
    userAgent?: string;
    amzUserAgent?: string;
    contentType?: string;
    amzDate?: string;
    invocationId?: string;
    amzSdkRequest?: string;
  };
  time: Date;
  /** Filled in when the answer is sent; undefined for resets and hangs. */
  status?: number;
  errorType?: string;
  /** Id of the fault that shaped the answer, if any. */
  faultId?: string;
}

export interface CallLog {
  /** Most recent calls, oldest first (trimmed past the limit). */
  readonly calls: CallRecord[];
  /** Calls per operation since the last reset (never trimmed). */
  readonly counts: Readonly<Record<CallRecord['operation'], number>>;
  readonly total: number;
  record(entry: Omit<CallRecord, 'seq' | 'time' | 'headers'>, headers: IncomingHttpHeaders): CallRecord;
  reset(): void;
}

const str = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const CREDENTIAL = /Credential=([^/,\s]+)\//;

/** Creates a call log that keeps at least the last `limit` calls (bounded for benchmarks). */
export function createCallLog(limit = 10_000): CallLog {
  const calls: CallRecord[] = [];
  const counts = Object.fromEntries([...OPERATION_NAMES, 'Unknown'].map((name) => [name, 0])) as Record<
    CallRecord['operation'],
    number
  >;
  let total = 0;
  let seq = 0;
  // Trim in batches so a full log costs amortised O(1) per call.
  const trimAt = limit + Math.max(1, Math.ceil(limit / 4));

  return {
    calls,
    counts,
    get total() {
      return total;
    },
    record(entry, h) {
      const authorization = str(h.authorization);
      const record: CallRecord = {
        ...entry,
        seq: ++seq,
        time: new Date(),
        headers: {
          authorization: authorization !== undefined,
          accessKeyId: authorization ? CREDENTIAL.exec(authorization)?.[1] : undefined,
          userAgent: h['user-agent'],
          amzUserAgent: str(h['x-amz-user-agent']),
          contentType: h['content-type'],
          amzDate: str(h['x-amz-date']),
          invocationId: str(h['amz-sdk-invocation-id']),
          amzSdkRequest: str(h['amz-sdk-request']),
        },
      };
      calls.push(record);
      if (calls.length >= trimAt) calls.splice(0, calls.length - limit);
      counts[entry.operation]++;
      total++;
      return record;
    },
    reset() {
      calls.length = 0;
      for (const name of Object.keys(counts) as CallRecord['operation'][]) counts[name] = 0;
      total = 0;
    },
  };
}
