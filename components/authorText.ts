// How the panel and the library word an annotation's author (team libraries, lib/authors.ts):
// "you" for the reader, the sync user name for a team member.
import { isMe } from '../lib/authors';
import { t } from './i18n';

/** An author as a filter option names them. */
export const authorName = (name: string, me: string | null) => (isMe(name, me) ? t('authorYou') : name);

/** The line under an annotation: "by you" / "by alice". */
export const authorLine = (name: string, me: string | null) => (isMe(name, me) ? t('annotationByYou') : t('annotationBy', name));
