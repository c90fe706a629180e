import type { ConnectClient } from '@aws-sdk/client-connect';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GatewayConfig } from './config.ts';
import type { Logger } from './logger.ts';
import { createContextFactory, type RequestContext } from './context.ts';
import { graphiqlOptions, renderGraphiQLPage } from './graphiql.ts';
import { useGraphiQLAssets } from './plugins/use-graphiql-assets.ts';
import { buildSchema } from './schema/index.ts';

export interface GatewayDeps {
  /** The process's one ConnectClient; tests pass one pointed at their emulator. */
  connect: ConnectClient;
  logger: Logger;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, RequestContext>;

/** Builds the GraphQL gateway (a fetch-API handler usable with node:http). Starts nothing. */
export function createGateway(config: GatewayConfig, deps: GatewayDeps): Gateway {
  const development = config.env !== 'production';
  const graphiql = development;
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    context: createContextFactory(config, deps.connect),
    graphiql: graphiql ? graphiqlOptions(config.auth.mode !== 'disabled') : false,
    // GraphiQL from local files, never unpkg.com.
    renderGraphiQL: renderGraphiQLPage,
    maskedErrors: { isDev: false },
    logging: deps.logger,
    // Plugins, one concern each in src/plugins/use-*.ts.
    plugins: [...(graphiql ? [useGraphiQLAssets()] : [])],
  });
}
