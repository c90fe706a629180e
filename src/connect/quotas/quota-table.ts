import { ConfigError, type QuotaConfig, type QuotaNumbers } from '../../config.ts';

/** Connect's request-rate quota of one operation: requests per second, and the burst above it. */
export type ConnectQuota = QuotaNumbers;

// Connect's default quotas, by Connect operation name, as the operations declare them: each
// declaration (defineOperation, or a call made outside one such as DescribeContact) adds its row
// when its module loads, as it adds its types to the schema builder.
const declared = new Map<string, ConnectQuota>();

/** Records Connect's default quota for `operation` (e.g. UpdateContact); the same numbers may be declared again. */
export function declareQuota(operation: string, quota: ConnectQuota): void {
  const known = declared.get(operation);
  if (known && (known.rate !== quota.rate || known.burst !== quota.burst))
    throw new Error(`${operation}: quota declared twice with different numbers`);
  declared.set(operation, { ...quota });
}

/** What the budget spends: each operation's quota (declared, or raised by CONNECT_QUOTAS) and how it is shared. */
export interface QuotaPlan {
  quotas: ReadonlyMap<string, ConnectQuota>;
  replicas: number;
  queuePerCaller: number;
}

/**
 * The budget CONNECT_QUOTAS asks for, or undefined when it is unset. Throws a ConfigError naming
 * the variable when it names an operation the gateway does not call: call it once the schema is
 * loaded, so that every declaration has added its quota.
 */
export function resolveQuotas(config: QuotaConfig | undefined): QuotaPlan | undefined {
  if (config === undefined) return undefined;
  const unknown = Object.keys(config.overrides).filter((operation) => !declared.has(operation));
  if (unknown.length > 0)
    throw new ConfigError(
      `invalid configuration: CONNECT_QUOTAS names ${unknown.join(', ')}, which the gateway does not call (it calls ${[...declared.keys()].sort().join(', ')})`,
    );
  const quotas = new Map(declared);
  for (const [operation, quota] of Object.entries(config.overrides)) quotas.set(operation, quota);
  return { quotas, replicas: config.replicas, queuePerCaller: config.queuePerCaller };
}
