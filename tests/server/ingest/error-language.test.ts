// A refused batch says why in the language the terminal asks for: Italian for our kiosk (its staff read the reasons), English for other clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../server/contract/api';
import { asTerminal, COUNTER, makeVote, postVotes, startCollector, TOTEM, type TestCollector } from '../helpers/test-collector';

let c: TestCollector;
beforeAll(async () => {
  c = await startCollector();
});
afterAll(async () => c?.close());

const send = (votes: unknown[], asked?: string, terminalId = TOTEM.id) =>
  c.app.inject({
    method: 'POST',
    url: apiPaths.votes,
    payload: { terminalId, votes },
    headers: { ...asTerminal(c.tokens[TOTEM.id]!), ...(asked ? { 'accept-language': asked } : {}) },
  });

/** One vote for each refusal staff may meet on a totem, and an id used twice with different content. */
function badBatch() {
  const twice = makeVote();
  return [
    makeVote({ face: 'ottimo' }),
    makeVote({ reasons: ['valdoria-attesa'] }),
    makeVote({ face: 'negativo', followUp: 'chosen', reasons: ['nessuno'] }),
    makeVote({ face: 'negativo', followUp: 'chosen' }),
    makeVote({ serviceId: 'valdoria-nulla' }),
    twice,
    { ...twice, face: 'negativo', followUp: 'skipped' },
  ];
}

const reasons = (body: { error: { problems: { field: string; reason: string }[] } }) => body.error.problems.map((p) => [p.field, p.reason]);

describe('a batch with invalid votes', () => {
  it('names each vote\'s problem in Italian when the terminal asks for Italian', async () => {
    const res = await send(badBatch(), 'it');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('it');
    const body = res.json();
    expect(body.error.message).toBe('6 problemi nell’invio: non è stato salvato nulla. Correggi o metti da parte i giudizi indicati.');
    expect(reasons(body)).toEqual([
      ['/votes/0/face', '«ottimo» non è una faccina della scala a 3 faccine (positivo, sufficiente, negativo)'],
      ['/votes/1/reasons', 'le motivazioni si indicano solo dopo una faccina negativa, non dopo «positivo»'],
      ['/votes/2/reasons/0', 'la motivazione «nessuno» è sconosciuta nell’amministrazione di questo terminale'],
      ['/votes/3/reasons', 'con followUp «chosen» serve almeno una motivazione'],
      ['/votes/4/serviceId', 'il servizio «valdoria-nulla» è sconosciuto o archiviato nell’amministrazione di questo terminale'],
      ['/votes/6/id', 'identificativo usato anche da /votes/5 con un contenuto diverso'],
    ]);
  });

  it('names them in English, word for word as before, when the request names no language', async () => {
    const res = await send(badBatch());
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.message).toBe('6 problem(s) in the batch; nothing was stored. Fix or set aside the votes listed.');
    expect(reasons(body)).toEqual([
      ['/votes/0/face', '"ottimo" is not a face of the 3-face scale (positivo, sufficiente, negativo)'],
      ['/votes/1/reasons', 'reasons are only given after a negative face, not "positivo"'],
      ['/votes/2/reasons/0', 'reason "nessuno" is unknown in this terminal\'s administration'],
      ['/votes/3/reasons', 'followUp "chosen" needs at least one reason'],
      ['/votes/4/serviceId', 'service "valdoria-nulla" is unknown or archived in this terminal\'s administration'],
      ['/votes/6/id', 'id also used by /votes/5 with different content'],
    ]);
  });

  it('refuses an id already stored for another vote, and a token of another terminal, in Italian', async () => {
    const vote = makeVote();
    expect((await postVotes(c, [vote])).status).toBe(200);
    const conflict = await send([{ ...vote, face: 'negativo', followUp: 'skipped' }], 'it');
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error).toEqual({
      code: 'vote_conflict',
      message: '1 giudizio riusa un identificativo già salvato per un altro giudizio: non è stato salvato nulla. Metti da parte i giudizi indicati e invia di nuovo gli altri.',
      problems: [
        {
          field: '/votes/0/id',
          voteId: vote.id,
          reason: 'questo identificativo è già usato da un altro giudizio (con un contenuto diverso, o di un altro terminale): il giudizio non è stato salvato; il terminale lo conserva perché il personale lo controlli',
        },
      ],
    });
    const foreign = await send([makeVote({ serviceId: COUNTER.services[0]! })], 'it', COUNTER.id);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.message).toBe(`La chiave di questo dispositivo appartiene al terminale «${TOTEM.id}», non a «${COUNTER.id}».`);
  });
});
