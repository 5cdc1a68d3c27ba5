// Every word the dashboard shows, in one place, so an English (or German, for South Tyrol) table can follow.
import { fromTo, italianArticle } from '../../server/contract/italian-articles';
import type { Channel } from '../../server/contract/terminal-config';
import type { QualityDimension } from '../../server/contract/quality';
import type { FaceId } from '../../server/contract/scale';

export const LABELS = {
  appTitle: 'gradimento: cruscotto del responsabile',
  reportTitle: 'Report',
  office: 'Ufficio',
  chooseOffice: 'Scegli un ufficio',
  noOffices: 'Nessun ufficio configurato sul collettore.',
  officeUnavailable: (id: string) => `L’ufficio «${id}» dell’indirizzo non è tra quelli che puoi consultare (o non esiste più): è mostrato il primo dei tuoi.`,
  showClosedOffices: 'Mostra anche gli uffici chiusi',
  officeClosed: 'chiuso',
  officeArchived: (day: string) => `Ufficio chiuso (archiviato il ${day}): il report resta consultabile, con i giudizi raccolti fino ad allora.`,
  period: 'Periodo',
  from: 'Dal',
  to: 'Al',
  presets: 'Periodi rapidi',
  loading: 'Caricamento…',
  refreshing: 'Aggiornamento…',
  empty: 'Nessun giudizio nel periodo',
  emptyHint: 'Scegli un periodo più ampio o controlla che i terminali dell’ufficio siano collegati.',
  errorTitle: 'Impossibile caricare i dati',
  retry: 'Riprova',
  totalsTitle: 'Riepilogo',
  totalVotes: 'Giudizi raccolti',
  sharesCaption: 'Ripartizione dei giudizi',
  servicesTitle: 'Giudizi per servizio',
  showCounts: 'Numeri',
  showPercent: 'Percentuali',
  archived: 'archiviato',
  trendDayTitle: (day: string) => `Andamento ora per ora, ${day}`,
  trendTotal: 'Giudizi',
  trendPositive: '% positivi',
  channelTitle: 'Giudizi per canale',
  channelScrollLabel: 'Tabella per canale: scorre di lato',
  reasonsTitle: 'Motivazioni dei giudizi negativi',
  noReasons: 'Nessuna motivazione indicata nel periodo.',
  noNegatives: 'Nessun giudizio negativo nel periodo.',
  reasonDimension: 'Dimensione',
  reasonCount: 'Indicazioni',
  noDimension: 'nessuna dimensione',
  followUpTitle: 'Dopo un giudizio negativo',
  followUpChosen: 'motivati',
  followUpSkipped: 'saltati',
  followUpTimeout: 'abbandonati',
  day: 'Giorno',
  hour: 'Ora',
  service: 'Servizio',
  channel: 'Canale',
  total: 'Totale',
  live: 'in diretta',
  liveConnecting: 'collegamento…',
  liveOffline: 'non collegato',
  liveTitle: 'Aggiornamento automatico quando arrivano nuovi giudizi',
  chartHint: 'I dati del grafico sono nella tabella che segue.',
  invalidDate: 'Data non valida: usa il formato AAAA-MM-GG.',
  fromAfterTo: 'La data di inizio è successiva a quella di fine.',
  tooLong: (maxDays: number) => `Il periodo può coprire al massimo ${maxDays} giorni.`,
  networkError: 'Il collettore non risponde: controlla la connessione e riprova.',
  httpError: (status: number) => `Il collettore ha risposto con l’errore HTTP ${status}.`,
  shareOf: (label: string, percent: number, count: number) => `${label} ${percent}% (${count})`,
  periodSummary: (from: string, to: string) => (from === to ? italianArticle(from) : fromTo(from, to)),
} as const;

export const PRESET_LABELS = {
  today: 'Oggi',
  last7: 'Ultimi 7 giorni',
  last30: 'Ultimi 30 giorni',
  thisMonth: 'Questo mese',
  lastMonth: 'Mese scorso',
} as const;

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  sportello: 'Sportello',
  totem: 'Totem',
  web: 'Web',
  telefono: 'Telefono',
};

/** The faces as a report names them (the terminal speaks to citizens in its own words, kiosk/ui/i18n). */
export const FACE_LABELS: Readonly<Record<FaceId, string>> = {
  ottimo: 'Ottimo',
  positivo: 'Positivo',
  sufficiente: 'Sufficiente',
  negativo: 'Negativo',
  pessimo: 'Pessimo',
};

/** The service charter's quality dimensions, under a reason's bar and in the reasons editor. */
export const DIMENSION_LABELS: Readonly<Record<QualityDimension, string>> = {
  accessibility: 'Accessibilità',
  timeliness: 'Tempestività',
  transparency: 'Trasparenza',
  effectiveness: 'Efficacia',
};

/** The collector may know channels newer than this page: show them by their id rather than hide them. */
export function channelLabel(channel: string): string {
  return (CHANNEL_LABELS as Record<string, string>)[channel] ?? channel;
}
