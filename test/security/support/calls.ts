import type { Stack } from '../../support/stack.ts';

/** Connect calls the emulator received, by operation. */
export const connectCalls = (stack: Stack, operation?: 'UpdateContact' | 'DescribeContact') =>
  stack.emulator.calls.filter((call) => operation === undefined || call.operation === operation);

export const UPDATE_NAME = /* GraphQL */ `
  mutation Update($input: UpdateContactInput!) {
    updateContact(input: $input) { __typename ... on Error { message } ... on AccessDeniedError { requestId } }
  }
`;
