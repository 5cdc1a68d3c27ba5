// Every citizen screen in every language fits the terminal at 1280x800, 800x1280 and a 390 px phone: no word cut, nothing off screen.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render, type ComponentChildren } from 'preact';
import { languageInfo, TERMINAL_LANGUAGES, type TerminalLanguage } from '../../../server/contract/languages';
import { facesOf } from '../../../server/contract/scale';
import { applyDocumentLanguage } from '../../../kiosk/ui/i18n/document-language';
import { loadWords } from '../../../kiosk/ui/i18n/languages';
import { WordsContext } from '../../../kiosk/ui/i18n/words-context';
import { FacePicker } from '../../../kiosk/terminal/screens/face-picker';
import { LanguageButton, LanguagePicker } from '../../../kiosk/terminal/screens/language-picker';
import { ReasonPicker } from '../../../kiosk/terminal/screens/reason-picker';
import { ServicePicker } from '../../../kiosk/terminal/screens/service-picker';
import { SaveFailed, Thanks } from '../../../kiosk/terminal/screens/thanks';
import '../../../kiosk/terminal/terminal.css';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
  { width: 390, height: 844 },
];

/** Real names from the demo and the longest an office is likely to use. */
const SERVICES = ['Anagrafe', 'Tributi', 'SUAP', 'Servizi sociali', 'URP'].map((name, i) => ({ id: `s${i}`, name }));
const REASONS = ['Tempo di attesa', 'Cortesia e competenza', 'Ho dovuto tornare più volte', 'Altro'].map((label, i) => ({ id: `r${i}`, label }));

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) {
    render(null, container);
    container.remove();
    container = null;
  }
  applyDocumentLanguage(languageInfo('it'));
});

async function show(code: TerminalLanguage, screen: ComponentChildren) {
  if (container) render(null, container);
  container ??= document.body.appendChild(document.createElement('div'));
  container.id = 'app';
  applyDocumentLanguage(languageInfo(code));
  render(
    <WordsContext.Provider value={await loadWords(code)}>
      <div class="terminal">{screen}</div>
    </WordsContext.Provider>,
    container,
  );
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** What a person would see as broken: text wider than its box, or anything past the screen's edges. */
function problems(): string[] {
  const out: string[] = [];
  const root = document.querySelector('.screen')!;
  for (const el of root.querySelectorAll<HTMLElement>('h1, p, button, .face-label, .tile, .reason span')) {
    if (el.closest('.sr-only')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const what = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`;
    if (r.left < -1 || r.right > innerWidth + 1 || r.top < -1 || r.bottom > innerHeight + 1) out.push(`off screen: ${what}`);
    if (el.scrollWidth > el.clientWidth + 1) out.push(`cut across: ${what} (${el.scrollWidth} > ${el.clientWidth})`);
  }
  if (document.documentElement.scrollWidth > innerWidth + 1) out.push('the page scrolls sideways');
  return out;
}

const SCREENS: Record<string, () => ComponentChildren> = {
  faces: () => <FacePicker faces={facesOf(5)} serviceName="Servizi sociali" onFace={() => undefined} languageButton={<LanguageButton onOpen={() => undefined} />} />,
  'faces (totem)': () => <FacePicker faces={facesOf(3)} serviceName="Anagrafe" onFace={() => undefined} onBack={() => undefined} />,
  services: () => <ServicePicker services={SERVICES} onPick={() => undefined} languageButton={<LanguageButton onOpen={() => undefined} />} />,
  reasons: () => <ReasonPicker reasons={REASONS} followUpMs={600_000} onDone={() => undefined} />,
  thanks: () => <Thanks ms={600_000} onDone={() => undefined} />,
  'save failed': () => <SaveFailed ms={600_000} onDone={() => undefined} />,
  languages: () => <LanguagePicker current="it" unavailable="zh" onPick={() => undefined} onBack={() => undefined} />,
};

describe('citizen screens fit in every language', () => {
  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width}x${viewport.height}`, async () => {
      await page.viewport(viewport.width, viewport.height);
      const found: string[] = [];
      for (const code of TERMINAL_LANGUAGES) {
        for (const [name, screen] of Object.entries(SCREENS)) {
          await show(code, screen());
          found.push(...problems().map((p) => `${code} ${name}: ${p}`));
          if (import.meta.env.VITE_LANGUAGE_SHOTS) await page.screenshot({ path: `${import.meta.env.VITE_LANGUAGE_SHOTS}/${viewport.width}x${viewport.height}-${code}-${name}.png` });
        }
      }
      expect(found).toEqual([]);
    });
  }
});

/**
 * A town hall's dozen services, named at length in German and Ukrainian (names an auditor typed into
 * the demo): at a landscape tablet's 1280x800 they overflowed their tiles and were cut mid-word.
 */
const MANY: Record<'de' | 'uk', string[]> = {
  de: [
    'Anagrafe e stato civile',
    'Meldeamt – Elektronischer Personalausweis und Wohnsitzänderung',
    'Privates Bauwesen und Baugenehmigungen',
    'Ortspolizei – Verwaltungsstrafen und Parkausweise',
    'Bauamt – Öffentliche Arbeiten',
    'Schuldienste: Mensa, Schülerbeförderung und Frühbetreuung',
    'Friedhofsverwaltung',
    'Protokollamt',
    'Stadtbibliothek',
    'Wahlamt',
    'Handel, Märkte und öffentliche Betriebe',
    'Gemeindesteuern – Immobiliensteuer und Abfallgebühr',
  ],
  uk: [
    'Anagrafe e stato civile',
    'Демографічні послуги – електронне посвідчення особи і зміна місця проживання',
    'Приватне будівництво та дозволи на будівництво',
    'Місцева поліція – штрафи та дозволи на вʼїзд',
    'Технічний відділ – громадські роботи',
    'Шкільні послуги: харчування, транспорт і групи продовженого дня',
    'Цвинтарні послуги',
    'Загальна канцелярія',
    'Міська бібліотека',
    'Виборчий відділ',
    'Торгівля, ринки та громадські заклади',
    'Місцеві податки – податок на нерухомість і плата за вивезення сміття',
  ],
};

/** Tiles whose name runs past their bottom, and words of up to 18 letters that were broken across two lines. */
function tileProblems(): string[] {
  const out: string[] = [];
  for (const tile of document.querySelectorAll<HTMLElement>('.tile')) {
    if (tile.scrollHeight > tile.clientHeight + 1) out.push(`runs past its tile: "${tile.textContent?.slice(0, 40)}" (${tile.scrollHeight} > ${tile.clientHeight})`);
    const text = tile.querySelector('.tile-name')?.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) continue;
    let from = 0;
    for (const word of (text.textContent ?? '').split(/\s+/)) {
      const at = text.textContent!.indexOf(word, from);
      from = at + word.length;
      if (!word || [...word].length > 18) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + word.length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(`word cut: ${word}`);
    }
  }
  return out;
}

describe('a dozen long service names fit their tiles', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 1280 }, { width: 1080, height: 1920 }]) {
    it(`at ${viewport.width}x${viewport.height}, in German and Ukrainian`, async () => {
      await page.viewport(viewport.width, viewport.height);
      const found: string[] = [];
      for (const code of ['de', 'uk'] as const) {
        const services = MANY[code].map((name, i) => ({ id: `s${i}`, name, lang: i === 0 ? 'it' : languageInfo(code).htmlLang }));
        await show(code, <ServicePicker services={services} onPick={() => undefined} languageButton={<LanguageButton onOpen={() => undefined} />} />);
        found.push(...tileProblems().map((p) => `${code}: ${p}`), ...problems().map((p) => `${code}: ${p}`));
      }
      expect(found).toEqual([]);
    });
  }
});

describe('five faces side by side', () => {
  it('stand level in every language, whether or not a label wraps to two lines', async () => {
    await page.viewport(1280, 800);
    const uneven: string[] = [];
    for (const code of TERMINAL_LANGUAGES) {
      await show(code, <FacePicker faces={facesOf(5)} serviceName="Servizi sociali" onFace={() => undefined} languageButton={<LanguageButton onOpen={() => undefined} />} />);
      // The face is drawn in the middle of its box, and a box above a two-line label is shorter: compare the middles.
      const middles = [...document.querySelectorAll('.face-icon')].map((icon) => {
        const r = icon.getBoundingClientRect();
        return Math.round((r.top + r.bottom) / 2);
      });
      if (new Set(middles).size > 1) uneven.push(`${code}: ${middles.join(', ')}`);
    }
    expect(uneven).toEqual([]);
  });
});
