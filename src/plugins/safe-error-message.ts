// graphql-js quotes the offending value in coercion and literal errors (`Variable "$i" got invalid
// value { …, description: "card 5555…" }`). Contact fields are customer data, so the gateway's
// answers and logs name where and what kind of problem, never the value. Everything kept below is
// a GraphQL name, a type reference or a path of names and indexes: it cannot carry a value.

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const TYPE = '[_A-Za-z0-9!\\[\\]]+';
const PATH = `${NAME}(?:\\.${NAME}|\\[\\d+\\])*`;

const VARIABLE = new RegExp(`^Variable "\\$(${NAME})" got invalid value `);
const VARIABLE_PATH = new RegExp(` at "(${PATH})"; `, 'g');
const SUGGESTION = / ?Did you mean [\s\S]*\?$/;

/** Reasons whose wording holds no value, end-anchored; anything else gets a generic reason. */
const SAFE_REASONS: readonly RegExp[] = [
  new RegExp(`Field "${NAME}" of required type "${TYPE}" was not provided\\.$`),
  new RegExp(`Field "${NAME}" is not defined by type "${NAME}"\\.(?: Did you mean [^;]*\\?)?$`),
  new RegExp(`Expected non-nullable type "${TYPE}" not to be null\\.$`),
  new RegExp(`Expected type "${NAME}" to be an object\\.$`),
];
const SCALAR_REASON = new RegExp(`(?:^|; )(${NAME}) cannot represent `);
const LITERAL_OF_TYPE = new RegExp(`^Expected value of type "(${TYPE})", found `);
const ENUM_VALUE = new RegExp(`Value "${NAME}" does not exist in "(${NAME})" enum\\.`);

function variableReason(message: string): string {
  for (const reason of SAFE_REASONS) {
    const match = reason.exec(message);
    if (match !== null) return match[0];
  }
  const scalar = [...message.matchAll(new RegExp(SCALAR_REASON, 'g'))].at(-1);
  if (scalar !== undefined) return `${scalar[1]} cannot represent the value given.`;
  const enumValue = ENUM_VALUE.exec(message);
  if (enumValue !== null) return `The value given is not a value of enum "${enumValue[1]}".`;
  return "The value given does not fit the variable's type.";
}

/**
 * The message of a GraphQL error without any input value it quoted; with `production`, without
 * "Did you mean …?" suggestions too (they reveal the schema when introspection is off).
 */
export function safeErrorMessage(message: string, production: boolean): string {
  let safe = message;
  const variable = VARIABLE.exec(message);
  if (variable !== null) {
    const path = [...message.matchAll(VARIABLE_PATH)].at(-1)?.[1];
    safe = `Variable "$${variable[1]}" got an invalid value${path === undefined ? '' : ` at "${path}"`}; ${variableReason(message)}`;
  } else if (SCALAR_REASON.test(message)) {
    safe = `${SCALAR_REASON.exec(message)?.[1]} cannot represent the value given.`;
  } else {
    const literal = LITERAL_OF_TYPE.exec(message);
    if (literal !== null) safe = `Expected value of type "${literal[1]}"; the value given does not fit.`;
  }
  return production ? safe.replace(SUGGESTION, '') : safe;
}
