// An Italian name left untranslated on an Arabic screen reads left to right: «2° Settore: anagrafe», not «Settore: anagrafe 2°».
import { afterEach, describe, expect, it } from 'vitest';
import { render, type ComponentChildren } from 'preact';
import { languageInfo } from '../../../../server/contract/languages';
import { applyDocumentLanguage } from '../../../../kiosk/ui/i18n/document-language';
import { loadWords } from '../../../../kiosk/ui/i18n/languages';
import { WordsContext } from '../../../../kiosk/ui/i18n/words-context';
import { FacePicker } from '../../../../kiosk/terminal/screens/face-picker';
import { ReasonPicker } from '../../../../kiosk/terminal/screens/reason-picker';
import { ServicePicker } from '../../../../kiosk/terminal/screens/service-picker';
import { dirOf } from '../../../../kiosk/terminal/screens/text-direction';
import '../../../../kiosk/terminal/terminal.css';

/**
 * Names that a right-to-left page lays out wrongly: a leading number, a trailing stop or ellipsis
 * take the page's direction and move to the other end. (A name with brackets inside, «Tributi
 * (IMU/TARI)», happens to survive: the Unicode bracket-pair rule keeps the pair with its text.)
 */
const NAMES = ['2° Settore: anagrafe', 'Altro…', 'Tributi (IMU/TARI).'];

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  applyDocumentLanguage(languageInfo('it'));
});

async function showInArabic(screen: ComponentChildren) {
  if (container) render(null, container);
  container ??= document.body.appendChild(document.createElement('div'));
  applyDocumentLanguage(languageInfo('ar'));
  render(<WordsContext.Provider value={await loadWords('ar')}>{screen}</WordsContext.Provider>, container);
}

/** Whether the name is drawn in reading order: each character right of the one before (spaces aside). */
function readsLeftToRight(name: string): boolean {
  const element = holding(name);
  const text = [...element.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent === name)!;
  const lefts = [...name].flatMap((c, i) => {
    if (c === ' ') return [];
    const range = document.createRange();
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    return [range.getBoundingClientRect().left];
  });
  return lefts.every((left, i) => i === 0 || left > lefts[i - 1]!);
}

/** The element whose own text is the name. */
const holding = (name: string) => [...container!.querySelectorAll('*')].find((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent === name))!;

describe('an Italian name on an Arabic screen', () => {
  it('on a service tile', async () => {
    await showInArabic(<ServicePicker services={NAMES.map((name, i) => ({ id: `s${i}`, name, lang: 'it' }))} onPick={() => undefined} />);
    for (const name of NAMES) {
      expect(holding(name).getAttribute('dir')).toBe('ltr');
      expect(readsLeftToRight(name), name).toBe(true);
    }
  });

  it('above the faces', async () => {
    for (const name of NAMES) {
      await showInArabic(<FacePicker faces={['positivo', 'sufficiente', 'negativo']} serviceName={name} serviceLang="it" onFace={() => undefined} />);
      expect(holding(name).getAttribute('dir')).toBe('ltr');
      expect(readsLeftToRight(name), name).toBe(true);
    }
  });

  it('as a reason', async () => {
    await showInArabic(<ReasonPicker reasons={NAMES.map((label, i) => ({ id: `r${i}`, label, lang: 'it' }))} followUpMs={60_000} onDone={() => undefined} />);
    for (const name of NAMES) {
      expect(holding(name).getAttribute('dir')).toBe('ltr');
      expect(readsLeftToRight(name), name).toBe(true);
    }
  });

  it('a translated name follows the page', async () => {
    await showInArabic(<ServicePicker services={[{ id: 's', name: NAMES[0]! }]} onPick={() => undefined} />);
    expect(holding(NAMES[0]!).hasAttribute('dir')).toBe(false);
    expect(dirOf(undefined)).toBeUndefined();
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('zh-Hans')).toBe('ltr');
  });
});
