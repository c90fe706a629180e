import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DateTimeResolver as DateTime, JSONResolver as JSONScalar } from 'graphql-scalars';

// graphql-scalars exports only its index, which loads every one of its ~80 scalars (about 100 ms
// of each start, docs/performance.md#start-up-and-memory); the schema's two are loaded from their
// own modules. The package's tests of these files are the library's; ours cover both in use.
const root = dirname(createRequire(import.meta.url).resolve('graphql-scalars/package.json'));
const load = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(join(root, 'esm/scalars', file)).href)) as T;

export const { GraphQLDateTime: DateTimeResolver } = await load<{ GraphQLDateTime: typeof DateTime }>(
  'iso-date/DateTime.js',
);
export const { GraphQLJSON: JSONResolver } = await load<{ GraphQLJSON: typeof JSONScalar }>('json/JSON.js');
