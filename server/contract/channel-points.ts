// Channels beyond the terminals (issue 9): the web rating widget, QR codes for a phone's browser, the operator's phone page.
// Plain values (no TypeBox), so the dashboard, the mobile page and the widget may use them; schemas are in channel-schemas.ts.
import type { FaceId } from './scale';

/**
 * Where a vote comes from when no terminal collects it. Each point is stored as a terminal row that
 * is never paired (votes need one: the reports, the misuse checks and retention all key on it), and
 * a channel_points row that says what it really is; the terminal lists leave such rows out.
 * web: the rating widget on a page of the comune's website (5 stars, channel web).
 * qr: codes handed out at a counter, each good for one vote from a phone (3 faces, channel sportello).
 * phone: the operator records the rating asked at the end of a call (3 faces, channel telefono).
 */
export const CHANNEL_POINT_KINDS = ['web', 'qr', 'phone'] as const;
export type ChannelPointKind = (typeof CHANNEL_POINT_KINDS)[number];

export const CHANNEL_OF_POINT: Readonly<Record<ChannelPointKind, 'web' | 'sportello' | 'telefono'>> = { web: 'web', qr: 'sportello', phone: 'telefono' };
export const SCALE_OF_POINT: Readonly<Record<ChannelPointKind, 3 | 5>> = { web: 5, qr: 3, phone: 3 };

/** Stars as they enter the reports: a five-face vote (docs/metrics.md, "The vote and its scale"). */
export const STAR_FACE: Readonly<Record<1 | 2 | 3 | 4 | 5, FaceId>> = { 5: 'ottimo', 4: 'positivo', 3: 'sufficiente', 2: 'negativo', 1: 'pessimo' };

/**
 * The Designers Italia model for comuni websites, component «cmp-rating», as AgID's validator
 * (italia/pa-website-validator, audit C.SI.2.6) checks it: the exact question after 1-3 and after
 * 4-5 stars, and answers only from these lists. Ids are what the collector stores.
 */
export const WEB_TITLE = 'Quanto sono chiare le informazioni su questa pagina?';
export const WEB_NEGATIVE_QUESTION = 'Dove hai incontrato le maggiori difficoltà?';
export const WEB_POSITIVE_QUESTION = 'Quali sono stati gli aspetti che hai preferito?';
export const WEB_NEGATIVE_ANSWERS = [
  { id: 'non-chiare', text: 'A volte le indicazioni non erano chiare' },
  { id: 'non-complete', text: 'A volte le indicazioni non erano complete' },
  { id: 'non-capivo', text: 'A volte non capivo se stavo procedendo correttamente' },
  { id: 'problemi-tecnici', text: 'Ho avuto problemi tecnici' },
  { id: 'altro-negativo', text: 'Altro' },
] as const;
export const WEB_POSITIVE_ANSWERS = [
  { id: 'chiare', text: 'Le indicazioni erano chiare' },
  { id: 'complete', text: 'Le indicazioni erano complete' },
  { id: 'capivo', text: 'Capivo sempre che stavo procedendo correttamente' },
  { id: 'nessun-problema', text: 'Non ho avuto problemi tecnici' },
  { id: 'altro-positivo', text: 'Altro' },
] as const;
export type WebAnswerId = (typeof WEB_NEGATIVE_ANSWERS)[number]['id'] | (typeof WEB_POSITIVE_ANSWERS)[number]['id'];
export const WEB_ANSWER_IDS = [...WEB_NEGATIVE_ANSWERS, ...WEB_POSITIVE_ANSWERS].map((a) => a.id) as WebAnswerId[];
/** Stars up to this one ask about difficulties; above it, about what was liked (the validator's threshold). */
export const WEB_NEGATIVE_UP_TO = 3;
export const MAX_WEB_COMMENT = 200;

export function answerText(id: string): string {
  return [...WEB_NEGATIVE_ANSWERS, ...WEB_POSITIVE_ANSWERS].find((a) => a.id === id)?.text ?? id;
}

/** How long comments are kept unless an administration chooses otherwise, and the limits it may choose. */
export const DEFAULT_COMMENT_DAYS = 180;
export const MIN_COMMENT_DAYS = 7;
export const MAX_COMMENT_DAYS = 730;
/** Comments answered a page at a time, newest first: a busy office holds thousands within its days. */
export const WEB_COMMENTS_PAGE = 100;

/** Single-use codes printed at once for a QR point, and how long they stay good. */
export const MAX_CODES_PER_SHEET = 48;
export const CODE_VALID_DAYS = 90;

/** Public addresses (no sign-in): the widget's script and its votes, the mobile page and its votes. */
export const CHANNEL_BASE = '/canali';
export const channelPaths = {
  widgetScript: `${CHANNEL_BASE}/widget.js`,
  widgetStylesheet: `${CHANNEL_BASE}/widget.css`,
  webVotes: (pointId: string) => `${CHANNEL_BASE}/web/${encodeURIComponent(pointId)}/voti`,
  /** The page a QR code opens; the code travels in the fragment, never in a log line or a Referer. */
  mobilePage: `${CHANNEL_BASE}/voto`,
  mobileVotes: `${CHANNEL_BASE}/voto`,
};

/** The widget on a comune's page: where it goes, its stylesheet (left out where the site's theme already styles it), its script. */
export function widgetSnippet(collector: string, pointId: string): string {
  return [
    `<link rel="stylesheet" href="${collector}${channelPaths.widgetStylesheet}">`,
    `<div data-gradimento-punto="${pointId}"></div>`,
    `<script src="${collector}${channelPaths.widgetScript}" defer></script>`,
  ].join('\n');
}
