/** An updateContact mutation sent as plain text, outside the committed (persisted) operations. */
export const UPDATE_NAME = /* GraphQL */ `
  mutation Update($input: UpdateContactInput!) {
    updateContact(input: $input) { __typename ... on Error { message } ... on AccessDeniedError { requestId } }
  }
`;
