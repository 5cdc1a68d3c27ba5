// What the demo comune's history looks like: opening hours and holidays, each service's public and
// mood, the weekly, daily and seasonal rhythm, the charter, the outages. Data and pure functions only.
import type { OpeningHours } from '../contract/admin';
import { addDays } from '../reports/period-plan';
import { DEMO } from '../store/seed-demo';

/**
 * Whole months before the month of the history's last day (yesterday) where it starts: thirteen, so
 * that every period the dashboard offers in one click, last month included, has its year earlier to
 * compare with (the first screen's «Rispetto a un anno prima»).
 */
export const HISTORY_MONTHS_BEFORE = 13;
export const HISTORY_TIME_ZONE = 'Europe/Rome';
/** The first day of "Mettiamoci la faccia": any fixed number would do. */
export const HISTORY_SEED = 20090301;

const [MUNICIPIO, SAN_ROCCO] = DEMO.offices.map((o) => o.id) as [string, string];
export const OFFICE = { municipio: MUNICIPIO, sanRocco: SAN_ROCCO } as const;
export const SERVICE = { anagrafe: 'valdoria-anagrafe', tributi: 'valdoria-tributi', suap: 'valdoria-suap', sociali: 'valdoria-sociali', urp: 'valdoria-urp' } as const;
/** The reason that grows over the last months. */
export const GROWING_REASON = 'valdoria-attesa';

const morning = { from: '08:30', to: '12:30' };
export const OPENING_HOURS: Record<string, OpeningHours> = {
  // Mornings every weekday, two afternoons a week: the usual hours of a comune's counters.
  [MUNICIPIO]: { mon: [morning], tue: [morning, { from: '15:00', to: '17:30' }], wed: [morning], thu: [morning, { from: '15:00', to: '17:30' }], fri: [morning], sat: [], sun: [] },
  // A branch office open two mornings and one afternoon: few people, few votes.
  [SAN_ROCCO]: { mon: [], tue: [{ from: '09:00', to: '12:00' }], wed: [], thu: [{ from: '09:00', to: '12:00' }, { from: '15:00', to: '17:00' }], fri: [], sat: [], sun: [] },
};
/** The patron saints' days, on top of the national holidays: Valdoria's San Michele, and San Rocco's own. */
const PATRON_DAYS: Record<string, string> = { [MUNICIPIO]: '09-29', [SAN_ROCCO]: '08-16' };
const NATIONAL_HOLIDAYS = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26'];

/** Easter Monday of a year (anonymous Gregorian algorithm). */
function easterMonday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return addDays(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 1);
}

/** An office's holidays from `from` to `to`: the national ones, Easter Monday and its patron saint. */
export function holidaysOf(officeId: string, from: string, to: string): string[] {
  const out: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const md of [...NATIONAL_HOLIDAYS, PATRON_DAYS[officeId]!]) out.push(`${year}-${md}`);
    out.push(easterMonday(year));
  }
  return [...new Set(out)].filter((d) => d >= from && d <= to).sort();
}

/** Who comes to a service on an ordinary weekday morning, and how they feel about it. */
export interface ServiceProfile {
  /** People served on an average open day. */
  served: number;
  /** Share of them who tap a face. */
  voteRate: number;
  /** Positive, neutral, negative: the service's usual mood. */
  mood: readonly [number, number, number];
  /** Busier (>1) or quieter (<1) months, 1-12. */
  season: Readonly<Record<number, number>>;
  /** How much the negative share grows as the waits get longer over the last months. */
  strain: number;
}

const SUMMER = { 7: 0.85, 8: 0.4, 12: 0.85 };
/** How busy a service's month is (1 when its profile says nothing of it). */
export const seasonOf = (profile: ServiceProfile | undefined, day: string) => profile?.season[Number(day.slice(5, 7))] ?? 1;
export const PROFILES: Record<string, Record<string, ServiceProfile>> = {
  [MUNICIPIO]: {
    // Identity cards before the summer holidays fill May and June.
    [SERVICE.anagrafe]: { served: 62, voteRate: 0.2, mood: [0.83, 0.11, 0.06], season: { ...SUMMER, 5: 1.25, 6: 1.3 }, strain: 0.03 },
    // TARI and IMU fall due in January and June: queues, and a service that misses its standard.
    [SERVICE.tributi]: { served: 24, voteRate: 0.24, mood: [0.6, 0.2, 0.2], season: { ...SUMMER, 1: 1.9, 6: 2.1 }, strain: 0.12 },
    [SERVICE.suap]: { served: 9, voteRate: 0.25, mood: [0.68, 0.2, 0.12], season: SUMMER, strain: 0.04 },
    [SERVICE.sociali]: { served: 13, voteRate: 0.2, mood: [0.92, 0.06, 0.02], season: { 8: 0.6 }, strain: 0 },
    [SERVICE.urp]: { served: 20, voteRate: 0.18, mood: [0.82, 0.12, 0.06], season: SUMMER, strain: 0.02 },
  },
  [SAN_ROCCO]: {
    [SERVICE.anagrafe]: { served: 9, voteRate: 0.26, mood: [0.88, 0.08, 0.04], season: { ...SUMMER, 5: 1.45, 6: 1.5 }, strain: 0 },
  },
};

/** Monday busiest, Friday quietest. Index 0 = Monday. */
export const WEEKDAY_FACTOR = [1.2, 1.0, 0.9, 1.0, 0.8, 0, 0];
/** The office whose waits grow over the last months (see strainOn). */
export const STRAINED_OFFICE = MUNICIPIO;

/** Share of a day's people who come in the afternoon, on days with an afternoon opening. */
export const AFTERNOON_SHARE = 0.3;
/** Arrivals per hour: the mid-morning peak, the lunch dip before closing, a quieter afternoon. */
export const HOUR_WEIGHT: Readonly<Record<number, number>> = { 8: 0.6, 9: 1.0, 10: 1.3, 11: 1.15, 12: 0.5, 15: 0.8, 16: 0.75, 17: 0.35 };
/** A few taps on the totem in the hall before opening or after closing. */
export const OUTSIDE_HOURS_CHANCE = 0.004;

/** What happens after a negative face: a reason chosen, the question skipped, or the citizen gone. */
export const FOLLOW_UP_WEIGHTS = { chosen: 0.6, skipped: 0.27, timeout: 0.13 } as const;
/** Weights of the reasons (by code) when one is chosen; the wait's grows with the strain. */
export function reasonWeights(strain: number): Record<string, number> {
  return { attesa: 0.2 + 1.2 * strain, servizio: 0.3, ritorno: 0.25, altro: 0.12 };
}

/** 0 before the last 120 days, then rising to 1 on the last day: staff shortage, longer waits. */
export function strainOn(day: string, lastDay: string): number {
  const start = addDays(lastDay, -120);
  if (day <= start) return 0;
  return Math.min(1, (Date.parse(day) - Date.parse(start)) / (Date.parse(lastDay) - Date.parse(start)));
}

/** The charter: standards in force from the first day, and one raised six months in. */
export const STANDARDS = [
  { serviceId: SERVICE.anagrafe, minPositivePct: 75 },
  { serviceId: SERVICE.tributi, minPositivePct: 80 },
  { serviceId: SERVICE.sociali, minPositivePct: 85 },
  { serviceId: SERVICE.urp, minPositivePct: 80 },
] as const;
export const RAISED_STANDARD = { serviceId: SERVICE.anagrafe, minPositivePct: 80, afterMonths: 6 } as const;

/** People served recorded for participation: by the queue-ticket system, or typed on the dashboard. */
export const SERVED_FIGURES = [
  { officeId: MUNICIPIO, serviceId: SERVICE.anagrafe, lastDays: 180, source: 'api', by: 'api-key:Eliminacode atrio' },
  { officeId: MUNICIPIO, serviceId: SERVICE.tributi, lastDays: 90, source: 'dashboard', by: 'responsabile@valdoria.example.org' },
  { officeId: SAN_ROCCO, serviceId: SERVICE.anagrafe, lastDays: 60, source: 'dashboard', by: 'responsabile@valdoria.example.org' },
] as const;

/** Months into the history when the totem lost its network for its month's last two open days. */
export const TOTEM_OUTAGE_MONTH = 6;
/** Days before the end when San Rocco's counter was unplugged for two weeks. */
export const COUNTER_OUTAGE = { endsDaysBeforeLast: 75, days: 14 } as const;
/** Days before the end when the totem booted with a flat clock battery (2000-01-01) for a few votes. */
export const FLAT_CLOCK = { daysBeforeLast: 40, votes: 3 } as const;

/**
 * Calls to the Municipio rated at their end (issue 9's phone channel): the operator asks during opening
 * hours, and the manager types in at the end of the day how many calls some services answered.
 */
export const PHONE_RATINGS = {
  officeId: MUNICIPIO,
  pointId: 'phone-valdoria-municipio',
  /** Calls answered on an average open day, per service. */
  calls: { [SERVICE.tributi]: 8, [SERVICE.urp]: 6, [SERVICE.anagrafe]: 5 } as Readonly<Record<string, number>>,
  /** The services whose calls answered are counted (the same whose counters have figures). */
  servedServices: [SERVICE.anagrafe, SERVICE.tributi] as readonly string[],
  /** Share of callers who give a rating when asked. */
  ratedShare: 0.35,
  /** Positive, neutral, negative: callers are a little harder to please than the counter's public. */
  mood: [0.72, 0.17, 0.11],
  /** Calls answered are typed in over the last days only (the phone's participation). */
  servedLastDays: 90,
  servedBy: 'responsabile@valdoria.example.org',
} as const;

/**
 * The comune's website (issue 9's web channel): the rating widget on the Anagrafe page, read every day
 * of the week, less at weekends, and busiest when identity cards are (the service's own seasons).
 */
export const WEB_RATINGS = {
  officeId: MUNICIPIO,
  serviceId: SERVICE.anagrafe,
  /** Fixed for the demo, so that the same day gives the same history (real points get random ids). */
  pointId: 'web-valdoria-anagrafe',
  /** Ratings on an average weekday, and the weekend's share of that. */
  perDay: 1.6,
  weekendFactor: 0.5,
  /** Shares of 1, 2, 3, 4 and 5 stars. */
  stars: [0.09, 0.08, 0.13, 0.32, 0.38],
  /** Who answers the model's follow-up question; who also writes a comment (a share of all raters). */
  answerRate: 0.55,
  commentRate: 0.12,
  /** Comments only over the last days: older ones would have gone with the retention (180 days by default). */
  commentDays: 120,
} as const;
/** When people read the comune's pages, by hour: evenings too, unlike the counters. */
export const WEB_HOUR_WEIGHT: Readonly<Record<number, number>> = { 7: 0.3, 8: 0.7, 9: 1, 10: 1, 11: 1, 12: 0.8, 13: 0.7, 14: 0.8, 15: 0.9, 16: 0.9, 17: 0.8, 18: 0.8, 19: 0.7, 20: 0.7, 21: 0.6, 22: 0.4, 23: 0.2 };
/** The follow-up answers chosen (ids of the model's lists), after 1-3 stars and after 4-5. */
export const WEB_ANSWER_WEIGHTS = {
  negative: { 'non-chiare': 0.3, 'non-complete': 0.32, 'non-capivo': 0.14, 'problemi-tecnici': 0.16, 'altro-negativo': 0.08 },
  positive: { chiare: 0.34, complete: 0.26, capivo: 0.18, 'nessun-problema': 0.16, 'altro-positivo': 0.06 },
} as const;
/** What citizens write under a rating, without e-mail addresses or phone numbers (the widget would remove them). */
export const WEB_COMMENTS = {
  negative: [
    'Non si capisce quali documenti portare per la carta d’identità elettronica.',
    'Dal telefono il pulsante per prenotare l’appuntamento non si vede.',
    'Manca il costo del certificato: ho dovuto chiamare.',
    'La pagina dice di prenotare ma i posti sono finiti fino al mese prossimo.',
    'Non è indicato se serve la foto per il rinnovo.',
  ],
  positive: [
    'Tutto chiaro, ho prenotato in due minuti.',
    'Finalmente l’elenco dei documenti è completo.',
    'Utile sapere prima gli orari del martedì pomeriggio.',
    'Ho trovato subito il modulo per il cambio di residenza.',
  ],
} as const;
