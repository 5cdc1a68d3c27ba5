// The web rating's fixed answers as the dashboard shows them beside a comment: the collector sends the answer's id, the words are the page's language.
import { WEB_NEGATIVE_ANSWERS, WEB_POSITIVE_ANSWERS, type WebAnswerId } from '../../../server/contract/channel-points';

/** In Italian, the Designers Italia model's own words, which the citizen chose from on the comune's site. */
export const WEB_ANSWER_LABELS: Readonly<Record<WebAnswerId, string>> = Object.fromEntries([...WEB_NEGATIVE_ANSWERS, ...WEB_POSITIVE_ANSWERS].map((a) => [a.id, a.text])) as Record<WebAnswerId, string>;

/** An answer's words; an id this dashboard does not know (a newer collector) shows the collector's words. */
export function webAnswerLabel(id: string, collectorWords: string | null): string | null {
  return (WEB_ANSWER_LABELS as Readonly<Record<string, string>>)[id] ?? collectorWords;
}
