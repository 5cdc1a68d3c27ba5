// The mobile page's catalogues: one per terminal language, complete, translated, and saying the faces and the thanks as the terminal does.
import type { FastifyRequest } from 'fastify';
import { describe, expect, it as test } from 'vitest';
import { TERMINAL_LANGUAGES, type TerminalLanguage } from '../../../../server/contract/languages';
import { mobileLanguage, MOBILE_WORDS } from '../../../../server/channels/qr/mobile-words';
import { QR_CARD_WORDS } from '../../../../server/contract/qr-card-words';
import { it } from '../../../../server/channels/qr/words/it';
import { loadWords } from '../../../../kiosk/ui/i18n/languages';
import { catalogueProblems } from '../../../kiosk/ui/i18n/catalogue-problems';

const FACES = ['positivo', 'sufficiente', 'negativo'] as const;

describe('the mobile page\'s catalogues', () => {
  test('there is one for every language a terminal offers, and no other', () => {
    expect(Object.keys(MOBILE_WORDS).sort()).toEqual([...TERMINAL_LANGUAGES].sort());
    expect(MOBILE_WORDS.it).toBe(it);
  });

  for (const code of TERMINAL_LANGUAGES) {
    test(`${code}: every key of Italian, none empty, none extra; translated, not Italian left in`, () => {
      expect(catalogueProblems(it, MOBILE_WORDS[code])).toEqual([]);
      if (code === 'it') return;
      const same = Object.entries(MOBILE_WORDS[code]).filter(([key, text]) => typeof text === 'string' && text === (it as Record<string, unknown>)[key]);
      expect(same.map(([key]) => key)).toEqual([]);
    });

    test(`${code}: the faces and the thanks read as on the terminal`, async () => {
      const terminal = await loadWords(code as TerminalLanguage);
      const mobile = MOBILE_WORDS[code];
      for (const face of FACES) expect(mobile.faces[face], face).toBe(terminal.faces[face].label);
      expect(mobile.thanksTitle).toBe(terminal.thanksTitle);
      expect(mobile.thanksBody).toBe(terminal.thanksBody);
      expect(mobile.languages).toBe(terminal.languageButton);
    });

    test(`${code}: the printed card asks the page's question, then says what to do, in the same language`, () => {
      const card = QR_CARD_WORDS[code];
      expect(card.startsWith(MOBILE_WORDS[code].question), card).toBe(true);
      expect(card.length).toBeGreaterThan(MOBILE_WORDS[code].question.length + 10);
      if (code !== 'it') expect(card).not.toBe(QR_CARD_WORDS.it);
    });
  }
});

describe('the page\'s language', () => {
  const asking = (acceptLanguage?: string) => ({ raw: { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} } }) as unknown as FastifyRequest;

  test('the phone\'s first language the page speaks, by the browser\'s order of preference', () => {
    expect(mobileLanguage(asking('de-CH,de;q=0.9,en;q=0.8'), undefined)).toBe('de');
    expect(mobileLanguage(asking('ja-JP,ja;q=0.9,uk;q=0.7,en;q=0.5'), undefined)).toBe('uk');
    expect(mobileLanguage(asking('zh-CN,zh;q=0.9'), undefined)).toBe('zh');
    expect(mobileLanguage(asking('ar-MA'), undefined)).toBe('ar');
  });

  test('Italian when the phone names none of them, or nothing', () => {
    expect(mobileLanguage(asking('ja-JP,ko;q=0.8'), undefined)).toBe('it');
    expect(mobileLanguage(asking(), undefined)).toBe('it');
  });

  test('the language picked on the page wins; a value that is not one of them is ignored', () => {
    expect(mobileLanguage(asking('de'), 'es')).toBe('es');
    expect(mobileLanguage(asking('de'), 'xx')).toBe('de');
    expect(mobileLanguage(asking('de'), ['es'])).toBe('de');
    expect(mobileLanguage(asking(), '')).toBe('it');
  });
});
