import { printSubgraphSchema } from '@apollo/subgraph';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';

// What defineOperation derives from each declaration, read off the printed schema. The behaviour of
// each operation is tested end to end in test/mutations/.
const sdl = printSubgraphSchema(buildSchema());
const typeOf = (name: string) => new RegExp(`(type|union) ${name}\\b[^}]*`).exec(sdl)?.[0] ?? '';

describe('the operation shape', () => {
  it("derives each union from the declared errors, plus the gateway's own refusals", () => {
    expect(typeOf('TransferContactResult')).toMatch(
      /= InvalidRequestError \| IdempotencyError \| AccessDeniedError \| ResourceNotFoundError \| ServiceQuotaExceededError \| ThrottlingError \| InternalServiceError \| InvalidParameterError \| TransferContactSuccess/,
    );
    // UpdateContactAttributes documents no AccessDeniedException; the allow-list refusal is still a member.
    expect(typeOf('UpdateContactAttributesResult')).toContain('AccessDeniedError');
    expect(typeOf('IdempotencyError')).toMatch(/implements Error[\s\S]*message: String![\s\S]*requestId: String/);
  });

  it("gives a payload more fields from Connect's answer", () => {
    expect(typeOf('TransferContactSuccess')).toMatch(/contactId: ID![\s\S]*contactArn: String!/);
  });
});
