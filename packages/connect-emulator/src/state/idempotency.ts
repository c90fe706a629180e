// Client tokens of idempotent operations (TransferContact): the same token with the same request
// gets the first answer again; with a different request it is an IdempotencyException.

export interface IdempotentAnswer {
  /** The request the token was first used for, in a canonical form. */
  fingerprint: string;
  /** The 200 body answered then. */
  body: string;
}

export interface IdempotencyCache {
  get(token: string): IdempotentAnswer | undefined;
  set(token: string, answer: IdempotentAnswer): void;
  clear(): void;
}

/** Tokens never expire here (Connect keeps them for a while); `resetStore()` forgets them. */
export function createIdempotencyCache(): IdempotencyCache {
  const answers = new Map<string, IdempotentAnswer>();
  return {
    get: (token) => answers.get(token),
    set: (token, answer) => void answers.set(token, answer),
    clear: () => answers.clear(),
  };
}
