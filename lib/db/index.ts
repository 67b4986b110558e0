// The database module's public face; see schema.ts for why it exists and the versioning rule.
export {
  GlossDatabase,
  DB_NAME,
  SCHEMAS,
  HIGHLIGHT_COLORS,
  type SavedArticle,
  type AnnotationRecord,
  type TagRecord,
  type ArticleVersionRecord,
  type HighlightColor,
  type TextQuoteSelector,
  type TextPositionSelector,
} from './schema';
export {
  createAnnotation,
  updateAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  listAnnotations,
  listTags,
  setTagColor,
  type NewAnnotation,
  type AnnotationPatch,
} from './annotations';
export { cleanTags } from '../model';
export { saveArticle, updateSavedCopy, previousVersion, type SavedCopyUpdate } from './savedCopy';
export {
  findSavedArticle,
  removeArticle,
  restoreArticle,
  type RemovedArticle,
  listSavedArticles,
  toSavedArticle,
  describeStorageError,
  StorageError,
} from './articles';
