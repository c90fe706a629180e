// The only writer of schema.graphql: prints the subgraph SDL (with @link/@key) as a router sees it.
import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildSchema } from '../src/schema/index.ts';

const target = new URL('../schema.graphql', import.meta.url);
writeFileSync(target, `${printSubgraphSchema(buildSchema()).trimEnd()}\n`);
console.log(`wrote ${target.pathname}`);
