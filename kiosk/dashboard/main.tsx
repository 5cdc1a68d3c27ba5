// Entry of the managers' dashboard: sets the language, then mounts the app. Only dashboard/index.html loads it, so Chart.js never reaches a terminal.
import { render } from 'preact';
import { startEarlyRequests } from './early-requests';
import { savedLanguage, setLanguage } from './i18n/locale';
import './dashboard.css';
import './print.css';

const root = document.getElementById('app');
if (!root) throw new Error('dashboard/index.html must contain <div id="app">');

// The locale is set before any module that formats dates is evaluated, and the app itself is
// imported only after the catalogue is in place: a table or formatter built at import time is then
// already in the chosen language. Italian costs nothing: the English chunk is never fetched.
// (A promise chain, not top-level await: the build targets ES2020 for the terminals' old browsers.)
// What the first screen will ask the collector goes out now, beside the app's own download.
startEarlyRequests(location);

const language = savedLanguage();
setLanguage(language);
void (language === 'en' ? import('./i18n/en/index').then((en) => en.applyEnglish()) : Promise.resolve())
  .then(() => import('./app'))
  .then(({ App }) => render(<App />, root))
  .catch((err: unknown) => {
    // A chunk that did not arrive (the network dropped, a new version replaced the files): say so
    // in both languages instead of leaving an empty page.
    console.error('gradimento: the dashboard did not load', err);
    root.textContent = 'Il cruscotto non si è caricato: ricarica la pagina. · The dashboard did not load: reload the page.';
  });
