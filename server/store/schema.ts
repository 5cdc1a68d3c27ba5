// Table types of the collector's database, as Kysely sees them (the migrations create them).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** ISO 8601 text in UTC ("2026-11-23T09:15:00.000Z"): sortable, and the same in SQLite and PostgreSQL. */
type Timestamp = string;

export interface AdministrationTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface OfficeTable {
  id: string;
  administration_id: string;
  name: string;
  /** IANA zone: report days and hours are the office's own. */
  time_zone: string;
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
  archived_at: Timestamp | null;
  created_at: Timestamp;
  /** Bumped by every change that a terminal must refetch its configuration for. */
  config_revision: ColumnType<number, number | undefined, number>;
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
}

export type NewVoteRow = Insertable<VoteTable>;
export type TerminalRow = Selectable<TerminalTable>;
export type { Generated };
