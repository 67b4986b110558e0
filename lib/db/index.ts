// The database module's public face; see schema.ts for why it exists and the versioning rule.
export { GlossDatabase, DB_NAME, type SavedArticle } from './schema';
export {
  saveArticle,
  findSavedArticle,
  removeArticle,
  listSavedArticles,
  toSavedArticle,
  describeStorageError,
  StorageError,
} from './articles';
