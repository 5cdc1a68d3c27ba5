// A rule's thresholds in one line, as the rules editor lists them.
import type { AlertParams } from '../../../server/contract/alerts';
import { WINDOW_WORDS } from '../../../server/contract/alert-sentences';

type Params<K extends AlertParams['kind']> = Extract<AlertParams, { kind: K }>;

export const RULE_SUMMARY = {
  'negative-share': (p: Params<'negative-share'>) => `negativi > ${p.openAbovePct}% negli ultimi ${p.lastVotes} giudizi; si chiude sotto ${p.closeBelowPct}%`,
  'low-index': (p: Params<'low-index'>) =>
    `indice < ${p.openBelow} ${WINDOW_WORDS.it(p.windowHours)} (almeno ${p.minVotes} giudizi); si chiude sopra ${p.closeAbove}`,
  // Hours may be half ones (0,5): written the Italian way.
  silence: (p: Params<'silence'>) => (p.hours === 1 ? "un'ora di apertura senza giudizi" : `${p.hours.toLocaleString('it-IT')} ore di apertura senza giudizi`),
  'charter-at-risk': (p: Params<'charter-at-risk'>) => `proiezione a fine mese, da ${p.minVotes} giudizi del mese`,
};
