// Builds the terminal and the dashboard with Vite when they are missing (first `npm start`).
import { fileURLToPath } from 'node:url';

export async function buildFrontEnd(distDir: string): Promise<void> {
  // Vite is only needed here, on a first start: load it lazily so normal starts stay light.
  const { build } = await import('vite');
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    build: { outDir: distDir },
    logLevel: 'warn',
  });
}
