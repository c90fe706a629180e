import { GraphQLError, Kind } from 'graphql';
import { isLong } from '../connect/json-integers.ts';
import { builder } from './builder.ts';

const INTEGER = /^-?(0|[1-9][0-9]*)$/;

// The messages name no value: the gateway removes values from error messages anyway
// (src/plugins/safe-error-message.ts), so the description says what is accepted.
function toLong(value: unknown): bigint {
  let long: bigint;
  if (typeof value === 'bigint') long = value;
  else if (typeof value === 'string' && INTEGER.test(value)) long = BigInt(value);
  // JSON.parse has already rounded a number past 2^53 - 1: refused rather than sent rounded.
  else if (typeof value === 'number' && Number.isSafeInteger(value)) long = BigInt(value);
  else throw new GraphQLError('Long cannot represent a value that is not an integer exact to the digit.');
  if (!isLong(long)) throw new GraphQLError('Long cannot represent an integer outside the signed 64-bit range.');
  return long;
}

/** A signed 64-bit integer, exact to the digit: in as a string or an integer, out as a string. */
export const Long = builder.scalarType('Long', {
  description:
    'A signed 64-bit integer (-9223372036854775808 to 9223372036854775807), exact to the digit. Answered as a string of decimal digits, e.g. "9223372036854775807", because a JSON number is exact only up to 9007199254740991 (2^53 - 1). Accepted as a string of decimal digits or an integer literal in the document; a JSON number in variables only up to 9007199254740991, since JSON parsing rounds larger ones (send those as strings).',
  serialize: (value) => toLong(value).toString(),
  parseValue: (value) => toLong(value),
  parseLiteral: (node) => {
    // The lexer keeps an integer literal's digits as written, so a literal of any size stays exact.
    if (node.kind === Kind.INT || node.kind === Kind.STRING) return toLong(node.value);
    throw new GraphQLError('Long cannot represent a literal that is not an integer or a string of digits.');
  },
});
