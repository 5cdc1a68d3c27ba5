// A collector in a process of its own for the capacity bench: the real buildApp on the store the environment names, listening; tells its parent where.
// Not server/main.ts: that one builds the front-ends when DIST_DIR has none, and seeds a year of demo history.
import { buildApp } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { openStore } from '../../../server/store/database';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  const { app } = await buildApp(config, { store });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  const url = await app.listen({ port: config.port, host: config.host });
  process.send?.({ url });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
