// Error codes every transport can return. The renderer and the CLI turn a code into a translated
// message (`errors.<CODE>` in the i18n resources), using `details` for the specifics.

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_PROCEDURE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'WORKSPACE_LOCKED',
  'WORKSPACE_ALREADY_OPEN',
  'WORKSPACE_NOT_FOUND',
  'WORKSPACE_EXISTS',
  'WORKSPACE_TOO_NEW',
  'KEYRING_MISSING',
  'KEYRING_CORRUPT',
  'DATABASE_MISSING',
  'DATABASE_CORRUPT',
  'KEY_MISMATCH',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'RECOVERY_KEY_FORMAT',
  'THROTTLED',
  'PASSPHRASE_TOO_SHORT',
  'PASSPHRASE_TOO_WEAK',
  'PASSPHRASE_REQUIRED',
  'KEYCHAIN_UNAVAILABLE',
  'BUSY',
  'WRITE_IN_PROGRESS',
  'CANCELLED',
  'MIGRATION_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'BACKUP_UNREADABLE',
  'BACKUP_DAMAGED',
  'BACKUP_FAILED',
  'BACKUP_WRONG_KEY',
  'PACK_FAILED',
  'PACK_UNREADABLE',
  'PACK_PERIOD',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with an input value: `path` names the field, `code` is zod's issue code. */
export interface InputIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface ErrorDetails {
  /** INVALID_INPUT: every problem with the input, by field. */
  issues?: InputIssue[];
  /** THROTTLED: how long until the next attempt is accepted. */
  retryAfterMs?: number;
  /** Names the file or part that is missing or damaged (KEYRING_*, DATABASE_*). */
  file?: string;
  /** WORKSPACE_TOO_NEW: the versions involved. */
  found?: number;
  supported?: number;
  procedure?: string;
  /** PASSPHRASE_*: the policy's figures. */
  minLength?: number;
  minScore?: number;
  /** FILE_TOO_LARGE: the limit and the file's size, in bytes. */
  limitBytes?: number;
  size?: number;
  [key: string]: unknown;
}

export interface ErrorBody {
  code: ErrorCode;
  /** English, for logs and developers; users see the translation of `code`. */
  message: string;
  details?: ErrorDetails;
}

/**
 * Thrown inside the backend to end a procedure with a known error. The dispatcher turns it into an
 * error envelope; it never crosses a transport as an exception.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;
  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toBody(): ErrorBody {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
