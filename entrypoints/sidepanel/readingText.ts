// The words for why the panel shows no article: not-article reasons and read failures are codes
// (lib/extract, readTab); the reader gets them in their language, with the browser's words as detail.
import type { NotArticleReason } from '../../lib/extract';
import { t, type MessageKey } from '../../components/i18n';
import type { ReadProblem, TabReading } from './readTab';

const NOT_ARTICLE: Record<NotArticleReason, MessageKey> = {
  'not-readerable': 'notArticleNotReaderable',
  empty: 'notArticleEmpty',
  'too-short': 'notArticleTooShort',
  listing: 'notArticleListing',
};

const PROBLEM: Record<ReadProblem, MessageKey> = {
  'unreadable-answer': 'readErrorUnreadable',
  'no-answer': 'readErrorNoAnswer',
  'page-failed': 'readErrorPage',
  'extract-failed': 'readErrorExtract',
};

/** The reason line under the state's title, or undefined when the state says it all. */
export function readingReason(reading: TabReading | { state: 'loading' | 'empty' }): string | undefined {
  if (reading.state === 'not-article') return t(NOT_ARTICLE[reading.reason]);
  if (reading.state === 'error') return t(PROBLEM[reading.problem], reading.detail ?? '');
  return undefined;
}

/** The code behind that reason line ("listing", "not-readerable", "page-failed"…), or undefined. */
export function readingReasonCode(reading: TabReading | { state: 'loading' | 'empty' }): string | undefined {
  if (reading.state === 'not-article') return reading.reason;
  if (reading.state === 'error') return reading.problem;
  return undefined;
}
