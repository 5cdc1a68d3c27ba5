// The charter's verdicts in words, per dashboard language: short for a badge or a cell, long for an explanation. The dashboard and the report files (CSV, Excel, PDF) say them alike.
import type { DashboardLanguage } from './languages';
import type { CharterVerdict } from './report';

interface VerdictWords {
  short: Readonly<Record<CharterVerdict, string>>;
  long: Readonly<Record<CharterVerdict, string>>;
}

export const VERDICT_WORDS: Readonly<Record<DashboardLanguage, VerdictWords>> = {
  it: {
    short: {
      met: 'Rispettato',
      'met-within-noise': 'Rispettato, nel rumore',
      'missed-within-noise': 'Non rispettato, nel rumore',
      missed: 'Non rispettato',
      'small-sample': 'Non giudicato: campione piccolo',
      'no-votes': 'Nessun giudizio',
    },
    long: {
      met: 'standard rispettato oltre il rumore statistico: anche l’estremo basso dell’intervallo lo raggiunge',
      'met-within-noise': 'quota sopra lo standard, ma l’intervallo lo comprende: i dati non bastano a escludere il caso',
      'missed-within-noise': 'quota sotto lo standard, ma l’intervallo lo comprende: i dati non bastano a escludere il caso',
      missed: 'standard non rispettato oltre il rumore statistico: anche l’estremo alto dell’intervallo resta sotto',
      'small-sample': 'troppo pochi giudizi per giudicare',
      'no-votes': 'nessuno ha votato',
    },
  },
  en: {
    short: {
      met: 'Met',
      'met-within-noise': 'Met, within noise',
      'missed-within-noise': 'Not met, within noise',
      missed: 'Not met',
      'small-sample': 'Not judged: small sample',
      'no-votes': 'No votes',
    },
    long: {
      met: 'standard met beyond statistical noise: even the low end of the interval reaches it',
      'met-within-noise': 'share above the standard, but the interval includes it: the data are not enough to rule out chance',
      'missed-within-noise': 'share below the standard, but the interval includes it: the data are not enough to rule out chance',
      missed: 'standard not met beyond statistical noise: even the high end of the interval stays below it',
      'small-sample': 'too few votes to judge',
      'no-votes': 'nobody voted',
    },
  },
};
