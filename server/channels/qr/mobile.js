// The mobile voting page: reads the code from the address's fragment, shows where the vote goes, sends the face once.
(function () {
  'use strict';
  var code = location.hash.replace(/^#/, '');
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
    if (c === 'vote_code_used') return 'Questo codice è già stato usato: ogni codice vale per un solo giudizio. Grazie comunque!';
    if (c === 'vote_code_expired') return 'Questo codice è scaduto: chiedi allo sportello un nuovo codice.';
    if (c === 'rate_limited') return 'Troppe richieste da questa connessione: riprova fra qualche minuto.';
    if (c === 'not_found') return 'Questo codice non è valido: inquadra di nuovo il codice QR per intero.';
    return 'Il giudizio non è stato inviato: riprova fra poco.';
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
    if (!/^[A-Za-z0-9_-]{22}$/.test(code)) return say('Manca il codice: inquadra di nuovo il codice QR che ti hanno dato allo sportello.', true);
    post('/canali/voto/codice', { code: code }).then(
      function (info) {
        field('administration').textContent = info.administration;
        field('where').textContent = info.service + ' · ' + info.office;
        say('Tocca la faccina che descrive meglio il servizio che hai ricevuto.');
        field('form').hidden = false;
      },
      function (error) {
        say(why(error), true);
      },
    );
    var form = field('form');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var face = e.submitter && e.submitter.value;
      if (!face) return;
      var buttons = form.querySelectorAll('button');
      for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
      say('Invio in corso…');
      post('/canali/voto', { code: code, face: face }).then(
        function () {
          form.hidden = true;
          field('title').textContent = 'Grazie!';
          say('Il tuo giudizio è stato registrato.');
          // A reload, or the back button, must not look like a second chance to vote.
          history.replaceState(null, '', location.pathname);
        },
        function (error) {
          say(why(error), true);
          if (error && (error.code === 'vote_code_used' || error.code === 'vote_code_expired' || error.code === 'not_found')) form.hidden = true;
          else for (var j = 0; j < buttons.length; j++) buttons[j].disabled = false;
        },
      );
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
