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

/**
 * Links the terminal's boot guard (kiosk/terminal/boot-guard.js) ahead of its module script. Not
 * bundled, nor transformed but for its comments: it must run where the app's own syntax does not parse. Emitted into assets/
 * with a hash in its name, like the app's chunks: each version's page names its own guard, so a page
 * and a guard of two versions never meet (the HTTP cache, a half-copied upgrade, the service worker's
 * old cache), the immutable cache header of assets/ fits it, the service worker precaches it with the
 * app (globPatterns) and tests/e2e/budgets.test.ts counts it in the terminal's first download.
 */
function terminalBootGuard(): Plugin {
  const source = here('./kiosk/terminal/boot-guard.js');
  let ref = '';
  let build = false;
  return {
    name: 'gradimento:terminal-boot-guard',
    configResolved: (config) => void (build = config.command === 'build'),
    buildStart() {
      if (!build) return;
      // Its comments left out (whole lines only: the file keeps its comments on lines of their own), as
      // they were most of its weight in the terminal's first download. Not minified: the minifier
      // writes ES2015 (template strings), which the oldest browsers this guard is for cannot parse.
      const code = readFileSync(source, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*\/\//.test(line))
        .map((line) => line.trim())
        .join('\n');
      ref = this.emitFile({ type: 'asset', name: 'boot-guard.js', source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.path.startsWith('/terminal/')) return html;
        // In a build the emitted file's final name; the dev server serves the source as it is.
        const asset = build ? Object.values(ctx.bundle ?? {}).find((f) => f.type === 'asset' && f.names.includes('boot-guard.js')) : null;
        if (build && !asset) throw new Error(`boot-guard.js (${ref}) missing from the build`);
        const tag = `<script src="${asset ? `/${asset.fileName}` : '/terminal/boot-guard.js'}"></script>`;
        // Before the app's module script (Vite moves it into <head>): the guard must be listening when it loads.
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('terminal/index.html has no module script to guard');
        return html.slice(0, at) + tag + '\n    ' + html.slice(at);
      },
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
    terminalBootGuard(),
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
