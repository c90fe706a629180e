// Apollo Client 4 sending subscriptions over GraphQL over Server-Sent Events, with graphql-sse's
// client in its distinct connections mode (what the gateway serves on /graphql).
// docs/frontend-guide.md shows this same code, and test/frontend/ runs it against the real gateway.
import { ApolloLink } from '@apollo/client';
import { print } from 'graphql';
import { type ClientOptions, createClient } from 'graphql-sse';
import { Observable } from 'rxjs';

/** A terminating link: each operation it gets is one SSE request, its events the link's results. */
export class SSELink extends ApolloLink {
  readonly #client: ReturnType<typeof createClient>;

  constructor(options: ClientOptions) {
    super();
    this.#client = createClient(options);
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    const { query, variables, operationName } = operation;
    return new Observable((observer) =>
      // graphql-sse returns its unsubscribe, which closes the SSE request.
      this.#client.subscribe(
        { query: print(query), variables, ...(operationName ? { operationName } : {}) },
        {
          next: (result) => observer.next(result as ApolloLink.Result),
          error: (error) => observer.error(error),
          complete: () => observer.complete(),
        },
      ),
    );
  }
}
