// Table types of the collector's database, as Kysely sees them (the migrations create them).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** ISO 8601 text in UTC ("2026-11-23T09:15:00.000Z"): sortable, and the same in SQLite and PostgreSQL. */
type Timestamp = string;

export interface AdministrationTable {
  id: string;
  name: string;
  archived_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
  created_at: Timestamp;
}

export interface OfficeTable {
  id: string;
  administration_id: string;
  name: string;
  /** IANA zone: report days and hours are the office's own. */
  time_zone: string;
  address: ColumnType<string, string | undefined, string>;
  /** JSON of OpeningHours (contract/admin.ts). */
  opening_hours: ColumnType<string, string | undefined, string>;
  /** JSON list of YYYY-MM-DD. */
  holidays: ColumnType<string, string | undefined, string>;
  archived_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ServiceTable {
  id: string;
  administration_id: string;
  name: string;
  archived_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ReasonTable {
  id: string;
  administration_id: string;
  code: string;
  label: string;
  dimension: string | null;
  position: number;
  archived_at: Timestamp | null;
}

export interface TerminalTable {
  id: string;
  office_id: string;
  name: string;
  mode: 'counter' | 'totem';
  channel: string;
  scale: number;
  /** The scale before the last change, and when it changed: votes cast before keep theirs. */
  previous_scale: Nullable<number>;
  scale_changed_at: Nullable;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  /** sha256 of the live device token; null when not enrolled or revoked. */
  token_hash: Nullable;
  enrolled_at: Nullable;
  /** The first pairing: votes dated before it are re-dated to their arrival (time-bucket.ts). */
  first_enrolled_at: Nullable;
  /** Misuse thresholds (server/ingest/flag-taps.ts). */
  min_interval_seconds: ColumnType<number, number | undefined, number>;
  burst_per_minute: ColumnType<number, number | undefined, number>;
  /** 1: a short tone confirms each vote on the terminal (migration 016). */
  sound: ColumnType<number, number | undefined, number>;
  /** PBKDF2 hash of the PIN that opens the terminal's diagnostics (server/terminals/staff-pin.ts); null: none set. */
  staff_pin_hash: ColumnType<string | null, string | null | undefined, string | null>;
  revoked_at: Nullable;
  /** sha256 of the live pairing code, and when it stops working. */
  pairing_hash: Nullable;
  pairing_expires_at: Nullable;
  last_seen_at: Nullable;
}

/** A nullable column that inserts may leave out. */
type Nullable<T = string> = ColumnType<T | null, T | null | undefined, T | null>;

export interface UserTable {
  id: string;
  /** Lower-cased: one person, one address, whatever the capitals typed. */
  email: string;
  name: string;
  /** scrypt$N$r$p$salt$hash (server/auth/passwords.ts). */
  password_hash: string;
  disabled_at: Nullable;
  last_sign_in_at: Nullable;
  created_at: Timestamp;
}

export interface GrantTable {
  user_id: string;
  role: string;
  administration_id: string | null;
  office_id: string | null;
}

export interface SessionTable {
  /** sha256 of the cookie's value: a copy of the database does not hand out sessions. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  user_agent: ColumnType<string, string | undefined, string>;
}

export interface AuditLogTable {
  id: string;
  at: Timestamp;
  actor_id: string | null;
  actor_email: string | null;
  administration_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  /** JSON object of what changed. */
  details: string;
}

export interface TerminalServiceTable {
  terminal_id: string;
  service_id: string;
  position: number;
  /** When the service was put on the terminal (migration 035); null: before that schema, or a link made elsewhere. */
  added_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A service that was on a terminal, from added_at (null: from the start) until removed_at (migration 035): votes cast then still name it. */
export interface TerminalFormerServiceTable {
  terminal_id: string;
  service_id: string;
  added_at: Nullable;
  removed_at: Timestamp;
}

/** A change of a terminal's mode, with the mode and channel it had until then (migration 035): votes cast before count in that channel. */
export interface TerminalModeChangeTable {
  terminal_id: string;
  changed_at: Timestamp;
  mode_before: 'counter' | 'totem';
  channel_before: string;
}

export interface VoteTable {
  id: string;
  administration_id: string;
  office_id: string;
  terminal_id: string;
  service_id: string;
  channel: string;
  face: string;
  /** How many faces the terminal showed (3, 4 or 5): a face's value depends on it. */
  scale: number;
  follow_up: string;
  /** The terminal's clock, as sent. */
  cast_at: Timestamp;
  /** The collector's clock when the vote arrived. */
  received_at: Timestamp;
  /** The time the reports use: cast_at, unless the terminal's clock was clearly wrong. */
  counted_at: Timestamp;
  /**
   * Which clock counted_at came from: 'terminal' (its own), 'collector' (re-dated: the terminal's clock
   * was wrong), 'arrival' (the web, QR and phone channels, cast on the collector's pages: dated at
   * arrival by design, never re-dated).
   */
  time_source: string;
  /** counted_at as a local date and hour of the office: the aggregates' bucket. */
  day: string;
  hour: number;
  /** What the vote says, hashed (server/ingest/vote-digest.ts): a resend must say the same. */
  digest: string;
  /** Misuse: 'interval' (too soon after the previous tap) or 'burst'; flagged votes stay out of the figures. */
  flag: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A vote removed by retention: its id stays known, so a late resend is recognised, not counted again. */
export interface VoteTombstoneTable {
  id: string;
  terminal_id: string;
  digest: string;
  counted_at: Timestamp;
  retired_at: Timestamp;
}

export interface VoteReasonTable {
  vote_id: string;
  reason_id: string;
}

/** Rollup keys shared by the tables below; every rollup ends in a count. */
interface VoteKey {
  office_id: string;
  service_id: string;
  channel: string;
}
interface FaceKey {
  scale: number;
  face: string;
  count: number;
}

/** Votes per face and office-local hour: the finest rollup, at the votes' own grain (no report reads it since migration 024; ingest's tests count by it). */
export interface FaceCountTable extends VoteKey, FaceKey {
  day: string;
  hour: number;
}
/**
 * Totals only (migration 022, server/aggregates/tally-columns.ts): per key the votes, each face's
 * votes (scales together) and the face values in twelfths with their squares, one row instead of
 * one per scale and face.
 */
interface TallyColumns {
  votes: number;
  ottimo: number;
  positivo: number;
  sufficiente: number;
  negativo: number;
  pessimo: number;
  points: number;
  points_squared: number;
}
/** Per office and day, every service and channel together: an office's daily series, an administration's edge days. */
export interface TallyOfficeDayTable extends TallyColumns {
  office_id: string;
  day: string;
}
/** Per month (YYYY-MM), service and channel, totals only (migration 023): the whole months inside a period, the public page. */
export interface TallyMonthTable extends VoteKey, TallyColumns {
  month: string;
}
/** Per day, service and channel, totals only (migration 024): trends by day and week, the days at a period's edges, the CSV/XLSX days table. */
export interface TallyDayTable extends VoteKey, TallyColumns {
  day: string;
}
/** Per office, day and hour, every service and channel together (migration 024): the heatmap's edge days and the office's holidays. */
export interface TallyOfficeHourTable extends TallyColumns {
  office_id: string;
  day: string;
  hour: number;
}
/** Per month, weekday (0 = Monday) and hour, totals only: the heatmap and the hours of long periods. */
export interface TallyOfficeWeekhourTable extends TallyColumns {
  office_id: string;
  month: string;
  weekday: number;
  hour: number;
}
/** Per administration and month: the installation's reports without summing every office. */
export interface FaceCountAdminMonthTable extends FaceKey {
  administration_id: string;
  month: string;
  channel: string;
}

export interface ReasonCountTable extends VoteKey {
  day: string;
  reason_id: string;
  count: number;
}
export interface ReasonCountMonthTable extends VoteKey {
  month: string;
  reason_id: string;
  count: number;
}

export interface FollowUpCountTable extends VoteKey {
  day: string;
  follow_up: string;
  count: number;
}
export interface FollowUpCountMonthTable extends VoteKey {
  month: string;
  follow_up: string;
  count: number;
}

/**
 * Votes that arrived on a later local day than they count for, or were re-dated by the
 * collector: only those, so the table stays small and "late for this period" is one sum.
 */
export interface ArrivalCountTable {
  office_id: string;
  day: string;
  received_day: string;
  time_source: string;
  count: number;
}

/** Votes per terminal and month: how many terminals and counters reported, for the bulletin. */
export interface TerminalCountMonthTable {
  terminal_id: string;
  month: string;
  count: number;
}

/** Votes and people served per office, service, contact channel and day. */
export interface ParticipationDayTable {
  office_id: string;
  service_id: string;
  /** Contact channel: sportello (counter and totem votes), telefono, web. */
  channel: string;
  day: string;
  votes: ColumnType<number, number | undefined, number>;
  served: Nullable<number>;
  /** dashboard, csv or api. */
  served_source: Nullable;
  served_at: Nullable;
  /** The person's e-mail, or "api-key:<name>". */
  served_by: Nullable;
}
/** Sums over the days of a month that have a people-served figure, and how many such days. */
export interface ParticipationMonthTable {
  office_id: string;
  service_id: string;
  channel: string;
  month: string;
  served: number;
  votes: number;
  days: number;
}

/** A charter standard in force from a local day on (null: none from that day). */
export interface ServiceStandardTable {
  service_id: string;
  valid_from: string;
  min_positive_pct: number | null;
  set_at: Timestamp;
  set_by: string | null;
}

export interface ApiKeyTable {
  id: string;
  administration_id: string;
  name: string;
  /** sha256 of the key: shown once, never stored in clear. */
  key_hash: string;
  created_at: Timestamp;
  created_by: Nullable;
  revoked_at: Nullable;
  last_used_at: Nullable;
}

/** Requests counted per rate-limited key, shared by every collector process. */
export interface RateLimitTable {
  key: string;
  count: number;
  reset_at: Timestamp;
}

/** Who runs a once-only job, until when. */
export interface LeaseTable {
  name: string;
  holder: string;
  expires_at: Timestamp;
}

/** A terminal's last heartbeat. */
export interface TerminalStatusTable {
  terminal_id: string;
  reported_at: Timestamp;
  app_version: string;
  pending: number;
  held: number;
  oldest_queued_at: Timestamp | null;
  last_delivery_at: Timestamp | null;
  /** bigint: PostgreSQL returns it as text; readers convert with Number(). */
  storage_usage: ColumnType<number | string | null, number | null, number | null>;
  storage_quota: ColumnType<number | string | null, number | null, number | null>;
  /** 1, 0 or null (unknown). */
  persisted: number | null;
}

/** Wrong passwords per e-mail typed and address: a lock holds only for that pair. */
export interface SignInThrottleTable {
  email: string;
  address: string;
  failures: number;
  locked_until: Timestamp | null;
  last_failure_at: Timestamp;
}

// Issue 8, what the collector sends out (migration 011): the outbox, webhooks, installation secrets.

/** A webhook an administration's alerts are posted to (HMAC-signed). */
export interface WebhookTable {
  id: string;
  administration_id: string;
  name: string;
  url: string;
  /** Kept in clear: signing needs it. Shown to people once, at creation. */
  secret: string;
  created_at: Timestamp;
  created_by: Nullable;
  deleted_at: Nullable;
}

/** An e-mail or webhook call, stored before it is sent and kept until delivered or given up on. */
export interface OutboxTable {
  id: string;
  /** 'email' or 'webhook'. */
  kind: string;
  /** Unique: the same message is never queued twice. */
  dedupe_key: string;
  administration_id: string;
  office_id: Nullable;
  webhook_id: Nullable;
  /** What queued it: 'subscription', 'alert', 'webhook-test'. */
  source: string;
  recipient: string;
  subject: string;
  /** JSON of the message (server/delivery/outbox.ts). */
  payload: string;
  /** 'pending', 'sent' or 'failed'. */
  status: string;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  claimed_by: Nullable;
  claimed_until: Nullable;
  last_error: Nullable;
  created_at: Timestamp;
  sent_at: Nullable;
  failed_at: Nullable;
}

/** Secrets of the installation, made once and shared by every collector process (the unsubscribe key). */
export interface InstallationSecretTable {
  name: string;
  value: string;
  created_at: Timestamp;
}

/** An administration's logo for its PDF reports: a PNG or JPEG, base64 (server/admin/administrations/logo.ts). */
export interface AdministrationLogoTable {
  administration_id: string;
  /** image/png or image/jpeg, sniffed from the bytes. */
  media_type: string;
  data: string;
  bytes: number;
  width: number;
  height: number;
  sha256: string;
  uploaded_at: Timestamp;
  uploaded_by: string | null;
}

/** Issue 8: an administration's public transparency page (migration 012). No row: not published. */
export interface PublicPageTable {
  administration_id: string;
  /** 1: published; 0: not. */
  enabled: number;
  /** A licence id of contract/public-page.ts, e.g. CC-BY-4.0. */
  licence: string;
  /** Shown on the page as typed (plain text); '' for none. */
  note: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

// Issue 8, scheduled e-mails (migration 014).

/** A person's daily, weekly or monthly e-mail of an office's (or an administration's) report. */
export interface SubscriptionTable {
  id: string;
  user_id: string;
  administration_id: string;
  /** null: the administration's report. */
  office_id: Nullable;
  /** 'daily', 'weekly' or 'monthly'. */
  frequency: string;
  created_at: Timestamp;
  /** Who subscribed the person (their own e-mail, or an admin's). */
  created_by: Nullable;
  cancelled_at: Nullable;
  /** An e-mail, or 'unsubscribe-link'. */
  cancelled_by: Nullable;
  /** The e-mail's and its PDF's language: 'it' or 'en' (contract/languages.ts), 'it' unless chosen. */
  language: ColumnType<string, string | undefined, string>;
  /** When the current frequency took effect (migration 027): reports are owed from then; null: since created_at. */
  frequency_since: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
}

/** One report sent to one subscription: unique per period (its first and last day), so it goes out once. */
export interface SubscriptionDeliveryTable {
  subscription_id: string;
  period_from: string;
  period_to: string;
  outbox_id: string;
  created_at: Timestamp;
}

/** A terminal's last taps, for telling a burst across batches (server/ingest/flag-taps.ts). */
export interface TerminalTapClockTable {
  terminal_id: string;
  last_tap_at: Timestamp;
  /** JSON list of the unflagged taps of the last minute (ISO times). */
  recent: string;
}

/** Flagged votes per office, day, service, channel, flag and face: what was left out, for managers to see. */
export interface FlaggedCountTable {
  office_id: string;
  day: string;
  service_id: string;
  channel: string;
  flag: string;
  face: string;
  count: number;
}

/** A web widget, QR point or phone point: a never-paired terminal row of the same id, and what it is (migration 017). */
export interface ChannelPointTable {
  id: string;
  administration_id: string;
  office_id: string;
  kind: string;
  service_id: string | null;
  created_at: Timestamp;
  archived_at: Nullable;
}

/** The web widget's follow-up answer and comment of one vote; the comment goes after the administration's days. */
export interface WebFeedbackTable {
  vote_id: string;
  administration_id: string;
  office_id: string;
  service_id: string;
  point_id: string;
  stars: number;
  answer: string | null;
  comment: Nullable;
  redacted: number;
  created_at: Timestamp;
}

/** A single-use QR code, by its hash. */
export interface VoteCodeTable {
  code_hash: string;
  point_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Nullable;
  vote_id: Nullable;
}

export interface ChannelSettingsTable {
  administration_id: string;
  comment_days: number;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** A service's name in one of the terminal's other languages (migration 018). */
export interface ServiceTranslationTable {
  service_id: string;
  /** A TranslationLanguage of server/contract/languages.ts. */
  language: string;
  label: string;
}

/** A reason's label in one of the terminal's other languages (migration 018). */
export interface ReasonTranslationTable {
  reason_id: string;
  language: string;
  label: string;
}

/** An alert rule (issue 8): a kind with its thresholds (params, JSON) on an office or a service. */
export interface AlertRuleTable {
  id: string;
  administration_id: string;
  office_id: Nullable;
  service_id: Nullable;
  /** 'negative-share', 'low-index', 'silence' or 'charter-at-risk'. */
  kind: string;
  name: string;
  params: string;
  notify_email: number;
  webhook_id: Nullable;
  created_at: Timestamp;
  created_by: Nullable;
  updated_at: Timestamp;
  deleted_at: Nullable;
  /** The language of its e-mails: 'it' or 'en' (contract/languages.ts), 'it' unless chosen. */
  language: ColumnType<string, string | undefined, string>;
}

/** An alert a rule opened; open_key is the rule's id while it is open (unique), null once closed. */
export interface AlertTable {
  id: string;
  rule_id: string;
  open_key: Nullable;
  administration_id: string;
  office_id: Nullable;
  service_id: Nullable;
  kind: string;
  /** 'open' or 'closed'. */
  status: string;
  opened_at: Timestamp;
  opened_value: ColumnType<number | null, number | null | undefined, number | null>;
  last_value: ColumnType<number | null, number | null | undefined, number | null>;
  message: string;
  /** JSON of AlertFacts (contract/alerts.ts); null for alerts opened before migration 025. */
  facts: Nullable;
  closed_at: Nullable;
  /** Why it closed: one of contract/alert-kinds.ts's ALERT_CLOSE_CAUSES; null while open, and for alerts closed before migration 028. */
  closed_because: Nullable;
  acknowledged_at: Nullable;
  acknowledged_by: Nullable;
  ack_comment: Nullable;
}

export interface Database {
  administrations: AdministrationTable;
  public_pages: PublicPageTable;
  administration_logos: AdministrationLogoTable;
  offices: OfficeTable;
  services: ServiceTable;
  reasons: ReasonTable;
  service_translations: ServiceTranslationTable;
  reason_translations: ReasonTranslationTable;
  terminals: TerminalTable;
  terminal_services: TerminalServiceTable;
  terminal_former_services: TerminalFormerServiceTable;
  terminal_mode_changes: TerminalModeChangeTable;
  votes: VoteTable;
  vote_reasons: VoteReasonTable;
  face_counts: FaceCountTable;
  tally_day: TallyDayTable;
  tally_office_hour: TallyOfficeHourTable;
  tally_office_day: TallyOfficeDayTable;
  tally_month: TallyMonthTable;
  tally_office_weekhour: TallyOfficeWeekhourTable;
  face_counts_admin_month: FaceCountAdminMonthTable;
  reason_counts: ReasonCountTable;
  reason_counts_month: ReasonCountMonthTable;
  follow_up_counts: FollowUpCountTable;
  follow_up_counts_month: FollowUpCountMonthTable;
  arrival_counts: ArrivalCountTable;
  terminal_counts_month: TerminalCountMonthTable;
  participation_day: ParticipationDayTable;
  participation_month: ParticipationMonthTable;
  service_standards: ServiceStandardTable;
  api_keys: ApiKeyTable;
  rate_limits: RateLimitTable;
  vote_tombstones: VoteTombstoneTable;
  terminal_status: TerminalStatusTable;
  sign_in_throttle: SignInThrottleTable;
  terminal_tap_clock: TerminalTapClockTable;
  flagged_counts: FlaggedCountTable;
  leases: LeaseTable;
  users: UserTable;
  grants: GrantTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  webhooks: WebhookTable;
  outbox: OutboxTable;
  installation_secrets: InstallationSecretTable;
  subscriptions: SubscriptionTable;
  subscription_deliveries: SubscriptionDeliveryTable;
  alert_rules: AlertRuleTable;
  alerts: AlertTable;
  channel_points: ChannelPointTable;
  web_feedback: WebFeedbackTable;
  vote_codes: VoteCodeTable;
  channel_settings: ChannelSettingsTable;
}

export type NewVoteRow = Insertable<VoteTable>;
export type TerminalRow = Selectable<TerminalTable>;
export type { Generated };
