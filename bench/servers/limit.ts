// The limit: everything the gateway does except GraphQL. node:http reads the same JSON body,
// takes `variables.input` and sends it to Connect through the gateway's own call (the updateContact
// declaration, src/schema/operations/update-contact.ts) and client configuration
// (createConnectClient, reading AWS_* from the environment as production does).
import type { ServerResponse } from 'node:http';
import { callConnect } from '../../src/connect/call.ts';
import { createConnectClient } from '../../src/connect/client.ts';
import { updateContact } from '../../src/schema/operations/update-contact.ts';
import { sendJson as send, serveBodies } from './listen.ts';

type Input = Parameters<typeof updateContact.send>[1];

const connect = createConnectClient();

async function handle(text: string, res: ServerResponse): Promise<void> {
  let input: Input;
  try {
    input = (JSON.parse(text) as { variables: { input: Input } }).variables.input;
  } catch {
    return send(res, 400, { errors: [{ message: 'bad request' }] });
  }
  try {
    const output = await callConnect(updateContact.errors, () => updateContact.send(connect, input));
    const requestId = output.$metadata.requestId;
    send(res, 200, {
      data: {
        updateContact: {
          __typename: 'UpdateContactSuccess',
          contactId: input.contactId,
          requestId,
        },
      },
    });
  } catch (error) {
    const name = error instanceof Error ? error.name.replace(/Exception$/, 'Error') : 'Error';
    send(res, 200, { data: { updateContact: { __typename: name, message: String(error) } } });
  }
}

await serveBodies(handle);
