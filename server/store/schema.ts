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
  /** The charter's promise: at least this share of positive votes (null: none declared). */
  standard_min_positive_pct: ColumnType<number | null, number | null | undefined, number | null>;
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
  archived_at: Timestamp | null;
  created_at: Timestamp;
  /** sha256 of the live device token; null when not enrolled or revoked. */
  token_hash: Nullable;
  enrolled_at: Nullable;
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
  failed_sign_ins: ColumnType<number, number | undefined, number>;
  locked_until: Nullable;
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
}

export interface VoteTable {
  id: string;
  administration_id: string;
  office_id: string;
  terminal_id: string;
  service_id: string;
  channel: string;
  face: string;
  follow_up: string;
  /** The terminal's clock, as sent. */
  cast_at: Timestamp;
  /** The collector's clock when the vote arrived. */
  received_at: Timestamp;
  /** The time the reports use: cast_at, unless the terminal's clock was clearly wrong. */
  counted_at: Timestamp;
  /** 'terminal' or 'collector': which clock counted_at came from. */
  time_source: string;
  /** counted_at as a local date and hour of the office: the aggregates' bucket. */
  day: string;
  hour: number;
}

export interface VoteReasonTable {
  vote_id: string;
  reason_id: string;
}

/** Votes per face and hour: the table every report reads instead of raw votes. */
export interface FaceCountTable {
  office_id: string;
  service_id: string;
  channel: string;
  day: string;
  hour: number;
  face: string;
  count: number;
}

export interface ReasonCountTable {
  office_id: string;
  service_id: string;
  channel: string;
  day: string;
  reason_id: string;
  count: number;
}

export interface FollowUpCountTable {
  office_id: string;
  service_id: string;
  channel: string;
  day: string;
  follow_up: string;
  count: number;
}

export interface Database {
  administrations: AdministrationTable;
  offices: OfficeTable;
  services: ServiceTable;
  reasons: ReasonTable;
  terminals: TerminalTable;
  terminal_services: TerminalServiceTable;
  votes: VoteTable;
  vote_reasons: VoteReasonTable;
  face_counts: FaceCountTable;
  reason_counts: ReasonCountTable;
  follow_up_counts: FollowUpCountTable;
  users: UserTable;
  grants: GrantTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
}

export type NewVoteRow = Insertable<VoteTable>;
export type TerminalRow = Selectable<TerminalTable>;
export type { Generated };
