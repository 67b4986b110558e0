// An article's highlights as plain lines for the citation formats' note fields (BibTeX/BibLaTeX
// `annote`, RIS `N1`): what a reference manager imports as the item's notes. One line per highlight
// in reading order: “quote” — note [tags] (colour).
import type { AnnotationRecord } from './types';
import { sortAnnotations, wellFormed } from './types';

const line = (s: string) => wellFormed(s).replace(/\s+/g, ' ').trim();

export function annotationLine(a: AnnotationRecord): string {
  const parts = [`“${line(a.selectors[0].exact)}”`];
  const note = line(a.note);
  if (note) parts.push(`— ${note}`);
  if (a.tags.length) parts.push(`[${a.tags.map(line).join(', ')}]`);
  parts.push(`(${a.color})`);
  return parts.join(' ');
}

/** The lines of one article's highlights, in reading order. */
export function annotationLines(articleId: string, annotations: AnnotationRecord[] | undefined): string[] {
  return sortAnnotations((annotations ?? []).filter((a) => a.articleId === articleId)).map(annotationLine);
}
