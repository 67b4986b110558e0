// Failures lib/ reports to people, as codes. lib/ has no catalogue of translations (it also runs in
// the CLI and the tests), so it never decides the words a reader sees: it names what went wrong
// with a code, plus an optional technical detail (a field path, a size, the browser's own error
// text) that is shown as it is. The extension pages turn the code into a message in the reader's
// language (components/errorText.ts). `message` stays English, for logs, the CLI and the tests.

export type StorageErrorCode = 'storage-quota' | 'storage-unavailable' | 'storage-blocked' | 'storage-failed';

export type ImportErrorCode =
  | 'import-unreadable'
  | 'import-too-large'
  | 'import-empty'
  | 'import-not-json'
  | 'import-cut-off'
  | 'import-forbidden-key'
  | 'import-other-format'
  | 'import-unknown-content'
  | 'import-no-annotations'
  | 'import-newer-backup'
  | 'import-damaged'
  | 'import-no-usable-quote'
  | 'import-linked-pages'
  | 'import-too-many'
  | 'import-too-deep';

export type ErrorCode = StorageErrorCode | ImportErrorCode | 'annotation-missing' | 'article-missing';

export const ERROR_CODES: readonly ErrorCode[] = [
  'storage-quota', 'storage-unavailable', 'storage-blocked', 'storage-failed',
  'import-unreadable', 'import-too-large', 'import-empty', 'import-not-json', 'import-cut-off',
  'import-forbidden-key', 'import-other-format', 'import-unknown-content', 'import-no-annotations',
  'import-newer-backup', 'import-damaged', 'import-no-usable-quote', 'import-linked-pages', 'import-too-many', 'import-too-deep',
  'annotation-missing', 'article-missing',
];

/** An error with a code for the UI and an English message for logs. */
export class GlossError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Shown untranslated next to the message: a field path, a size, the browser's words. */
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GlossError';
  }
}

/** The code of anything thrown or returned as an error, when it carries one of ours. */
export function errorCode(error: unknown): ErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : null;
}
