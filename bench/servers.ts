import type { ServerName } from './options.ts';
import { startFlags } from './start-command.ts';

export interface ServerSpec {
  name: ServerName;
  /** What the table calls it. */
  label: string;
  /** node arguments after any profiling flags. */
  script: string;
  /** node flags before the script, after any profiling flags. */
  nodeFlags?: readonly string[];
  /** Polled until it answers, to know the server is up. */
  readyPath: string;
  /** False for the ceiling, which answers a fixed body instead of doing the work. */
  answersGraphQL: boolean;
}

/**
 * Every contestant. The gateway is started exactly as production starts it: `npm start`'s
 * `node <flags> src/main.ts`.
 */
export const SERVERS: Record<ServerName, ServerSpec> = {
  hello: {
    name: 'hello',
    label: 'node:http hello (ceiling)',
    script: 'bench/servers/hello.ts',
    readyPath: '/',
    answersGraphQL: false,
  },
  limit: {
    name: 'limit',
    label: 'node:http + SDK (limit)',
    script: 'bench/servers/limit.ts',
    readyPath: '/',
    answersGraphQL: true,
  },
  graphql: {
    name: 'graphql',
    label: 'graphql-js + schema on node:http (floor)',
    script: 'bench/servers/graphql-js.ts',
    readyPath: '/',
    answersGraphQL: true,
  },
  yoga: {
    name: 'yoga',
    label: 'graphql-yoga, no gateway plugins',
    script: 'bench/servers/yoga.ts',
    // The gateway's own node flags (its young generation's size): the gateway over this is then
    // what its plugins cost, not its runtime settings. Each peer pair shares its flags likewise.
    nodeFlags: startFlags(),
    readyPath: '/graphql',
    answersGraphQL: true,
  },
  gateway: {
    name: 'gateway',
    label: 'this gateway (production)',
    script: 'src/main.ts',
    nodeFlags: startFlags(),
    readyPath: '/health',
    answersGraphQL: true,
  },
  apollo: {
    name: 'apollo',
    label: 'Apollo Server 5, bare',
    script: 'bench/servers/apollo.ts',
    readyPath: '/graphql',
    answersGraphQL: true,
  },
  mercurius: {
    name: 'mercurius',
    label: 'Mercurius (fastify), bare',
    script: 'bench/servers/mercurius.ts',
    readyPath: '/graphql',
    answersGraphQL: true,
  },
  'apollo-features': {
    name: 'apollo-features',
    label: 'Apollo Server 5 + the same features',
    script: 'bench/servers/apollo-features.ts',
    readyPath: '/graphql',
    answersGraphQL: true,
  },
  'mercurius-features': {
    name: 'mercurius-features',
    label: 'Mercurius + the same features',
    script: 'bench/servers/mercurius-features.ts',
    readyPath: '/graphql',
    answersGraphQL: true,
  },
};
