// Says «Terminale fuori servizio» instead of a white screen when the terminal's modules fail to load or run, before the app can say anything.
// A classic script in ES5, shipped as written but for its comments (vite.config.ts, terminalBootGuard:
// keep each on a line of its own): it runs before the app's modules, and on a browser too old to parse
// them. The app says it has started with the event "gradimento:started" (start-terminal.ts): from then
// on this has no timer and no listener left.
(function () {
  'use strict';
  // Only tests shorten the waits, through a global set before the page's scripts run (Playwright's
  // addInitScript): nothing in the address or the storage that someone at the terminal could set.
  var waits = window.__gradimentoBootGuardMs || {};
  // A terminal that works has drawn its first screen long before this, even on a slow tablet.
  var START_MS = waits.start || 30000;
  // As OUT_OF_SERVICE_CHECK_MS in sw-register.ts, which the words below say.
  var RETRY_MS = waits.retry || 300000;
  // The words of kiosk/ui/i18n.ts (outOfService*): the catalogue is a module too, and cannot load when
  // these must show. tests/e2e/terminal-boot-guard.test.ts checks they are still the same.
  var TITLE = 'Terminale fuori servizio';
  var BODY = 'Il terminale non \u00e8 riuscito ad avviarsi e non raccoglie giudizi. Ogni 5 minuti riprova a partire, con una nuova versione se il collettore ne ha una; se resta cos\u00ec, avvisa l\u2019assistenza.';
  var timer = setTimeout(function () { fail(''); }, START_MS);
  var retrying = 0;
  var takingOver = false;
  var screen = null;
  // The scripts and preloads of the page's own HTML, taken once it is parsed and before any module
  // runs: a preload the app adds later for a lazy piece handles its own failure.
  var linked = null;
  // What failed before the body was there, to show once it is.
  var pending = '';

  function app() {
    return document.getElementById('app');
  }

  function onReadyState() {
    if (linked || document.readyState === 'loading') return;
    linked = [].slice.call(document.querySelectorAll('script[src], link[rel="modulepreload"]'));
  }

  function onError(event) {
    var el = event.target;
    if (!el || el === window) return fail(event.message || String(event.error));
    var tag = el.tagName;
    var ours = tag === 'SCRIPT' || (tag === 'LINK' && el.rel === 'modulepreload');
    if (ours && (!linked || linked.indexOf(el) >= 0)) fail(el.src || el.href);
  }

  function fail(detail) {
    clearTimeout(timer);
    if (screen || !timer) return;
    // An error while the page is still parsed: draw once the body is there.
    if (!document.body) {
      pending = detail;
      return void document.addEventListener('readystatechange', failWhenParsed);
    }
    show(detail);
    retrying = setInterval(retry, RETRY_MS);
  }

  function failWhenParsed() {
    if (document.body) fail(pending);
  }

  // The app may start while a look is under way: then nothing reloads it.
  function reload() {
    if (timer) location.reload();
  }

  function node(tag, text, css) {
    var node = document.createElement(tag);
    node.textContent = text;
    // Through the CSSOM, which the CSP's style-src leaves alone, and as terminal.css draws the app's own
    // «Terminale fuori servizio» (.screen-notice): the same look whether or not that sheet loaded.
    for (var key in css) node.style[key] = css[key];
    return node;
  }

  function show(detail) {
    var text = { margin: '0.3em 0 0', fontSize: 'clamp(1.1rem, 3vmin, 1.8rem)' };
    var gap = 'clamp(0.75rem, 2.2vmin, 1.75rem)';
    screen = node('main', '', {
      position: 'fixed', top: '0', right: '0', bottom: '0', left: '0', boxSizing: 'border-box', padding: gap + ' calc(1.5 * ' + gap + ')',
      display: 'grid', alignContent: 'center', justifyItems: 'center', textAlign: 'center', gap: gap,
      fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif", color: '#111', background: '#fff',
    });
    screen.className = 'screen screen-notice';
    screen.setAttribute('data-testid', 'boot-out-of-service');
    screen.lang = 'it';
    screen.appendChild(node('h1', TITLE, { margin: '0', maxWidth: '40ch', fontSize: 'clamp(1.6rem, 5vmin, 3.2rem)', lineHeight: '1.15' }));
    screen.appendChild(node('p', BODY, text));
    // For the assistance staff call, as the app's screen: what failed, in the browser's words.
    if (detail) screen.appendChild(node('p', 'Errore: ' + detail, text));
    // Beside the app's root, not in it: a start that comes late after all renders there untouched.
    if (app()) app().style.display = 'none';
    document.body.appendChild(screen);
  }

  // As sw-register.ts does after a failed start: a waiting new version takes over at once (nobody is
  // voting); otherwise a reload, only when the collector (or the service worker) answers, or the
  // browser's own «no connection» page would take this one's place and never come back.
  function retry() {
    var sw = navigator.serviceWorker;
    Promise.resolve(sw && sw.getRegistration())
      .then(function (reg) {
        return reg && reg.update().then(function () { return reg; }, function () { return reg; });
      })
      .then(function (reg) {
        if (reg && reg.waiting) {
          if (!takingOver) sw.addEventListener('controllerchange', reload);
          takingOver = true;
          return reg.waiting.postMessage({ type: 'SKIP_WAITING' });
        }
        // Still installing: the next look finds it waiting.
        if (reg && reg.installing) return;
        return fetch(location.href, { cache: 'no-store' }).then(function (res) { if (res.ok) reload(); });
      })
      .catch(function () {});
  }

  function started() {
    clearTimeout(timer);
    clearInterval(retrying);
    timer = 0;
    removeEventListener('error', onError, true);
    removeEventListener('gradimento:started', started);
    document.removeEventListener('readystatechange', onReadyState);
    document.removeEventListener('readystatechange', failWhenParsed);
    if (navigator.serviceWorker) navigator.serviceWorker.removeEventListener('controllerchange', reload);
    // A start slower than START_MS, or an error the app outlived: the app is there after all.
    if (screen) {
      screen.parentNode.removeChild(screen);
      if (app()) app().style.display = '';
    }
  }

  // Capture: a script's or a preload's error does not bubble, but window sees it on its way down.
  addEventListener('error', onError, true);
  addEventListener('gradimento:started', started);
  document.addEventListener('readystatechange', onReadyState);
})();
