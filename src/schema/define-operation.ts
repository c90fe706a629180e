import type { ConnectClient } from '@aws-sdk/client-connect';
import type { FieldMap, InputObjectRef } from '@pothos/core';
import { audited } from '../auth/audit-log.ts';
import { assertInstanceAllowed } from '../auth/instance-access.ts';
import { assertResourcesAllowed, type ResourceId } from '../auth/resource-access.ts';
import type { Scope } from '../auth/scopes.ts';
import { callConnect } from '../connect/call.ts';
import type { ContactKey } from '../connect/contacts.ts';
import { connectError } from '../connect/errors.ts';
import type { ConnectExceptionName } from '../connect/exceptions.ts';
import { type ConnectQuota, declareQuota } from '../connect/quotas/quota-table.ts';
import { connectPropertiesOf } from '../connect-events/echo-properties.ts';
import { changedFields, type EventFields, isGiven } from '../subscriptions/contact-change.ts';
import { builder, type GatewaySchemaTypes } from './builder.ts';
import { Contact } from './contact/contact.ts';
import { loadContactField } from './contact/contact-entity.ts';
import { errorTypes } from './errors.ts';

/** A success payload: the contact it names, the AWS request id and Connect's whole answer. */
export interface OperationPayload<Output> extends ContactKey {
  requestId: string | undefined;
  output: Output;
}

/** What every SDK command answers with, besides its own members. */
interface ConnectOutput {
  $metadata: { requestId?: string };
}

/** One Connect operation as the gateway offers it; defineOperation derives everything else. */
export interface OperationDeclaration<Input extends object, Output extends ConnectOutput> {
  /** The mutation: the Connect operation's name in camelCase. Its union is `<Name>Result`, its payload `<Name>Success`. */
  name: string;
  description: string;
  /** The input type, validating the constraints Connect documents, and the argument's description. */
  input: { type: InputObjectRef<GatewaySchemaTypes, Input>; description: string };
  scope: Scope;
  /**
   * Connect's default request-rate quota for the operation (Service Quotas), which CONNECT_QUOTAS
   * budgets; a budget refusal answers ThrottlingError, so `errors` must list ThrottlingException.
   */
  quota: ConnectQuota;
  /** The exceptions Connect documents for the operation, as named in the Connect error table. */
  errors: readonly ConnectExceptionName[];
  /** Input fields that hold customer data: never logged; the audit line names those given. */
  customerData: readonly (keyof Input & string)[];
  /** The map keys the call writes or removes (attribute or tag keys), for the audit line; never their values. */
  auditKeys?: (input: Input) => readonly string[];
  /** The contact the operation acts on: audited, allow-listed, and forgotten by the loader after success. */
  contact: (input: Input) => ContactKey;
  /**
   * The operation creates its contact (StartTaskContact): `contact` names the instance and an empty
   * contactId, and after success the audit line and the change event name the new contact
   * (`success.contact`).
   */
  creates?: true;
  /**
   * What each input field becomes in the change event every contacts:read subscriber receives:
   * `key` (names the contact: the fields `contact` reads), `change` (listed with its value as sent)
   * or `withheld` (never: idempotency tokens, and ids of flows, queues or users no read of the
   * contact shows). Every field is listed, so a new one must be decided (docs/security.md).
   */
  events: EventFields<Input>;
  /**
   * Every id the call sends that may name a resource (flow, queue, user, quick connect, task
   * template), as ids or ARNs: an ARN is checked against the instance allow-list and the input's
   * instance before the call (src/auth/resource-access.ts). Required, so no operation forgets it.
   */
  resources: (input: Input) => readonly ResourceId[];
  /**
   * What a success changes for later reads in the request: the contact (the default), or every
   * segment of its chain (contact attributes belong to the chain).
   */
  forgets?: 'contact' | 'chain';
  /** A reason to answer InvalidRequestError without calling Connect (e.g. nothing to update); `errors` must list it. */
  refuse?: (input: Input) => string | undefined;
  /** The SDK call, from validated input. */
  send: (connect: ConnectClient, input: Input) => Promise<Output>;
  result: { description: string };
  success: {
    description: string;
    /** The contact the payload names and reads back when Connect's answer names another one. */
    contact?: (output: Output, acted: ContactKey) => ContactKey;
    /** More payload fields (Connect's answer is `payload.output`); one named like a base field replaces it. */
    fields?: (t: PothosSchemaTypes.ObjectFieldBuilder<GatewaySchemaTypes, OperationPayload<Output>>) => FieldMap;
  };
}

const capitalize = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

/** The customer-data fields a client gave: present, not null, and not an empty list. */
function givenFields<Input extends object>(input: Input, fields: readonly (keyof Input & string)[]): string[] {
  return fields.filter((field) => isGiven(input[field]));
}

/**
 * Turns one declaration into a mutation with its `<Name>Result` union and `<Name>Success` payload.
 * Each call, whatever its outcome, writes one audit line; before Connect is called the instance
 * allow-list and `refuse` are checked (input constraints already were, by Pothos validation). After
 * a success the change is published to Subscription.contactChanged on every replica.
 * Returns the declaration, for callers of the operation outside GraphQL (the benchmark's floor).
 */
export function defineOperation<Input extends object, Output extends ConnectOutput>(
  operation: OperationDeclaration<Input, Output>,
): OperationDeclaration<Input, Output> {
  const Name = capitalize(operation.name);
  if (operation.refuse && !operation.errors.includes('InvalidRequestException'))
    throw new Error(
      `${operation.name}: refuse answers InvalidRequestError, so errors must list InvalidRequestException`,
    );
  if (!operation.errors.includes('ThrottlingException'))
    throw new Error(
      `${operation.name}: its quota's budget answers ThrottlingError, so errors must list ThrottlingException`,
    );
  // The mutation's name is the Connect operation's in camelCase: the budget knows it as Name.
  declareQuota(Name, operation.quota);
  const Success = builder.objectRef<OperationPayload<Output>>(`${Name}Success`).implement({
    description: operation.success.description,
    fields: (t) => ({
      instanceId: t.exposeID('instanceId', { description: 'The Connect instance id, as given in the input.' }),
      contactId: t.exposeID('contactId', { description: 'The contact id, as given in the input.' }),
      requestId: t.exposeString('requestId', {
        nullable: true,
        description: `The AWS request id of the ${Name} call.`,
      }),
      contact: t.field({
        type: Contact,
        // Checked before the read, so a token without contacts:read never causes a DescribeContact call.
        authScopes: { 'contacts:read': true },
        description: 'The contact as Connect describes it after the update; read only when selected.',
        resolve: ({ instanceId, contactId }, _args, context) =>
          loadContactField(context.loaders, { instanceId, contactId }),
      }),
      ...operation.success.fields?.(t),
    }),
  });

  builder.mutationField(operation.name, (t) =>
    t.field({
      type: Success,
      description: operation.description,
      args: { input: t.arg({ type: operation.input.type, required: true, description: operation.input.description }) },
      authScopes: { [operation.scope]: true },
      // Read by the test that holds every mutation to the event rules (test/subscriptions/event-fields.test.ts):
      // a creating mutation's event names the contact it created.
      extensions: { events: operation.events, creates: operation.creates === true },
      errors: {
        types: errorTypes(operation.errors),
        directResult: true,
        union: { name: `${Name}Result`, description: operation.result.description },
      },
      resolve: (_root, args, context) => {
        // `input` is a required argument of type Input; Pothos' args type stays unresolved for a generic Input.
        const { input } = args as { input: Input };
        const acted = operation.contact(input);
        const fields = givenFields(input, operation.customerData);
        const keys = operation.auditKeys?.(input);
        const entry = {
          operation: operation.name,
          subject: context.identity.subject,
          ...acted,
          fields,
          ...(keys && { keys }),
        };
        return audited(context.logger, entry, `${Name}Success`, async () => {
          assertInstanceAllowed(context, acted.instanceId);
          assertResourcesAllowed(context, acted.instanceId, operation.resources(input));
          const refusal = operation.refuse?.(input);
          if (refusal !== undefined) throw connectError('InvalidRequestException', refusal);
          const ticket = context.budget?.ticket(Name, context.identity.subject);
          // Remembered before the call, as Connect may send its CONTACT_DATA_UPDATED before the answer is read.
          const properties = operation.creates ? [] : connectPropertiesOf(changedFields(input, operation.events));
          const echo = properties.length > 0 ? await context.changes.echoes.expect(acted, properties) : undefined;
          let output: Output;
          try {
            output = await callConnect(operation.errors, () => operation.send(context.connect, input), ticket);
          } catch (error) {
            await echo?.failed();
            throw error;
          }
          await echo?.made(output.$metadata.requestId);
          const named = operation.success.contact?.(output, acted) ?? acted;
          // A created contact is the one the call acted on: the audit line and the event name it.
          const changed = operation.creates ? named : acted;
          entry.contactId = changed.contactId;
          // A read of this contact (or chain) earlier in the request, or kept by the read cache for
          // any replica, would show the state before the change: dropped before the answer.
          if (operation.forgets === 'chain') await context.loaders.forgetChain(changed);
          else await context.loaders.forgetContact(changed);
          context.changes.publish(changed.instanceId, () => ({
            source: 'GATEWAY',
            instanceId: changed.instanceId,
            contactId: changed.contactId,
            operation: operation.name,
            changes: changedFields(input, operation.events),
            changedAt: new Date().toISOString(),
            requestId: output.$metadata.requestId ?? null,
          }));
          return { ...named, requestId: output.$metadata.requestId, output };
        });
      },
    }),
  );
  return operation;
}
