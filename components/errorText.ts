// What a reader is told when something fails: lib/ reports a code (lib/errors), this maps it to a
// message from the catalogue in the reader's language, with the technical detail appended as it is.
import { errorCode, type ErrorCode } from '../lib/errors';
import { t, type MessageKey } from './i18n';

const KEYS: Record<ErrorCode, MessageKey> = {
  'storage-quota': 'errorStorageQuota',
  'storage-unavailable': 'errorStorageUnavailable',
  'storage-blocked': 'errorStorageBlocked',
  'storage-failed': 'errorStorageFailed',
  'annotation-missing': 'errorAnnotationMissing',
  'article-missing': 'errorArticleMissing',
  'import-unreadable': 'errorImportUnreadable',
  'import-too-large': 'errorImportTooLarge',
  'import-empty': 'errorImportEmpty',
  'import-not-json': 'errorImportNotJson',
  'import-cut-off': 'errorImportCutOff',
  'import-forbidden-key': 'errorImportForbiddenKey',
  'import-other-format': 'errorImportOtherFormat',
  'import-unknown-content': 'errorImportUnknownContent',
  'import-no-annotations': 'errorImportNoAnnotations',
  'import-newer-backup': 'errorImportNewerBackup',
  'import-damaged': 'errorImportDamaged',
  'import-no-usable-quote': 'errorImportNoUsableQuote',
  'import-linked-pages': 'errorImportLinkedPages',
  'import-too-many': 'errorImportTooMany',
  'import-too-deep': 'errorImportTooDeep',
};

/** The message for an error (thrown or returned) from lib/; anything without a code is "unexpected". */
export function errorText(error: unknown): string {
  const code = errorCode(error);
  const detail = (error as { detail?: unknown } | null)?.detail;
  if (code) return t(KEYS[code], typeof detail === 'string' ? detail : '');
  return t('errorUnexpected', String((error as Error | null)?.message ?? error));
}
