// An audit entry's details as a manager reads them: field names in words, names instead of ids, dates and hours in words. Pure.
import type { AuditEntry, OpeningHours } from '../../../server/contract/admin';
import type { AlertParams } from '../../../server/contract/alerts';
import type { Grant } from '../../../server/contract/auth';
import type { TerminalMode } from '../../../server/contract/terminal-config';
import { A, MODE_LABEL, ROLE_LABEL } from './admin-labels';
import { AUDIT as W } from './audit-labels';
import { formatWhen } from './format-when';
import { hoursSummary } from './offices-page';
import { TRANSLATION_LABELS } from './translation-labels';
import { KIND_LABELS } from '../alerts/alert-labels';
import { paramsText } from '../alerts/rule-text';
import { SOURCE_LABELS } from '../delivery/delivery-labels';
import { FREQUENCY_LABELS } from '../subscriptions/subscription-labels';
import { LANGUAGE_CHOICES, LOCALE } from '../i18n/locale';

/** Names of the items an entry may mention; undefined when the page could not find one. */
export interface NameBook {
  administration(id: string): string | undefined;
  office(id: string): string | undefined;
  service(id: string): string | undefined;
  terminal(id: string): string | undefined;
  user(id: string): string | undefined;
}

export interface DetailLine {
  label: string;
  value: string;
}

const DAY = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayText = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? DAY.format(new Date(`${day}T00:00:00Z`)) : day);
const list = (items: readonly string[]) => (items.length ? items.join(', ') : A.none);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** A name when known, else the id: an item outside the reader's scope still says which one it was. */
const named = (name: string | undefined, id: string) => name ?? id;

/** "Responsabile d’ufficio · Comune di Aldeno · Sede centrale". */
export function grantText(g: Grant, names: NameBook): string {
  const where = g.administrationId ? named(names.administration(g.administrationId), g.administrationId) : '';
  const office = g.officeId ? named(names.office(g.officeId), g.officeId) : '';
  return [ROLE_LABEL[g.role] ?? g.role, where, office].filter(Boolean).join(' · ');
}

type Describe = (value: unknown, names: NameBook) => string;

/** An office or a service by name; none (a rule over every office, any service) as a dash. */
const officeText: Describe = (v, n) => (v === null ? A.none : named(n.office(String(v)), String(v)));
const serviceText: Describe = (v, n) => (v === null ? A.none : named(n.service(String(v)), String(v)));
/** "Troppi giudizi negativi: negativi > 30% negli ultimi 20 giudizi; si chiude sotto 15%". */
const thresholdsText: Describe = (v) => `${KIND_LABELS[(v as AlertParams).kind]}: ${paramsText(v as AlertParams)}`;
/** A language by its own name ("English"), as the rules and subscriptions lists show it. */
const languageText: Describe = (v) => LANGUAGE_CHOICES.find((l) => l.id === v)?.name ?? String(v);
const frequencyText: Describe = (v) => (FREQUENCY_LABELS as Readonly<Record<string, string>>)[String(v)] ?? String(v);
const yesNo: Describe = (v) => (v ? W.yes : W.no);

function translationsText(value: unknown): string {
  const entries = Object.entries(value as Record<string, string>).map(([l, text]) => `${(TRANSLATION_LABELS.languages as Record<string, string>)[l] ?? l}: ${text}`);
  return entries.length ? entries.join('; ') : A.none;
}

/** Each field the collector writes into an entry's details, with its name on screen and how to show its value. */
const FIELDS: Readonly<Record<string, { label: string; show: Describe }>> = {
  name: { label: A.name, show: String },
  previousName: { label: W.previousName, show: String },
  email: { label: A.email, show: String },
  address: { label: A.address, show: (v) => (v ? String(v) : A.none) },
  timeZone: { label: A.timeZone, show: String },
  openingHours: { label: A.openingHours, show: (v) => hoursSummary(v as OpeningHours) },
  holidays: { label: A.holidays, show: (v) => list(ids(v).map(dayText)) },
  standard: { label: A.standard, show: (v) => (v && typeof v === 'object' ? A.standardShort((v as { minPositivePct: number }).minPositivePct) : A.noStandard) },
  officeId: { label: A.office, show: officeText },
  mode: { label: A.mode, show: (v) => MODE_LABEL[v as TerminalMode] ?? String(v) },
  serviceIds: { label: W.services, show: (v, n) => list(ids(v).map((id) => named(n.service(id), id))) },
  scale: { label: A.scale, show: (v) => A.scaleOption(Number(v)) },
  terminals: { label: W.terminals, show: (v, n) => list(ids(v).map((id) => named(n.terminal(id), id))) },
  offices: { label: W.offices, show: (v, n) => list(ids(v).map((id) => named(n.office(id), id))) },
  grants: { label: A.roles, show: (v, n) => list((v as Grant[]).map((g) => grantText(g, n))) },
  previousGrants: { label: W.previousRoles, show: (v, n) => list((v as Grant[]).map((g) => grantText(g, n))) },
  disabled: { label: A.status, show: (v) => (v ? A.disabled : W.reactivated) },
  reset: { label: W.password, show: () => W.passwordReset },
  via: { label: W.via, show: (v) => W.viaValues[String(v)] ?? String(v) },
  expiresAt: { label: W.codeValidUntil, show: (v) => formatWhen(String(v)) },
  wasEnrolled: { label: W.wasPaired, show: (v) => (v ? W.yes : W.no) },
  userAgent: { label: W.device, show: (v) => String(v) || A.none },
  reasons: { label: W.reasons, show: (v) => list((v as { label: string }[]).map((r) => r.label)) },
  archived: { label: W.archivedReasons, show: (v) => String(ids(v).length) },
  standardFrom: { label: A.standardFrom, show: (v) => dayText(String(v)) },
  // A name's translations for the terminal (issue 9): "Inglese: Local taxes; Tedesco: Steuern".
  translations: { label: W.translations, show: translationsText },
  // People served: where the figures came from, how many, over which days.
  // People served's source (dashboard, CSV, API key), or a delivery's (a subscription, an alert, a webhook test).
  source: { label: W.source, show: (v) => W.sourceValues[String(v)] ?? (SOURCE_LABELS as Readonly<Record<string, string>>)[String(v)] ?? String(v) },
  by: { label: W.sentBy, show: (v) => (v ? String(v).replace(/^api-key:(.*)$/, (_, name: string) => W.apiKey(name)) : A.none) },
  entries: { label: W.figuresSent, show: String },
  from: { label: W.from, show: (v) => dayText(String(v)) },
  to: { label: W.to, show: (v) => dayText(String(v)) },
  stored: { label: W.stored, show: String },
  removed: { label: W.removed, show: String },
  // The public page (issue 8).
  enabled: { label: W.publicPage, show: (v) => (v ? W.published : W.notPublished) },
  wasEnabled: { label: W.before, show: (v) => (v ? W.published : W.notPublished) },
  licence: { label: W.licence, show: String },
  note: { label: W.note, show: (v) => (v ? String(v) : A.none) },
  // Alert rules (created, changed): each changed setting beside its value before.
  previousOfficeId: { label: W.previousOffice, show: officeText },
  serviceId: { label: A.service, show: serviceText },
  previousServiceId: { label: W.previousService, show: serviceText },
  params: { label: W.thresholds, show: thresholdsText },
  previousParams: { label: W.previousThresholds, show: thresholdsText },
  notifyEmail: { label: W.notifyEmail, show: yesNo },
  previousNotifyEmail: { label: W.previousNotifyEmail, show: yesNo },
  webhook: { label: W.webhook, show: (v) => (v ? String(v) : A.none) },
  previousWebhook: { label: W.previousWebhook, show: (v) => (v ? String(v) : A.none) },
  // A webhook deleted: where it called, and the rules that let go of it.
  url: { label: W.webhookAddress, show: String },
  rulesReleased: { label: W.rulesReleased, show: (v) => list(ids(v)) },
  closedAlert: { label: W.closedAlert, show: () => W.yes },
  // Alert rules and scheduled e-mails: the e-mails' language; who receives a report, and how often.
  language: { label: W.emailLanguage, show: languageText },
  previousLanguage: { label: W.previousEmailLanguage, show: languageText },
  userId: { label: W.person, show: (v, n) => named(n.user(String(v)), String(v)) },
  frequency: { label: W.frequency, show: frequencyText },
  previousFrequency: { label: W.previousFrequency, show: frequencyText },
  // An alert taken in hand: its rule (by id: rules have no name book) and the comment left.
  ruleId: { label: W.rule, show: String },
  comment: { label: W.comment, show: String },
  // A delivery given up or retried: what it was, to whom, and why it failed.
  kind: { label: W.deliveryKind, show: (v) => W.kindValues[String(v)] ?? String(v) },
  recipient: { label: W.recipient, show: String },
  subject: { label: W.subject, show: (v) => (v ? String(v) : A.none) },
  attempts: { label: W.attempts, show: String },
  error: { label: W.error, show: String },
  // A subscription cancelled: its reports that were still waiting to go out, dropped with it.
  unsent: { label: W.unsent, show: String },
};

/**
 * One line per field. A field newer than this page keeps the collector's name and its value as
 * text: shown plainly rather than hidden, so the log never loses what happened.
 */
export function describeDetails(details: AuditEntry['details'], names: NameBook): DetailLine[] {
  // An acknowledged alert names its rule: its id beside the name would only be noise (older entries have the id alone).
  const shown = Object.entries(details).filter(([key]) => !(key === 'ruleId' && typeof details.name === 'string'));
  return shown.map(([key, value]) => {
    const field = FIELDS[key];
    if (field) {
      try {
        return { label: field.label, value: field.show(value, names) };
      } catch {
        // A value of an older shape: fall through to the plain text.
      }
    }
    return { label: field?.label ?? key, value: typeof value === 'string' ? value : JSON.stringify(value) };
  });
}

/** The item an entry is about, by name: the one written in the entry itself when the page found no other. */
export function targetName(entry: AuditEntry, names: NameBook): string {
  const id = entry.targetId;
  const known =
    entry.targetType === 'administration' ? names.administration(id)
    : entry.targetType === 'office' ? names.office(id)
    : entry.targetType === 'service' ? names.service(id)
    : entry.targetType === 'terminal' ? names.terminal(id)
    : entry.targetType === 'user' ? names.user(id)
    : undefined;
  // Otherwise the name the entry carries (an alert's rule, a webhook), or a delivery's subject or recipient: never a bare id when the entry says more.
  const said = [entry.details.name, entry.details.subject, entry.details.recipient].find((v): v is string => typeof v === 'string' && v !== '');
  return known ?? said ?? id;
}
