// Reads configuration, starts the gateway (and, by default, the in-process Connect emulator), and
// shuts both down gracefully. Everything else lives in createGateway.
import { createServer } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { createConnectClient } from './connect/client.ts';
import { startEmulator } from './emulator/index.ts';
import { createGateway } from './gateway.ts';
import { createLogger } from './logger.ts';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger({ env: config.env });
const emulator = config.connect.backend === 'emulator' ? await startEmulator({ port: 0 }) : undefined;
const connect = createConnectClient(
  emulator ? { endpoint: emulator.url, staticCredentials: true } : {},
);
const gateway = createGateway(config, { connect, logger });
const server = createServer(gateway);

server.listen(config.http.port, config.http.host, () => {
  const backend = emulator ? `Connect emulator at ${emulator.url}` : 'Amazon Connect (AWS)';
  logger.info(`connect-contact-gateway listening on http://localhost:${config.http.port}/graphql → ${backend}`);
});

const SHUTDOWN_GRACE_MS = 10_000;
let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: closing; finishing in-flight requests`);
  const forced = setTimeout(() => {
    logger.error(`in-flight requests did not finish within ${SHUTDOWN_GRACE_MS} ms; exiting`);
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  forced.unref();
  server.close(async () => {
    await gateway.dispose();
    connect.destroy();
    await emulator?.close();
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
