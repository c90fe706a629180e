/**
 * Every `extensions.code` the gateway gives an error of its own, each written once. A documented
 * Connect error that reaches a client outside a union takes its code from the Connect error table
 * (src/connect/exceptions.ts) instead.
 */
export const ErrorCode = {
  /** No bearer token where one is needed, or one that does not verify. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller lacks the scope, or the request did not come through the router (ROUTER_SECRET). */
  FORBIDDEN: 'FORBIDDEN',
  LENGTH_REQUIRED: 'LENGTH_REQUIRED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** More Connect writes in one operation than the write cap allows. */
  TOO_MANY_WRITES: 'TOO_MANY_WRITES',
  /** More distinct contacts read in one request than MAX_CONTACT_READS_PER_REQUEST allows. */
  TOO_MANY_READS: 'TOO_MANY_READS',
  /** More `_entities` representations in one request, duplicates counted, than MAX_ENTITY_REPRESENTATIONS allows. */
  TOO_MANY_REPRESENTATIONS: 'TOO_MANY_REPRESENTATIONS',
  /** Variables nested deeper than MAX_VARIABLES_DEPTH objects and lists. */
  VARIABLES_TOO_DEEP: 'VARIABLES_TOO_DEEP',
  /** A path other than the ones the gateway serves. */
  NOT_FOUND: 'NOT_FOUND',
  /** A request no operation can be read from: no document, or a Host header that is not a host. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** Network failure, connection reset, timeout after the SDK's retries. */
  CONNECT_UNAVAILABLE: 'CONNECT_UNAVAILABLE',
  /** The gateway's AWS credentials no longer resolve (an expired role or SSO session); Connect was not called. */
  CONNECT_CREDENTIALS_UNAVAILABLE: 'CONNECT_CREDENTIALS_UNAVAILABLE',
  /** Connect answered something the SDK could not read. */
  CONNECT_BAD_RESPONSE: 'CONNECT_BAD_RESPONSE',
  /** An error Connect does not document for the operation. */
  CONNECT_UNEXPECTED_ERROR: 'CONNECT_UNEXPECTED_ERROR',
  /** Subscription arguments outside their limits (a subscription has no union to answer with), or a Last-Event-ID that is not an event id. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** A subscription past the caps on open streams (per connection, per token subject). */
  TOO_MANY_STREAMS: 'TOO_MANY_STREAMS',
  /** The last event of a stream whose bearer token expired: subscribe again with a fresh token. */
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  /** The last event of a stream whose client read too slowly: events were waiting past the bound. */
  STREAM_OVERFLOW: 'STREAM_OVERFLOW',
  /** The last event of a stream ended because this replica is stopping: subscribe again. */
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  /**
   * The last event of a stream resumed with a Last-Event-ID whose following changes are no longer
   * all kept (older than SUBSCRIPTIONS_REPLAY_SECONDS, trimmed, or unknown): read the contact again
   * and subscribe without Last-Event-ID.
   */
  REPLAY_WINDOW_EXCEEDED: 'REPLAY_WINDOW_EXCEEDED',
  /** The last event of a resumed stream whose missed changes could not be read (Redis unavailable): subscribe again with the same Last-Event-ID. */
  REPLAY_UNAVAILABLE: 'REPLAY_UNAVAILABLE',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
