// The mobile voting page: reads the code from the address's fragment, shows where the vote goes, sends the face once, in the page's language.
(function () {
  'use strict';
  var code = location.hash.replace(/^#/, '');
  var block = document.getElementById('parole');
  if (!block) {
    // A page cached before an upgrade, without the words this script reads: fetch the page anew, once.
    if (!/[?&]fresco=/.test(location.search)) location.replace(location.pathname + '?fresco=' + Date.now() + location.hash);
    return;
  }
  /** The page's words for what the script shows, and its language (mobile-page.ts writes them in). */
  var words = JSON.parse(block.textContent);
  function field(name) {
    return document.querySelector('[data-field="' + name + '"]');
  }
  function say(text, problem) {
    var status = field('status');
    status.textContent = text;
    status.classList.toggle('problem', Boolean(problem));
  }
  /** The collector's refusals in the citizen's words, by their stable code. */
  function why(error) {
    var c = error && error.code;
    if (c === 'vote_code_used') return words.codeUsed;
    if (c === 'vote_code_expired') return words.codeExpired;
    if (c === 'vote_code_withdrawn') return words.codeWithdrawn;
    if (c === 'rate_limited') return words.rateLimited;
    if (c === 'not_found') return words.codeInvalid;
    return words.notSent;
  }
  /**
   * A name in the language it is written in: an Italian one on a page in another language is marked so,
   * for screen readers and fonts, and laid out left to right on an Arabic page («2° Settore: anagrafe»
   * would otherwise show its number at the wrong end).
   */
  function named(text, language) {
    var span = document.createElement('span');
    span.textContent = text;
    if (language !== words.language) {
      span.setAttribute('lang', language);
      span.setAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    }
    return span;
  }
  function post(path, body) {
    return fetch(path, { method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(function (res) {
      return res.json().then(
        function (json) {
          if (!res.ok) throw json.error || {};
          return json;
        },
        function () {
          throw {};
        },
      );
    });
  }
  function start() {
    // Another language keeps the code: the fragment goes with the link.
    var links = document.querySelectorAll('a[data-language]');
    for (var k = 0; k < links.length; k++) {
      links[k].addEventListener('click', function (e) {
        e.preventDefault();
        location.assign(e.currentTarget.getAttribute('href') + location.hash);
      });
    }
    if (!/^[A-Za-z0-9_-]{22}$/.test(code)) return say(words.missingCode, true);
    post('/canali/voto/codice', { code: code, language: words.language }).then(
      function (info) {
        // Administrations and offices are named in Italian only; a service may be translated.
        field('administration').append(named(info.administration, 'it'));
        field('where').append(named(info.service, info.serviceLanguage), ' · ', named(info.office, 'it'));
        say(words.touchAFace);
        field('form').hidden = false;
      },
      function (error) {
        say(why(error), true);
      },
    );
    var form = field('form');
    var buttons = form.querySelectorAll('button');
    // Safari before 15.4 has no e.submitter: the face pressed is also noted on its click, which comes before the submit.
    var pressed = '';
    for (var b = 0; b < buttons.length; b++) {
      buttons[b].addEventListener('click', function (e) {
        pressed = e.currentTarget.value;
      });
    }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var face = (e.submitter && e.submitter.value) || pressed;
      if (!face) return;
      for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
      say(words.sending);
      post('/canali/voto', { code: code, face: face }).then(
        function () {
          form.hidden = true;
          // Another language now would open the page without its code: nothing left to read in it.
          field('languages').hidden = true;
          field('title').textContent = words.thanksTitle;
          say(words.thanksBody);
          // A reload, or the back button, must not look like a second chance to vote (the language stays).
          history.replaceState(null, '', location.pathname + location.search);
        },
        function (error) {
          say(why(error), true);
          if (error && (error.code === 'vote_code_used' || error.code === 'vote_code_expired' || error.code === 'vote_code_withdrawn' || error.code === 'not_found')) form.hidden = true;
          else for (var j = 0; j < buttons.length; j++) buttons[j].disabled = false;
        },
      );
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
