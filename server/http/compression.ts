// Compresses what the collector sends (front-end files and API answers) with brotli or gzip, as the browser asks.
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';

/**
 * Registered before the routes, so every later route (the API, the static front-ends) is covered:
 * the terminal's 109 KB of JS and CSS leave as about 37 KB (docs/performance.md, "Budgets").
 * Brotli at quality 5 costs about as much CPU as gzip's default and still wins on size; bodies under
 * 1 KB are left alone (headers would cost more than they save). socket.io writes to the HTTP
 * server directly and keeps its own per-message deflate choice.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    // Answers only. No client of the collector compresses what it sends, and unpacking requests let a
    // 36-byte brotli body become a megabyte of JSON for every check after it to walk.
    globalDecompression: false,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}
