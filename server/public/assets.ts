// The files every public page shares: its stylesheet and the Titillium Web fonts, named by their content so they can be cached for a year.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PUBLIC_SHARED } from '../contract/public-page';

const require = createRequire(import.meta.url);

export interface Asset {
  /** The name in the address, with a hash of the content: a new version is a new address. */
  name: string;
  type: string;
  body: Buffer;
}

const hashOf = (body: Buffer | string) => createHash('sha256').update(body).digest('base64url').slice(0, 10).replace(/[-_]/g, 'x');
const hashed = (file: string, body: Buffer | string) => file.replace(/(\.[a-z0-9]+)$/, `-${hashOf(body)}$1`);

/** Latin is enough for Italian (accented vowels included); three weights, as the stylesheet uses. */
const FONT_FILES = ['titillium-web-latin-400-normal.woff2', 'titillium-web-latin-600-normal.woff2', 'titillium-web-latin-700-normal.woff2'];

export interface PublicAssets {
  /** Address of the stylesheet, for the page's <link>. */
  stylesheet: string;
  find(name: string): Asset | undefined;
}

/** Read once at start-up: a missing font or stylesheet fails the build of the app, not a visitor's request. */
export function loadPublicAssets(): PublicAssets {
  const assets = new Map<string, Asset>();
  let css = readFileSync(new URL('./render/public-page.css', import.meta.url), 'utf8');
  for (const file of FONT_FILES) {
    const body = readFileSync(require.resolve(`@fontsource/titillium-web/files/${file}`));
    const name = hashed(file, body);
    assets.set(name, { name, type: 'font/woff2', body });
    // The stylesheet names the fonts relative to itself: both live in the same folder.
    css = css.replaceAll(`url(${file})`, `url(${name})`);
  }
  const body = Buffer.from(css);
  const name = hashed('pubblico.css', body);
  assets.set(name, { name, type: 'text/css; charset=utf-8', body });
  return { stylesheet: `${PUBLIC_SHARED}/${name}`, find: (n) => assets.get(n) };
}
