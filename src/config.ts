import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

/** true/false when set; undefined lets the default depend on NODE_ENV. */
const optionalFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === 'true' || value === '1'));

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    value
      ?.split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

/** A token bucket as Connect's quotas state it: requests per second and burst. */
export interface QuotaNumbers {
  rate: number;
  burst: number;
}

const QUOTA_ENTRY = /^([A-Z][A-Za-z]*)=(\d+(?:\.\d+)?)\/(\d+)$/;

/**
 * CONNECT_QUOTAS: `defaults`, or `Op=rate/burst,...` (operations not named keep their defaults).
 * Names are checked against the operations' declarations once the schema is loaded (resolveQuotas).
 */
const quotaOverrides = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === '') return undefined;
    const overrides: Record<string, QuotaNumbers> = {};
    if (value.trim() === 'defaults') return overrides;
    for (const entry of value.split(',').map((item) => item.trim())) {
      const match = QUOTA_ENTRY.exec(entry);
      if (match === null) {
        ctx.addIssue({ code: 'custom', message: `must be "defaults" or Operation=rate/burst,... (got "${entry}")` });
        continue;
      }
      const [, operation = '', rate = '', burst = ''] = match;
      const numbers = { rate: Number(rate), burst: Number(burst) };
      if (Object.hasOwn(overrides, operation)) ctx.addIssue({ code: 'custom', message: `names ${operation} twice` });
      // Spent in windows of at most half the burst (budget-window.ts): a burst of 1 cannot be kept.
      else if (!(numbers.rate > 0 && numbers.rate <= 100_000 && numbers.burst >= 2 && numbers.burst <= 1_000_000))
        ctx.addIssue({ code: 'custom', message: `${entry}: rate must be above 0 and burst at least 2` });
      else overrides[operation] = numbers;
    }
    return overrides;
  });

/**
 * Defaults that code outside this schema falls back to, each written once: the Connect client's
 * (createConnectClient, for callers without a config: tests, the benchmark) and the deadline's
 * (start.ts bounds shutdown by it when the deadline is off). `endpointRegion` signs calls to an
 * endpoint of our own (the emulator answers any region) when AWS_REGION is unset.
 */
export const DEFAULTS = {
  connectionTimeoutMs: 2_000,
  requestTimeoutMs: 5_000,
  maxSockets: 64,
  endpointRegion: 'us-east-1',
  deadlineMs: 10_000,
} as const;

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    // Slow or idle clients (docs/security.md): Node's defaults hold a connection for minutes.
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
    CONNECT_BACKEND: z.enum(['emulator', 'aws']).optional(),
    AWS_REGION: z.string().min(1).optional(),
    CONNECT_INSTANCE_IDS: commaList,
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256 key)').optional(),
    AUTH_JWKS_URL: z.url().optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).optional(),
    AUTH_DISABLED: booleanFlag,
    // Security (docs/security.md gives the reasons for the defaults).
    CORS_ORIGINS: commaList,
    GRAPHQL_INTROSPECTION: optionalFlag,
    GRAPHIQL: optionalFlag,
    ROUTER_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    PERSISTED_OPERATIONS: z.enum(['allow', 'only']).default('allow'),
    MAX_CONTACT_READS_PER_REQUEST: z.coerce.number().int().min(1).max(1_000).default(50),
    MAX_ENTITY_REPRESENTATIONS: z.coerce.number().int().min(1).max(10_000).default(100),
    MAX_REQUEST_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024)
      .default(1024 * 1024),
    // Upstream policy and observability (docs/operations.md gives the reasons for the defaults).
    CONNECT_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(DEFAULTS.connectionTimeoutMs),
    CONNECT_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1).max(300_000).default(DEFAULTS.requestTimeoutMs),
    CONNECT_MAX_SOCKETS: z.coerce.number().int().min(1).max(10_000).default(DEFAULTS.maxSockets),
    GRAPHQL_DEADLINE_MS: z.coerce.number().int().min(0).max(600_000).default(DEFAULTS.deadlineMs),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    // On unless set to false/0.
    METRICS_ENABLED: z
      .enum(['true', 'false', '1', '0'])
      .optional()
      .transform((v) => v !== 'false' && v !== '0'),
    TRACING_ENABLED: booleanFlag,
    // Shared by every replica: subscription events and Connect call budgets (docs/operations.md).
    REDIS_URL: z
      .url()
      .refine((url) => /^rediss?:\/\//.test(url), 'must be a redis:// or rediss:// URL')
      .optional(),
    // Budgets for Connect's request-rate quotas (docs/operations.md#connect-quotas).
    CONNECT_QUOTAS: quotaOverrides,
    CONNECT_QUOTA_REPLICAS: z.coerce.number().int().min(1).max(1_000).default(1),
    CONNECT_QUOTA_QUEUE_PER_CALLER: z.coerce.number().int().min(1).max(10_000).default(100),
    // DescribeContact answers shared between requests (docs/operations.md#the-read-cache); unset: off.
    CONNECT_READ_CACHE_SECONDS: z.coerce.number().int().min(1).max(300).optional(),
    // Caps on subscription streams (docs/operations.md gives the reasons for the defaults).
    SUBSCRIPTIONS_MAX_PER_CONNECTION: z.coerce.number().int().min(1).max(100).default(1),
    SUBSCRIPTIONS_MAX_PER_SUBJECT: z.coerce.number().int().min(1).max(100_000).default(20),
    SUBSCRIPTIONS_BUFFER_EVENTS: z.coerce.number().int().min(1).max(10_000).default(64),
    // How long and how many change events are kept for clients that resume (Last-Event-ID).
    SUBSCRIPTIONS_REPLAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
    SUBSCRIPTIONS_REPLAY_MAX_EVENTS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
    // Amazon Connect's contact events, from the SQS queue an EventBridge rule fills (docs/operations.md).
    CONNECT_EVENTS_QUEUE_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// SQS queue URL' })
      .optional(),
    // /metrics has its own listener, never the GraphQL port (README "Operations").
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
    METRICS_HOST: z.string().min(1).optional(),
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  })
  // Node refuses to start a server whose headers may take longer than the whole request.
  .refine((e) => e.HTTP_HEADERS_TIMEOUT_MS <= e.HTTP_REQUEST_TIMEOUT_MS, {
    path: ['HTTP_HEADERS_TIMEOUT_MS'],
    message: 'must not exceed HTTP_REQUEST_TIMEOUT_MS',
  });

/** Rules across variables, checked on the raw strings so they are reported with any other problem. */
function crossVariableProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (env.NODE_ENV === 'production' && env.CONNECT_BACKEND === undefined)
    problems.push('CONNECT_BACKEND is required when NODE_ENV=production (emulator or aws)');
  const authConfigured = env.AUTH_JWT_SECRET !== undefined || env.AUTH_JWKS_URL !== undefined;
  const authDisabled = env.AUTH_DISABLED === 'true' || env.AUTH_DISABLED === '1';
  if (env.CONNECT_BACKEND === 'aws' && !authConfigured && !authDisabled)
    problems.push('AUTH_JWT_SECRET or AUTH_JWKS_URL is required with CONNECT_BACKEND=aws (or AUTH_DISABLED=true)');
  else if (env.NODE_ENV === 'production' && !authConfigured && !authDisabled)
    problems.push('AUTH_JWT_SECRET or AUTH_JWKS_URL is required when NODE_ENV=production (or AUTH_DISABLED=true)');
  if (env.AUTH_JWT_SECRET !== undefined && env.AUTH_JWKS_URL !== undefined)
    problems.push('AUTH_JWKS_URL and AUTH_JWT_SECRET are exclusive: set one');
  if (authConfigured && authDisabled)
    problems.push('AUTH_DISABLED=true contradicts AUTH_JWT_SECRET/AUTH_JWKS_URL: set one or the other');
  // A JWKS usually signs tokens for many applications; without these checks any of them would do.
  if (env.AUTH_JWKS_URL !== undefined && (env.AUTH_ISSUER === undefined || env.AUTH_AUDIENCE === undefined))
    problems.push('AUTH_ISSUER and AUTH_AUDIENCE are required with AUTH_JWKS_URL');
  // The SDK's adaptive mode delays calls in one client-wide bucket of its own, unseen by the budget.
  if (env.CONNECT_QUOTAS?.trim() && env.AWS_RETRY_MODE === 'adaptive')
    problems.push('AWS_RETRY_MODE=adaptive cannot be combined with CONNECT_QUOTAS: use standard (docs/operations.md)');
  return problems;
}

export type AuthConfig =
  /** explicit: AUTH_DISABLED=true; otherwise the development default (nothing configured, not production). */
  | { mode: 'disabled'; explicit: boolean }
  | { mode: 'secret'; secret: string; issuer?: string; audience?: string }
  | { mode: 'jwks'; jwksUrl: string; issuer?: string; audience?: string };

export interface SecurityConfig {
  /** Origins allowed cross-origin; empty: no CORS headers at all. */
  corsOrigins: readonly string[];
  introspection: boolean;
  graphiql: boolean;
  /** When set, every /graphql request must carry it in `router-authorization`. */
  routerSecret?: string;
  /** `only`: nothing but the persisted documents in operations/generated/persisted-documents.json. */
  persistedOperations: 'allow' | 'only';
  maxRequestBodyBytes: number;
  /** DescribeContact calls one request may cause; refused before any call past it. */
  maxContactReadsPerRequest: number;
  /** `_entities` representations one request may carry, duplicates counted; refused before any work past it. */
  maxEntityRepresentations: number;
}

export interface SubscriptionsConfig {
  /** Open streams one TCP connection may hold (HTTP/1.1 serves one at a time; more only by pipelining). */
  maxPerConnection: number;
  /** Open streams one token subject may hold on this replica. */
  maxPerSubject: number;
  /** Events one stream may have waiting for a slow client; past it the stream ends (STREAM_OVERFLOW). */
  bufferEvents: number;
  /** How long change events are kept for clients resuming with Last-Event-ID; 0: no replay. */
  replaySeconds: number;
  /** The most change events kept for replay (in Redis, or in this process without it). */
  replayMaxEvents: number;
}

export interface HttpConfig {
  port: number;
  host: string;
  /** Time a client has to send the request headers; then the connection is closed. */
  headersTimeoutMs: number;
  /** Time a client has to send the whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept. */
  keepAliveTimeoutMs: number;
  /** Connections past this many are dropped as they arrive. */
  maxConnections: number;
}

export interface GatewayConfig {
  env: 'development' | 'production' | 'test';
  http: HttpConfig;
  connect: {
    backend: 'emulator' | 'aws';
    /** AWS_REGION; unset: the SDK's own chain (profile, instance metadata) against AWS. */
    region?: string;
    /** undefined: every instance is allowed */
    allowedInstanceIds?: ReadonlySet<string>;
    connectionTimeoutMs: number;
    /** Per attempt; the SDK retries (AWS_MAX_ATTEMPTS, AWS_RETRY_MODE) within the deadline. */
    requestTimeoutMs: number;
    maxSockets: number;
  };
  /** With CONNECT_EVENTS_QUEUE_URL: Connect's contact events are read from that queue. */
  connectEvents?: { queueUrl: string };
  auth: AuthConfig;
  security: SecurityConfig;
  /** Overall time for one GraphQL request; 0 disables it. Aborts Connect calls still running. */
  deadlineMs: number;
  /** Redis shared by all replicas; undefined: everything stays in this process. */
  redis?: { url: string };
  /** CONNECT_QUOTAS; undefined: no Connect call is budgeted. */
  quotas?: QuotaConfig;
  /** CONNECT_READ_CACHE_SECONDS: how long DescribeContact answers are shared; undefined: off. */
  readCacheSeconds?: number;
  subscriptions: SubscriptionsConfig;
  observability: {
    logLevel?: string;
    metrics: boolean;
    /** Where /metrics is served: its own listener, so the GraphQL port never exposes it. */
    metricsPort: number;
    metricsHost: string;
    /** When set, scrapes must send `Authorization: Bearer <token>`. */
    metricsToken?: string;
    tracing: boolean;
  };
}

export interface QuotaConfig {
  /** Operations whose quota was raised; the others keep the defaults their declarations state. */
  overrides: Readonly<Record<string, QuotaNumbers>>;
  /** Replicas sharing the account's quota: without Redis each spends its share of the budget. */
  replicas: number;
  /** Calls one caller (token subject) may have waiting for one operation's budget on a replica. */
  queuePerCaller: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the process environment once into a typed config. Every bad variable is reported at
 * once, one per line, naming the variable; AWS SDK variables but AWS_REGION are left for the SDK.
 */
export function loadConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const parsed = EnvSchema.safeParse(env);
  const problems = [
    ...(parsed.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) ?? []),
    ...crossVariableProblems(env),
  ];
  if (!parsed.success || problems.length > 0)
    throw new ConfigError(problems.map((p) => `invalid configuration: ${p}`).join('\n'));
  const e = parsed.data;
  const claims = { issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE };
  let auth: AuthConfig = { mode: 'disabled', explicit: e.AUTH_DISABLED };
  if (e.AUTH_JWT_SECRET !== undefined) auth = { mode: 'secret', secret: e.AUTH_JWT_SECRET, ...claims };
  else if (e.AUTH_JWKS_URL !== undefined) auth = { mode: 'jwks', jwksUrl: e.AUTH_JWKS_URL, ...claims };
  return {
    env: e.NODE_ENV,
    http: {
      port: e.PORT,
      host: e.HOST,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.HTTP_MAX_CONNECTIONS,
    },
    connect: {
      backend: e.CONNECT_BACKEND ?? 'emulator',
      region: e.AWS_REGION,
      allowedInstanceIds: e.CONNECT_INSTANCE_IDS ? new Set(e.CONNECT_INSTANCE_IDS) : undefined,
      connectionTimeoutMs: e.CONNECT_CONNECT_TIMEOUT_MS,
      requestTimeoutMs: e.CONNECT_REQUEST_TIMEOUT_MS,
      maxSockets: e.CONNECT_MAX_SOCKETS,
    },
    ...(e.CONNECT_EVENTS_QUEUE_URL === undefined ? {} : { connectEvents: { queueUrl: e.CONNECT_EVENTS_QUEUE_URL } }),
    auth,
    security: {
      corsOrigins: e.CORS_ORIGINS ?? [],
      introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
      graphiql: e.GRAPHIQL ?? e.NODE_ENV !== 'production',
      routerSecret: e.ROUTER_SECRET,
      persistedOperations: e.PERSISTED_OPERATIONS,
      maxRequestBodyBytes: e.MAX_REQUEST_BODY_BYTES,
      maxContactReadsPerRequest: e.MAX_CONTACT_READS_PER_REQUEST,
      maxEntityRepresentations: e.MAX_ENTITY_REPRESENTATIONS,
    },
    deadlineMs: e.GRAPHQL_DEADLINE_MS,
    ...(e.REDIS_URL === undefined ? {} : { redis: { url: e.REDIS_URL } }),
    ...(e.CONNECT_QUOTAS === undefined
      ? {}
      : {
          quotas: {
            overrides: e.CONNECT_QUOTAS,
            replicas: e.CONNECT_QUOTA_REPLICAS,
            queuePerCaller: e.CONNECT_QUOTA_QUEUE_PER_CALLER,
          },
        }),
    ...(e.CONNECT_READ_CACHE_SECONDS === undefined ? {} : { readCacheSeconds: e.CONNECT_READ_CACHE_SECONDS }),
    subscriptions: {
      maxPerConnection: e.SUBSCRIPTIONS_MAX_PER_CONNECTION,
      maxPerSubject: e.SUBSCRIPTIONS_MAX_PER_SUBJECT,
      bufferEvents: e.SUBSCRIPTIONS_BUFFER_EVENTS,
      replaySeconds: e.SUBSCRIPTIONS_REPLAY_SECONDS,
      replayMaxEvents: e.SUBSCRIPTIONS_REPLAY_MAX_EVENTS,
    },
    observability: {
      logLevel: e.LOG_LEVEL,
      metrics: e.METRICS_ENABLED,
      metricsPort: e.METRICS_PORT,
      metricsHost: e.METRICS_HOST ?? e.HOST,
      metricsToken: e.METRICS_TOKEN,
      tracing: e.TRACING_ENABLED,
    },
  };
}
