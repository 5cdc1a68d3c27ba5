// Failures of the operations commands (copy, backup, restore): a stable code and a message that says what to do.

export type OpsErrorCode =
  | 'no_installation'
  | 'bad_target'
  | 'target_not_empty'
  | 'collectors_connected'
  | 'damaged_target'
  | 'unknown_tables'
  | 'copy_failed'
  | 'count_mismatch'
  | 'file_exists'
  | 'not_a_backup'
  | 'wrong_store'
  | 'newer_schema'
  | 'tool_missing'
  | 'tool_failed';

export class OpsError extends Error {
  override name = 'OpsError';
  constructor(
    readonly code: OpsErrorCode,
    message: string,
  ) {
    super(message);
  }
}
