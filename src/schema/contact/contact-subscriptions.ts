import { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { isInstanceAllowed } from '../../auth/instance-access.ts';
import type { GatewayContext } from '../../context.ts';
import { ErrorCode } from '../../error-codes.ts';
import type { StreamItem } from '../../subscriptions/change-stream.ts';
import { formatEventId, parseEventId } from '../../subscriptions/event-id.ts';
import { noteEventId } from '../../subscriptions/event-ids.ts';
import type { EndReason, RefusalReason, Transport } from '../../subscriptions/stream-metrics.ts';
import { CONTACT_KEY_LIMITS as L } from '../../validation/limits.ts';
import { builder } from '../builder.ts';
import { ContactChange } from './contact-change.ts';

const coded = (message: string, code: ErrorCode) => new GraphQLError(message, { extensions: { code } });

/** Why no stream opened: one of the caps, or the replica is stopping. */
const REFUSALS: Record<RefusalReason, (context: GatewayContext) => GraphQLError> = {
  connection_cap: ({ config }) =>
    coded(
      `A connection may hold at most ${config.subscriptions.maxPerConnection} open subscription(s); open another connection.`,
      ErrorCode.TOO_MANY_STREAMS,
    ),
  subject_cap: ({ config }) =>
    coded(
      `A caller may hold at most ${config.subscriptions.maxPerSubject} open subscriptions on one gateway replica; close one first.`,
      ErrorCode.TOO_MANY_STREAMS,
    ),
  shutting_down: () => coded('This gateway replica is stopping; subscribe again.', ErrorCode.SHUTTING_DOWN),
};

/** The last result of a stream the gateway ended, before `complete`. */
const ENDINGS: Record<Exclude<EndReason, 'client'>, (context: GatewayContext) => GraphQLError> = {
  token_expired: () => coded('The bearer token expired; subscribe again with a fresh token.', ErrorCode.TOKEN_EXPIRED),
  overflow: ({ config }) =>
    coded(
      `The client read too slowly: more than ${config.subscriptions.bufferEvents} changes were waiting. Subscribe again and read the contact.`,
      ErrorCode.STREAM_OVERFLOW,
    ),
  shutdown: () => coded('This gateway replica is stopping; subscribe again.', ErrorCode.SHUTTING_DOWN),
  replay_window_exceeded: ({ config }) =>
    coded(
      `The changes after Last-Event-ID are no longer all kept (the gateway keeps ${config.subscriptions.replaySeconds} s, and at most ${config.subscriptions.replayMaxEvents} changes). Read the contact again and subscribe without Last-Event-ID.`,
      ErrorCode.REPLAY_WINDOW_EXCEEDED,
    ),
  replay_unavailable: () =>
    coded(
      'The changes after Last-Event-ID cannot be read now; subscribe again with the same Last-Event-ID.',
      ErrorCode.REPLAY_UNAVAILABLE,
    ),
};

/**
 * The id of the last event the client received: over SSE the Last-Event-ID header (an EventSource
 * sends it by itself when it reconnects; graphql-sse's client through its `headers` option), over
 * either transport `extensions.lastEventId` in the request (graphql-ws has no headers per
 * subscription). A value that is not an event id is refused, and never quoted back or logged.
 */
function lastEventIdOf(context: GatewayContext) {
  // Over WebSocket there is no request of the subscription's own, only the upgrade.
  const { request, params } = context as Partial<Pick<GatewayContext, 'request' | 'params'>>;
  const header = request?.headers.get('last-event-id') ?? undefined;
  const extension = (params?.extensions as { lastEventId?: unknown } | undefined)?.lastEventId;
  const given: unknown = header || extension;
  if (given === undefined || given === null || given === '') return undefined;
  const id = typeof given === 'string' ? parseEventId(given) : undefined;
  if (id === undefined) throw coded('Last-Event-ID is not an event id of this gateway.', ErrorCode.BAD_USER_INPUT);
  return id;
}

/** The TCP connection a request came on (node:http; over WebSocket, the upgrade's), for the per-connection cap. */
function connectionOf(context: GatewayContext): object | undefined {
  const { req } = context as { req?: unknown };
  return req instanceof IncomingMessage ? req.socket : undefined;
}

/** The WebSocket server marks the contexts it builds (src/server/websocket-operation.ts); yoga's are SSE. */
const transportOf = (context: GatewayContext): Transport =>
  (context as { transport?: unknown }).transport === 'websocket' ? 'websocket' : 'sse';

const codePoints = (text: string) => [...text].length;

builder.subscriptionField('contactChanged', (t) =>
  t.field({
    type: ContactChange,
    description:
      'One event each time a contact mutation succeeds through any replica of the gateway, with the values it sent that events carry and, when selected, the contact after the change. Needs `contacts:read` and an instance the caller may use (the same rules as reads). Over GraphQL over Server-Sent Events (POST or GET /graphql with `Accept: text/event-stream`) or graphql-ws over WebSocket (the same /graphql, subprotocol `graphql-transport-ws`, the token as `authorization` in the `connection_init` payload). The gateway ends a stream with one last error when the token expires (TOKEN_EXPIRED), the client reads too slowly (STREAM_OVERFLOW) or the replica stops (SHUTTING_DOWN); subscribe again then. Each event has an id (the SSE `id:` field, and `extensions.eventId`); a client that subscribes again with the header `Last-Event-ID` (or, over either transport, `extensions.lastEventId` in the request) first receives the events it missed, in order, within SUBSCRIPTIONS_REPLAY_SECONDS (else REPLAY_WINDOW_EXCEEDED).',
    args: {
      instanceId: t.arg.id({
        required: true,
        description: `The Connect instance id (${L.instanceId.min} to ${L.instanceId.max} characters).`,
      }),
      contactId: t.arg.id({
        description: `Only this contact (${L.contactId.min} to ${L.contactId.max} characters). Omitted: every contact of the instance.`,
      }),
    },
    authScopes: { 'contacts:read': true },
    subscribe: (_root, { instanceId, contactId }, context): AsyncIterable<StreamItem> => {
      const tooLong =
        codePoints(instanceId) > L.instanceId.max || (contactId != null && codePoints(contactId) > L.contactId.max);
      if (tooLong || instanceId.length === 0 || contactId === '')
        throw coded('instanceId or contactId is outside its length limits.', ErrorCode.BAD_USER_INPUT);
      // The message does not say which list refused it, as for mutations (AccessDeniedError).
      if (!isInstanceAllowed(context, instanceId))
        throw coded(`Access to Connect instance ${instanceId} is not allowed for this caller.`, ErrorCode.FORBIDDEN);
      const after = lastEventIdOf(context);
      const stream = context.changes.open({
        config: context.config,
        identity: context.identity,
        instanceId,
        ...(contactId == null ? {} : { contactId }),
        ...(after === undefined ? {} : { after }),
        connection: connectionOf(context),
        transport: transportOf(context),
      });
      if (typeof stream === 'string') throw REFUSALS[stream](context);
      return stream;
    },
    resolve: (item, _args, context) => {
      noteEventId(context, 'id' in item && item.id !== undefined ? formatEventId(item.id) : undefined);
      if ('end' in item) throw ENDINGS[item.end](context);
      return item.change;
    },
  }),
);
