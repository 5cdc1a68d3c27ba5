// «Terminale fuori servizio»: what a terminal shows when its version failed to start, instead of a white screen.
import { STAFF_LANGUAGE, t } from '../../ui/i18n';

/**
 * Plain DOM, not Preact: the start that failed may have failed inside Preact's rendering, and this
 * screen must not depend on anything that may be what broke. Replaces whatever half-drawn screen was there.
 */
export function showOutOfService(root: HTMLElement, error: unknown, checkEveryMinutes: number): void {
  const main = document.createElement('main');
  main.className = 'screen screen-notice';
  main.dataset.testid = 'out-of-service';
  main.lang = STAFF_LANGUAGE.lang;
  main.dir = STAFF_LANGUAGE.dir;
  const title = document.createElement('h1');
  title.textContent = t.outOfServiceTitle;
  const body = document.createElement('p');
  body.className = 'hint';
  body.textContent = t.outOfServiceBody(checkEveryMinutes);
  // For the assistance staff call: what broke, in the browser's words.
  const detail = document.createElement('p');
  detail.className = 'hint';
  detail.textContent = t.outOfServiceDetail(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  main.append(title, body, detail);
  root.replaceChildren(main);
}
