/**
 * Errors of the ledger. The shape mirrors the platform's DomainError (`code` stable for machines,
 * Chinese `message` for people, `category` for the HTTP status) so the server can rethrow it as one,
 * without this package depending on `@sanxiang/domain` (the ledger also ships to the browser and to
 * the stand-alone verify CLI).
 */
export type LedgerErrorCategory = 'invalid' | 'unprocessable';

export type LedgerErrorCode =
  // bytes and encodings
  | 'LEDGER_BAD_HEX'
  | 'LEDGER_BAD_BASE64'
  | 'LEDGER_LEAF_UNENCODABLE'
  // tree
  | 'LEDGER_BAD_HASH_LENGTH'
  | 'LEDGER_INDEX_OUT_OF_RANGE'
  | 'LEDGER_NODE_MISSING'
  | 'LEDGER_FRONTIER_MISMATCH'
  | 'LEDGER_NODE_OUT_OF_ORDER'
  // keys
  | 'LEDGER_KEY_INVALID'
  | 'LEDGER_KEY_NAME_INVALID'
  | 'LEDGER_VERIFIER_KEY_MALFORMED'
  // signed notes and checkpoints
  | 'NOTE_MALFORMED'
  | 'NOTE_SIGNATURE_LINE_MALFORMED'
  | 'NOTE_UNKNOWN_KEY'
  | 'NOTE_BAD_SIGNATURE'
  | 'CHECKPOINT_LINE_COUNT'
  | 'CHECKPOINT_BAD_ORIGIN'
  | 'CHECKPOINT_BAD_SIZE'
  | 'CHECKPOINT_BAD_ROOT'
  | 'CHECKPOINT_ORIGIN_MISMATCH';

export class LedgerError extends Error {
  readonly code: LedgerErrorCode;
  readonly category: LedgerErrorCategory;
  readonly details?: unknown;

  constructor(code: LedgerErrorCode, message: string, details?: unknown, category: LedgerErrorCategory = 'invalid') {
    super(message);
    this.name = 'LedgerError';
    this.code = code;
    this.category = category;
    this.details = details;
  }
}

export const isLedgerError = (e: unknown): e is LedgerError => e instanceof LedgerError;

export const ledgerError = (code: LedgerErrorCode, message: string, details?: unknown) =>
  new LedgerError(code, message, details);
