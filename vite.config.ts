// Builds both browser apps (the terminal PWA and the managers' dashboard) into dist/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeBuildStamp } from './server/front-end-sources.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** "0.1.0+3f2c1ab": the package version and the commit, which each terminal reports in its heartbeat. */
function buildVersion(): string {
  const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };
  try {
    return `${version}+${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here('.'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}`;
  } catch {
    return version; // a source tarball without .git
  }
}

/**
 * Writes the fingerprint of the sources, and where they are, into the build
 * (server/front-end-sources.ts), so that `npm start` can tell a build left over from older
 * sources and build again.
 */
function stampSources(): Plugin {
  let outDir = '';
  return {
    name: 'gradimento:stamp-sources',
    apply: 'build',
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    closeBundle: () => writeBuildStamp(outDir, here('.')),
  };
}

/**
 * vite-plugin-pwa links the manifest into every page; the dashboard is not the installable
 * terminal app, so its page must not offer to install it.
 */
function dashboardWithoutManifest(): Plugin {
  return {
    name: 'gradimento:dashboard-without-manifest',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.path.startsWith('/dashboard/') ? html.replace(/<link rel="manifest"[^>]*>/g, '') : html),
    },
  };
}

export default defineConfig({
  root: here('./kiosk'),
  publicDir: here('./public'),
  base: '/',
  define: { __GRADIMENTO_VERSION__: JSON.stringify(buildVersion()) },
  plugins: [
    preact(),
    stampSources(),
    VitePWA({
      // The service worker serves only the terminal: the dashboard is for staff online and
      // must never show a stale report from a cache.
      scope: '/terminal/',
      base: '/',
      filename: 'sw.js',
      // A new version waits for the terminal's start screen (kiosk/terminal/sw-register.ts), never mid-vote.
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'terminal/manifest.webmanifest',
      manifest: {
        id: '/terminal/',
        name: 'gradimento: il tuo giudizio',
        short_name: 'gradimento',
        description: 'Terminale per il giudizio dei cittadini sui servizi dell’ufficio',
        lang: 'it',
        start_url: '/terminal/',
        scope: '/terminal/',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The manifest and its icons are added by the plugin itself (includeManifestIcons).
        globPatterns: ['terminal/**/*.html', 'assets/**/*.{js,css,svg,woff2}', 'favicon.svg'],
        // Chart.js and the dashboard's own code are never needed on a terminal.
        globIgnores: ['**/dashboard*', 'dashboard/**'],
        navigateFallback: '/terminal/index.html',
        navigateFallbackAllowlist: [/^\/terminal\//],
        navigateFallbackDenylist: [/^\/api\//, /^\/socket\.io\//],
        clientsClaim: true,
        // The page tells a waiting worker when to take over (SKIP_WAITING), at the start screen.
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
    dashboardWithoutManifest(),
  ],
  worker: {
    format: 'es',
    rollupOptions: {
      output: {
        // A worker only the dashboard starts (its live link, kiosk/dashboard/live-worker.ts) is named like its
        // other chunks, "dashboard-*", so the terminal's service worker leaves it out (globIgnores above).
        entryFileNames: (chunk) => (chunk.facadeModuleId && /[\\/]kiosk[\\/]dashboard[\\/]/.test(chunk.facadeModuleId) ? 'assets/dashboard-[name]-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2020',
    rollupOptions: {
      input: {
        terminal: here('./kiosk/terminal/index.html'),
        dashboard: here('./kiosk/dashboard/index.html'),
      },
      output: {
        // Name every chunk that only the dashboard needs "dashboard-*", so the terminal's
        // service worker can leave it out of its precache (see globIgnores above). Not
        // manualChunks: rolldown then also moved shared helpers (defineProperty) into that
        // chunk, and the terminal imported it. tests/e2e/bundle.test.ts guards this. (codeSplitting is rolldown's name for advancedChunks.)
        // The dashboard's lazily loaded chunks (the app after the language is set, the English
        // catalogue) take the same prefix.
        // Any chunk holding a dashboard module is one the terminal never loads (the shared tables
        // of those two as well), so the prefix is always safe.
        chunkFileNames: (chunk) =>
          !chunk.name.startsWith('dashboard') && chunk.moduleIds.some((id) => /[\\/]kiosk[\\/]dashboard[\\/]/.test(id))
            ? 'assets/dashboard-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
        // The CSS of the dashboard's app chunk is named after it ("app.css"): the terminal's app is
        // in its entry chunk, so only the dashboard has a separate one.
        assetFileNames: (asset) => (asset.names.includes('app.css') ? 'assets/dashboard-[name]-[hash][extname]' : 'assets/[name]-[hash][extname]'),
        codeSplitting: {
          groups: [{ name: 'dashboard-charts', test: /node_modules[\\/](chart\.js|@kurkle)[\\/]/, includeDependenciesRecursively: false }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/socket.io': { target: 'http://127.0.0.1:8080', ws: true },
    },
  },
});
