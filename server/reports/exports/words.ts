// The Italian words of every export (CSV headers, sheet names, PDF text), in the dashboard's wording.
import type { CharterVerdict, Change } from '../../contract/report';
import type { QualityDimension } from '../../contract/quality';

export const CHANNEL_WORDS: Readonly<Record<string, string>> = {
  sportello: 'Sportello',
  totem: 'Totem',
  web: 'Web',
  telefono: 'Telefono',
};

export const channelWord = (channel: string) => CHANNEL_WORDS[channel] ?? channel;

export const FACE_WORDS: Readonly<Record<string, string>> = {
  ottimo: 'Ottimo',
  positivo: 'Positivo',
  sufficiente: 'Sufficiente',
  negativo: 'Negativo',
  pessimo: 'Pessimo',
};

export const DIMENSION_WORDS: Readonly<Record<QualityDimension, string>> = {
  accessibility: 'Accessibilità',
  timeliness: 'Tempestività',
  transparency: 'Trasparenza',
  effectiveness: 'Efficacia',
};

export const VERDICT_WORDS: Readonly<Record<CharterVerdict, string>> = {
  met: 'Rispettato',
  'met-within-noise': 'Rispettato, nel rumore',
  'missed-within-noise': 'Non rispettato, nel rumore',
  missed: 'Non rispettato',
  'small-sample': 'Non giudicato: campione piccolo',
  'no-votes': 'Nessun giudizio',
};

export const VERDICT_LONG: Readonly<Record<CharterVerdict, string>> = {
  met: 'standard rispettato oltre il rumore statistico: anche l’estremo basso dell’intervallo lo raggiunge',
  'met-within-noise': 'quota sopra lo standard, ma l’intervallo lo comprende: i dati non bastano a escludere il caso',
  'missed-within-noise': 'quota sotto lo standard, ma l’intervallo lo comprende: i dati non bastano a escludere il caso',
  missed: 'standard non rispettato oltre il rumore statistico: anche l’estremo alto dell’intervallo resta sotto',
  'small-sample': 'troppo pochi giudizi per giudicare',
  'no-votes': 'nessuno ha votato',
};

/** "oltre il rumore" / "nel rumore", or why no test was made. */
export function changeWord(change: Change): string {
  if (change.note === 'no-data') return 'nessun confronto: mancano i giudizi';
  if (change.note === 'small-sample') return 'nessun confronto: campione piccolo';
  return change.significant ? 'oltre il rumore' : 'nel rumore';
}

export const COMPARISON_WORDS = { previous: 'Periodo precedente', 'year-before': 'Un anno prima' } as const;

export const FOLLOW_UP_WORDS = {
  chosen: 'Hanno indicato un motivo',
  skipped: 'Hanno saltato la domanda',
  timeout: 'Se ne sono andati (tempo scaduto)',
  notAsked: 'Non è stato chiesto',
} as const;

export const W = {
  votes: 'Giudizi',
  positiveShare: 'Giudizi positivi',
  index: 'Indice di soddisfazione',
  low: 'Minimo (95%)',
  high: 'Massimo (95%)',
  smallSample: 'Campione piccolo',
  service: 'Servizio',
  office: 'Ufficio',
  channel: 'Canale',
  day: 'Giorno',
  from: 'Dal',
  to: 'Al',
  yes: 'sì',
  no: 'no',
} as const;
