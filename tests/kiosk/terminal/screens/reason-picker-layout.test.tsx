// The reasons screen fits whole, with no scrolling, from one reason to the twelve an administration may have, on short landscape phones and on the tablets.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'preact';
import { languageInfo, TERMINAL_LANGUAGES, type TerminalLanguage } from '../../../../server/contract/languages';
import { MAX_REASONS } from '../../../../server/contract/limits';
import { DEFAULT_REASONS, DEFAULT_REASON_TRANSLATIONS } from '../../../../server/contract/quality';
import { facesOf, type ScaleSize } from '../../../../server/contract/scale';
import { applyDocumentLanguage } from '../../../../kiosk/ui/i18n/document-language';
import { loadWords } from '../../../../kiosk/ui/i18n/languages';
import { WordsContext } from '../../../../kiosk/ui/i18n/words-context';
import { FaceChange } from '../../../../kiosk/terminal/screens/face-change';
import { ReasonPicker } from '../../../../kiosk/terminal/screens/reason-picker';
import '../../../../kiosk/terminal/terminal.css';
import '../../../../kiosk/terminal/kiosk/kiosk.css';

/** Phones and small tablets on their side (under 480 px high), then the tablets that already fitted and a phone standing. */
const SHORT = [
  { width: 844, height: 390 },
  { width: 740, height: 360 },
  { width: 667, height: 375 },
  { width: 800, height: 480 },
];
const TABLETS = [
  { width: 1024, height: 600 },
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
  { width: 390, height: 844 },
];

/** The smallest target the short screen may give a reason or a button: the small faces' and the language button's 56 px. */
const MIN_TARGET = 56;

/**
 * The demo's four reasons as every administration starts with them, then eight an office might add,
 * in the long languages and Arabic; other languages show the Italian label, marked Italian, as the terminal does.
 */
const MORE: Record<string, string>[] = [
  { it: 'Cortesia del personale', de: 'Freundlichkeit des Personals', uk: 'Ввічливість персоналу', ar: 'لطف الموظفين' },
  { it: 'Informazioni poco chiare', de: 'Unklare Informationen', uk: 'Незрозуміла інформація', ar: 'معلومات غير واضحة' },
  { it: 'Orari di apertura', de: 'Öffnungszeiten', uk: 'Години роботи', ar: 'ساعات العمل' },
  { it: 'Troppi documenti richiesti', de: 'Zu viele verlangte Unterlagen', uk: 'Забагато потрібних документів', ar: 'وثائق مطلوبة كثيرة جدًا' },
  { it: 'Accessibilità della sede', de: 'Barrierefreiheit des Gebäudes', uk: 'Доступність приміщення', ar: 'سهولة الوصول إلى المكتب' },
  { it: 'Prenotazione dell’appuntamento', de: 'Terminvereinbarung', uk: 'Запис на прийом', ar: 'حجز الموعد' },
  { it: 'Costo del servizio', de: 'Kosten der Leistung', uk: 'Вартість послуги', ar: 'تكلفة الخدمة' },
  { it: 'Pulizia degli ambienti', de: 'Sauberkeit der Räume', uk: 'Чистота приміщень', ar: 'نظافة المكان' },
];

/** count reasons: the demo's first ones, then MORE, and «Altro» last as an office keeps it (the demo's own four at 4). */
function reasonsIn(code: TerminalLanguage, count: number) {
  const defaults = DEFAULT_REASONS.map((r) => ({ it: r.label, ...DEFAULT_REASON_TRANSLATIONS[r.code] }) as Record<string, string>);
  const other = defaults.pop()!;
  const list = [...defaults, ...MORE];
  const labels = count === 1 ? [list[0]!] : [...list.slice(0, count - 1), other];
  return labels.map((l, i) => {
    const label = l[code];
    return label ? { id: `r${i}`, label } : { id: `r${i}`, label: l.it!, lang: 'it' };
  });
}

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) {
    render(null, container);
    container.remove();
    container = null;
  }
  applyDocumentLanguage(languageInfo('it'));
});

async function show(code: TerminalLanguage, count: number, scale: ScaleSize) {
  container ??= document.body.appendChild(document.createElement('div'));
  container.id = 'app';
  applyDocumentLanguage(languageInfo(code));
  render(
    <WordsContext.Provider value={await loadWords(code)}>
      <div class="terminal">
        <ReasonPicker
          key={`${code}-${count}-${scale}`}
          reasons={reasonsIn(code, count)}
          followUpMs={600_000}
          onDone={() => undefined}
          faceChange={<FaceChange faces={facesOf(scale)} face="negativo" onChange={() => undefined} />}
        />
      </div>
    </WordsContext.Provider>,
    container,
  );
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

const box = (el: Element) => el.getBoundingClientRect();
const name = (el: HTMLElement) => `${el.dataset.testid ?? el.className} "${el.textContent?.trim().slice(0, 30)}"`;

/** What a citizen could not see or tap: a target off screen, under another, too small, a label cut or a word broken in two, a screen that would have to scroll. */
function problems(minTarget: number): string[] {
  const out: string[] = [];
  const screen = document.querySelector<HTMLElement>('.screen-reasons')!;
  const targets = [...screen.querySelectorAll<HTMLElement>('.reason, [data-testid="reasons-skip"], [data-testid="reasons-send"], .face-change button')];
  const drawn = [...screen.querySelectorAll<HTMLElement>('h1, .hint, .face-change-title, .key-legend')].filter((el) => box(el).height > 0);
  for (const el of targets) {
    const r = box(el);
    if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) out.push(`off screen: ${name(el)} ${Math.round(r.top)}..${Math.round(r.bottom)}`);
    if (r.height < minTarget - 0.5 || r.width < minTarget - 0.5) out.push(`smaller than ${minTarget} px: ${name(el)} ${Math.round(r.width)}x${Math.round(r.height)}`);
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) out.push(`label cut: ${name(el)}`);
  }
  for (const label of screen.querySelectorAll<HTMLElement>('.reason > span:last-child')) {
    const text = label.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) continue;
    let from = 0;
    for (const word of (text.textContent ?? '').split(/\s+/)) {
      const at = text.textContent!.indexOf(word, from);
      from = at + word.length;
      // Up to 16 letters («Barrierefreiheit») stay whole; longer ones («dell’appuntamento», «Terminvereinbarung») may
      // break in four columns on a 667 px phone, where a smaller type or a fourth row would go under the minimum.
      if (!word || [...word].length > 16) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + word.length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(`word cut: ${word}`);
    }
  }
  const all = [...targets, ...drawn];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = box(all[i]!);
      const b = box(all[j]!);
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`overlap: ${name(all[i]!)} and ${name(all[j]!)}`);
    }
  }
  for (const el of [document.documentElement, document.querySelector<HTMLElement>('.terminal')!, screen]) {
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollHeight > innerHeight + 1) out.push(`scrolls: ${el.tagName.toLowerCase()}.${el.className} ${el.scrollHeight} > ${el.clientHeight}`);
  }
  return out;
}

const COUNTS = Array.from({ length: MAX_REASONS }, (_, i) => i + 1);

async function check(viewport: { width: number; height: number }, codes: readonly TerminalLanguage[], minTarget: number) {
  await page.viewport(viewport.width, viewport.height);
  const found: string[] = [];
  for (const scale of [5, 3] as const) {
    for (const code of codes) {
      for (const count of COUNTS) {
        await show(code, count, scale);
        found.push(...problems(minTarget).map((p) => `${code} ${count} reasons, ${scale} faces: ${p}`));
        const shots = import.meta.env.VITE_REASON_SHOTS;
        if (shots && scale === 5 && [4, 6, 12].includes(count)) await page.screenshot({ path: `${shots}-${viewport.width}x${viewport.height}-${code}-${count}.png` });
      }
    }
  }
  return found;
}

describe('the reasons screen fits whole', () => {
  for (const viewport of SHORT) {
    it(`on a short screen, ${viewport.width}x${viewport.height}, in every language`, async () => {
      expect(await check(viewport, TERMINAL_LANGUAGES, MIN_TARGET)).toEqual([]);
    });
  }
  for (const viewport of TABLETS) {
    it(`at ${viewport.width}x${viewport.height}, in Italian, German, Ukrainian and Arabic`, async () => {
      expect(await check(viewport, ['it', 'de', 'uk', 'ar'], MIN_TARGET)).toEqual([]);
    });
  }
});
