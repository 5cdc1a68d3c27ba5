// gradimento's rating widget for a comune's website: the «cmp-rating» component of the Designers Italia model, drawn in the page itself, votes sent to the collector.
// Plain browser script, no dependency. The collector fills in TEXTS from server/contract/channel-points.ts when it serves this file.
(function () {
  'use strict';
  /** @type {{ title: string, legend: string, negativeUpTo: number, maxComment: number, negative: { question: string, answers: { id: string, text: string }[] }, positive: { question: string, answers: { id: string, text: string }[] } }} */
  var TEXTS = __GRADIMENTO_TEXTS__;
  // The collector is where this script came from; a CMS that injects scripts late leaves no currentScript, so look for it.
  var script = document.currentScript || document.querySelector('script[src$="/canali/widget.js"]');
  var collector = script && script.src ? new URL(script.src, location.href).origin : '';
  var STAR = 'M12 1.7L9.5 9.2H1.6L8 13.9l-2.4 7.6 6.4-4.7 6.4 4.7-2.4-7.6 6.4-4.7h-7.9L12 1.7z';
  var SVG = 'http://www.w3.org/2000/svg';
  var counter = 0;

  /** An element with attributes and children; text children are text nodes, never markup. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) node.setAttribute(k, attrs[k] === true ? '' : String(attrs[k]));
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  /**
   * One id per rating, sent with every try of it: a rating whose answer was lost and sent again
   * («riprova») is counted once. crypto.randomUUID needs a secure context (a comune's page on plain
   * http has none) and a browser from 2021 or later; getRandomValues makes the same form anywhere.
   */
  function newRatingId() {
    var c = window.crypto;
    if (c && typeof c.randomUUID === 'function') {
      try {
        return c.randomUUID();
      } catch (e) {
        // Not a secure context: made below.
      }
    }
    var bytes = new Uint8Array(16);
    if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
    else for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
    var hex = Array.prototype.map.call(bytes, function (b) {
      return (b + 0x100).toString(16).slice(1);
    }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function starIcon() {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'icon icon-sm');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', STAR);
    svg.appendChild(path);
    return svg;
  }

  function show(node, visible) {
    if (visible) node.removeAttribute('hidden');
    else node.setAttribute('hidden', '');
  }

  /** One follow-up question with the model's answers; the data-element names are what AgID's validator looks for. */
  function followUp(kind, uid) {
    var group = TEXTS[kind];
    var items = group.answers.map(function (a, i) {
      var id = uid + '-' + kind + '-' + i;
      return el('div', { class: 'radio-body border-bottom border-light cmp-radio-list__item' }, [
        el('input', { type: 'radio', name: uid + '-' + kind, id: id, value: a.id }),
        el('label', { for: id, class: 'active', 'data-element': 'feedback-rating-answer' }, [a.text]),
      ]);
    });
    return el('fieldset', { class: 'fieldset-rating-' + (kind === 'positive' ? 'one' : 'two'), 'data-element': 'feedback-rating-' + kind, hidden: true }, [
      el('legend', { class: 'iscrizioni-header w-100' }, [
        el('span', { class: 'step-title' }, [
          el('span', { class: 'd-block text-wrap', 'data-element': 'feedback-rating-question' }, [group.question]),
          el('span', { class: 'step' }, ['1/2']),
        ]),
      ]),
      el('div', { class: 'cmp-steps-rating__body' }, [el('div', { class: 'cmp-radio-list' }, [el('div', { class: 'form-check m-0' }, items)])]),
    ]);
  }

  function mount(host) {
    var pointId = host.getAttribute('data-gradimento-punto');
    if (!pointId || host.getAttribute('data-gradimento-pronto') === '1') return;
    host.setAttribute('data-gradimento-pronto', '1');
    var uid = 'gradimento-' + ++counter;
    var stars = 0;
    var sending = false;
    /** Made at the first «Invia», kept for every try after it. */
    var ratingId = '';

    var starInputs = [];
    var starItems = [];
    // 1 to 5 in document order, so arrow keys and screen readers go the way the stars are drawn.
    for (var n = 1; n <= 5; n++) {
      var input = el('input', { type: 'radio', id: uid + '-star' + n, name: uid + '-stars', value: String(n), class: 'gradimento-star-input' });
      var label = el('label', { class: 'full rating-star', for: uid + '-star' + n, 'data-element': 'feedback-rate-' + n }, [
        starIcon(),
        el('span', { class: 'visually-hidden' }, ['Valuta ' + n + (n === 1 ? ' stella' : ' stelle') + ' su 5']),
      ]);
      starInputs.push(input);
      starItems.push(input, label);
    }
    var negative = followUp('negative', uid);
    var positive = followUp('positive', uid);
    var commentId = uid + '-comment';
    var comment = el('input', { type: 'text', class: 'form-control', id: commentId, maxlength: TEXTS.maxComment, 'aria-describedby': commentId + '-hint', 'data-element': 'feedback-input-text', autocomplete: 'off' });
    var stepOne = el('div', { 'data-step': '1' }, [el('div', { class: 'cmp-steps-rating' }, [positive, negative])]);
    var stepTwo = el('div', { 'data-step': '2', hidden: true }, [
      el('div', { class: 'cmp-steps-rating' }, [
        el('fieldset', {}, [
          el('legend', { class: 'iscrizioni-header w-100' }, [el('span', { class: 'step-title' }, [el('span', { class: 'd-block text-wrap' }, ['Vuoi aggiungere altri dettagli?']), el('span', { class: 'step' }, ['2/2'])])]),
          el('div', { class: 'form-group' }, [
            el('label', { for: commentId }, ['Dettaglio']),
            comment,
            el('small', { id: commentId + '-hint', class: 'form-text' }, ['Inserire massimo ' + TEXTS.maxComment + ' caratteri. Non scrivere dati personali: indirizzi e-mail, numeri di telefono, codici fiscali e IBAN vengono tolti.']),
          ]),
        ]),
      ]),
    ]);
    var back = el('button', { type: 'button', class: 'btn btn-outline-primary fw-bold me-4 btn-back' }, ['Indietro']);
    var next = el('button', { type: 'submit', class: 'btn btn-primary fw-bold btn-next' }, ['Avanti']);
    var problem = el('p', { class: 'gradimento-problem', role: 'alert' }, []);
    var form = el('form', { class: 'form-rating', hidden: true, novalidate: true }, [
      stepOne,
      stepTwo,
      problem,
      el('div', { class: 'd-flex flex-nowrap pt-4 w-100 justify-content-center button-shadow' }, [back, next]),
    ]);
    var titleId = uid + '-title';
    var starsField = el('fieldset', { class: 'rating' }, [el('legend', { class: 'visually-hidden' }, [TEXTS.legend])].concat(starItems));
    /** Said in place of the form when the collector no longer takes ratings for this point. */
    var gone = el('p', { class: 'gradimento-problem', role: 'alert' }, []);
    var first = el('div', { class: 'cmp-rating__card-first' }, [
      el('div', { class: 'card-header border-0' }, [el('h2', { class: 'title-medium-2-semi-bold mb-0', id: titleId, 'data-element': 'feedback-title' }, [TEXTS.title])]),
      el('div', { class: 'card-body' }, [starsField, gone]),
    ]);
    var thanks = el('div', { class: 'cmp-rating__card-second', 'data-step': '3', hidden: true, tabindex: '-1' }, [
      el('div', { class: 'card-header border-0 mb-0' }, [el('h2', { class: 'title-medium-2-bold mb-0' }, ['Grazie, il tuo parere ci aiuterà a migliorare il servizio!'])]),
    ]);
    var card = el('div', { class: 'card shadow card-wrapper', 'data-element': 'feedback', 'aria-labelledby': titleId, role: 'region' }, [first, thanks, form]);
    host.textContent = '';
    host.appendChild(el('div', { class: 'cmp-rating gradimento-rating' }, [card]));

    function chosenAnswer() {
      var fieldset = stars <= TEXTS.negativeUpTo ? negative : positive;
      var picked = fieldset.querySelector('input:checked');
      return picked ? picked.value : undefined;
    }
    function goTo(step) {
      show(stepOne, step === 1);
      show(stepTwo, step === 2);
      next.textContent = step === 2 ? 'Invia' : 'Avanti';
      problem.textContent = '';
    }
    function pick(value) {
      stars = value;
      starInputs.forEach(function (i) {
        var on = Number(i.value) <= stars;
        i.nextSibling.classList.toggle('active', on);
        i.nextSibling.classList.toggle('gradimento-on', on);
      });
      show(form, true);
      show(negative, stars <= TEXTS.negativeUpTo);
      show(positive, stars > TEXTS.negativeUpTo);
      goTo(1);
    }
    starInputs.forEach(function (i) {
      i.addEventListener('change', function () {
        if (i.checked) pick(Number(i.value));
      });
      // A click on the star already chosen brings the follow-up back (after "Indietro" on step 1).
      i.addEventListener('click', function () {
        if (i.checked && Number(i.value) === stars) pick(stars);
      });
    });
    back.addEventListener('click', function () {
      if (!stepTwo.hasAttribute('hidden')) return goTo(1);
      show(form, false);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!stepOne.hasAttribute('hidden')) return goTo(2);
      if (sending) return;
      sending = true;
      next.disabled = true;
      if (!ratingId) ratingId = newRatingId();
      var body = { id: ratingId, stars: stars };
      var answer = chosenAnswer();
      if (answer) body.answer = answer;
      var text = comment.value.trim();
      if (text) body.comment = text.slice(0, TEXTS.maxComment);
      fetch(collector + '/canali/web/' + encodeURIComponent(pointId) + '/voti', {
        method: 'POST',
        // No cookie leaves the citizen's browser, and none comes back.
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
        .then(function (res) {
          return res.json().then(
            function (json) {
              return { ok: res.ok, status: res.status, json: json };
            },
            function () {
              return { ok: false, status: res.status, json: null };
            },
          );
        })
        .then(function (r) {
          var code = !r.ok && r.json && r.json.error && r.json.error.code;
          // The first try arrived though its answer was lost, and the rating was changed since: the first one counts.
          var changed = code === 'vote_conflict';
          // 404 not_found: the point (or its service, office, administration) was archived, or never was. Trying again cannot help.
          if (r.status === 404 && code === 'not_found') throw new Error('gone');
          if (!r.ok && !changed) throw new Error(code === 'rate_limited' ? 'rate' : 'refused');
          show(first, false);
          show(form, false);
          // The kinds removed, not how many: the words hold for one address or three.
          if (changed) thanks.appendChild(el('p', { class: 'gradimento-note' }, ['La valutazione era già arrivata al primo invio: le modifiche fatte dopo non sono state registrate.']));
          var removed = (!changed && r.json && r.json.removed) || [];
          // The collector's kinds (server/channels/web/redact.ts, REMOVED_KINDS) as the citizen reads them.
          var REMOVED_WORDS = { email: 'e-mail', phone: 'telefono', tax_code: 'codice fiscale', iban: 'IBAN' };
          if (removed.length) {
            thanks.appendChild(
              el('p', { class: 'gradimento-note' }, ['Dal commento abbiamo tolto i dati personali (' + removed.map(function (k) { return REMOVED_WORDS[k] || k; }).join(', ') + '): per la valutazione non servono dati personali.']),
            );
          }
          // Marks are longer than what they replace: the collector may have cut the comment to fit.
          if (!changed && r.json && r.json.shortened) {
            thanks.appendChild(el('p', { class: 'gradimento-note' }, ['Il commento era troppo lungo ed è stato accorciato.']));
          }
          show(thanks, true);
          thanks.focus();
        })
        .catch(function (err) {
          if (err && err.message === 'gone') {
            // Not «riprova»: this form will never take a rating again. The comune's page should drop the code.
            show(form, false);
            problem.textContent = '';
            starsField.disabled = true;
            gone.textContent = 'Questo modulo di valutazione non è più attivo: la valutazione non è stata inviata e non si può inviare da qui.';
            return;
          }
          problem.textContent =
            err && err.message === 'rate'
              ? 'Troppe valutazioni da questa connessione in poco tempo: riprova fra qualche minuto.'
              : 'Non è stato possibile inviare la valutazione: riprova fra poco.';
        })
        .then(function () {
          sending = false;
          next.disabled = false;
        });
    });
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-gradimento-punto]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
