// The PDFs' typeface has every character they write: the catalogues' words in both languages, and names typed in the
// Latin-script languages of Italy's communities. A PDF has no fallback font: a missing glyph prints as nothing.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../../../server/contract/api';
import { exportPaths } from '../../../../../server/contract/exports';
import { VERDICT_WORDS } from '../../../../../server/contract/verdict-words';
import { FONTS } from '../../../../../server/reports/exports/pdf/pdf-document';
import { EXPORT_WORDS } from '../../../../../server/reports/exports/words/export-text';
import { as } from '../../../admin/admin-api';
import type { TestCollector } from '../../../helpers/test-collector';
import { ANAGRAFE, exportCollector, fetchFile, MARCH, MUNICIPIO, pdfText } from '../export-fixture';

// pdfkit's own font reader, resolved from pdfkit: the one that decides what is drawn.
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean };
};

/** Every text a catalogue can produce: its strings, and its functions called with sample figures. */
function textsOf(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    for (const arg of ['12,3', 12]) {
      try {
        const text = fn(...Array.from({ length: fn.length }, () => arg));
        if (typeof text === 'string') out.push(text);
      } catch {
        // A parameter of another type: the other sample fits it.
      }
    }
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) textsOf(v, out);
  return out;
}

const missingIn = (font: string, texts: readonly string[]) => {
  const face = fontkit.openSync(font);
  const chars = new Set(texts.join('').replace(/\s/g, ''));
  return [...chars].filter((ch) => !face.hasGlyphForCodePoint(ch.codePointAt(0)!));
};

describe('the PDFs\' typeface', () => {
  it('has every character of the report files\' catalogues and verdicts, in both languages and all three weights', () => {
    const texts = textsOf([EXPORT_WORDS, VERDICT_WORDS], []);
    expect(texts.length).toBeGreaterThan(300);
    for (const [weight, font] of Object.entries(FONTS)) expect(missingIn(font, texts), weight).toEqual([]);
  });

  it('has the letters of names in Italian, German, French, Slovenian, Romanian, Albanian, Spanish and Croatian', () => {
    const letters = 'àèéìòùÀÈÉÌÒÙäöüßÄÖÜâêîôûçëïœæÆŒčšžćđČŠŽĆĐăâîșțĂÎȘȚşţëçÇËñáíóúüÑ€«»“”‘’–—·…';
    for (const [weight, font] of Object.entries(FONTS)) expect(missingIn(font, [letters]), weight).toEqual([]);
  });

  it('the check itself finds what a font lacks', () => {
    expect(missingIn(FONTS.regular, ['abc ≥ 中文'])).toEqual(['中', '文']);
  });
});

describe('names as typed, in the PDF', () => {
  let c: TestCollector;
  const OFFICE = 'Občina Devin Nabrežina – Sistiana';
  const SERVICE = 'Anagrafe / Matični urad / Stare civilă (Ștefănești)';
  beforeAll(async () => {
    c = await exportCollector();
    expect((await as(c.app, c.admin).patch(apiPaths.office(MUNICIPIO), { name: OFFICE })).status).toBe(200);
    expect((await as(c.app, c.admin).patch(apiPaths.service(ANAGRAFE), { name: SERVICE })).status).toBe(200);
  });
  afterAll(async () => c?.close());

  it('come out whole, every letter drawn, in both languages, and no footer speaks of missing letters', async () => {
    for (const lang of ['it', 'en']) {
      const res = await fetchFile(c, `${exportPaths.officePdf(MUNICIPIO)}${MARCH}&lang=${lang}`);
      expect(res.statusCode).toBe(200);
      const text = pdfText(res.rawPayload).text.replace(/[ \t]+/g, ' ');
      expect(text, lang).toContain(OFFICE);
      expect(text, lang).toContain(SERVICE);
      expect(text, lang).not.toMatch(/U\+[0-9A-F]{4}/);
    }
  });

  it('a name in a script the typeface lacks: every page\'s footer says which characters are left blank, and where they are whole', async () => {
    expect((await as(c.app, c.admin).patch(apiPaths.service(ANAGRAFE), { name: 'Anagrafe 户籍 Реєстр' })).status).toBe(200);
    try {
      const it = pdfText((await fetchFile(c, `${exportPaths.officePdf(MUNICIPIO)}${MARCH}`)).rawPayload);
      // Two Chinese and six Cyrillic letters, each named once, in the order drawn.
      expect(it.pages.length).toBeGreaterThan(1);
      for (const page of it.pages) expect(page.replace(/[ \t]+/g, ' ')).toContain('8 caratteri dei nomi mancano nel carattere tipografico del PDF e restano in bianco (U+6237, U+7C4D, U+0420');
      const en = pdfText((await fetchFile(c, `${exportPaths.officePdf(MUNICIPIO)}${MARCH}&lang=en`)).rawPayload).text.replace(/[ \t]+/g, ' ');
      expect(en).toContain('characters of the names are missing from the PDF’s typeface and left blank (U+6237, U+7C4D, U+0420');
    } finally {
      await as(c.app, c.admin).patch(apiPaths.service(ANAGRAFE), { name: SERVICE });
    }
  });
});
