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
  languages: () => <LanguagePicker current="it" unavailable="zh" onPick={() => undefined} />,
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
