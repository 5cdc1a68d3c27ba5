// The bulletin's words in the dashboard's languages: its view on the dashboard and its PDF say it alike, from this one table.
// Plain functions, no TypeBox: the dashboard imports this.
import type { DashboardLanguage } from './languages';

type Kind = 'month' | 'year';

export interface BulletinWords {
  title: (kind: Kind, when: string) => string;
  programme: string;
  empty: string;
  votes: (kind: Kind) => string;
  weeklyAverage: string;
  runningTotal: string;
  runningSince: (since: string) => string;
  runningNone: string;
  byChannel: string;
  /** Why the programme's «Sportello» holds more votes than the counter channel alone. */
  channelsNote: string;
  reportedTitle: string;
  reportedNote: string;
  reported: { administrations: string; offices: string; counters: string; terminals: string };
}

export const BULLETIN_WORDS: Readonly<Record<DashboardLanguage, BulletinWords>> = {
  it: {
    title: (kind, when) => `Bollettino ${kind === 'month' ? 'mensile' : 'annuale'} · ${when}`,
    programme: 'Nella forma del bollettino del programma nazionale «Mettiamoci la faccia».',
    empty: 'Nessun giudizio nel periodo del bollettino.',
    votes: (kind) => (kind === 'month' ? 'Giudizi del mese' : 'Giudizi dell’anno'),
    weeklyAverage: 'Media settimanale',
    runningTotal: 'Totale progressivo',
    runningSince: (since) => `dal primo giudizio, ${since}`,
    runningNone: 'nessun giudizio finora',
    byChannel: 'Per canale del programma',
    channelsNote: 'Come li conta il programma, per canale di contatto: «Sportello» comprende anche i giudizi dei totem, dati da chi è stato servito allo sportello.',
    reportedTitle: 'Chi ha partecipato',
    reportedNote:
      'Amministrazioni, uffici, sportelli e terminali che hanno inviato almeno un giudizio nel periodo. I giudizi dal sito web, dai QR e dal telefono contano per l’amministrazione e l’ufficio, non tra i terminali.',
    reported: { administrations: 'Amministrazioni', offices: 'Uffici', counters: 'Sportelli', terminals: 'Terminali' },
  },
  en: {
    title: (kind, when) => `${kind === 'month' ? 'Monthly' : 'Yearly'} bulletin · ${when}`,
    programme: 'In the form of the bulletin of the national programme ‘Mettiamoci la faccia’.',
    empty: 'No votes in the bulletin’s period.',
    votes: (kind) => (kind === 'month' ? 'Votes of the month' : 'Votes of the year'),
    weeklyAverage: 'Weekly average',
    runningTotal: 'Running total',
    runningSince: (since) => `since the first vote, ${since}`,
    runningNone: 'no votes so far',
    byChannel: 'By channel of the programme',
    channelsNote: 'As the programme counts them, by contact channel: “Counter” includes the totems’ votes too, given by people served at the counter.',
    reportedTitle: 'Who took part',
    reportedNote:
      'Administrations, offices, counters and terminals that sent at least one vote in the period. Votes from the website, QR codes and the phone count for their administration and office, not among the terminals.',
    reported: { administrations: 'Administrations', offices: 'Offices', counters: 'Counters', terminals: 'Terminals' },
  },
};
