// Serves the built terminal and dashboard, with caching that suits a service worker.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { PAGES } from '../contract/api';
import { BUILD_MARKER, BUILD_STAMP } from '../front-end-sources';

/** True when the front-ends were built into distDir. */
export function frontEndBuilt(distDir: string): boolean {
  return fs.existsSync(path.join(distDir, 'terminal', 'index.html')) && fs.existsSync(path.join(distDir, 'dashboard', 'index.html'));
}

const HIDDEN = new Set([`/${BUILD_STAMP}`, `/${BUILD_MARKER}`]);

export async function serveFrontEnd(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    index: ['index.html'],
    redirect: true,
    // The build's stamp names the folder the collector was built in, and its marker is for the collector: nothing a browser needs.
    // Compared once normalised: the file is sent for "//build-sources.json" or "/x/../build-sources.json" too.
    allowedPath: (pathName) => !HIDDEN.has(path.posix.normalize(pathName)),
    // Off, or @fastify/static writes its own "max-age=0" over the header set below.
    cacheControl: false,
    // Hashed assets never change; everything else (HTML, sw.js, manifest) must be revalidated,
    // or a terminal would keep an old service worker for a day.
    setHeaders(res, filePath) {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (filePath.endsWith('sw.js')) res.setHeader('service-worker-allowed', PAGES.terminal);
    },
  });
  app.get('/', (_request, reply) => reply.redirect(PAGES.dashboard));
}
