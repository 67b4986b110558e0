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
  type ArticleSummary,
  type StoredAnalysis,
  type StoredSource,
  type IndexChange,
  type IndexChangeRow,
  changesOf,
  type SearchTermRecord,
  type SearchMetaRecord,
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
export { summarize, needsAnalysis, isCurrent, siteOf, hostOf } from './summary';
export { loadAnalyzer } from './derived';
export { writeImport, type WriteImportOptions, repairSummaries, readRecords, analyzeArticles, listSummaries, getAnalyses, type LibraryRecords } from './library';
export type { UpgradeProgress } from './migrate';
