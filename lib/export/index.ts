// lib/export: records in, file text out — one module per format, plus import. Pure (no DOM, no
// browser APIs, no database): the library page reads the records, calls these, and saves the text.
export * from './types';
export { citeArticle, quoteWithCitation, sentenceAround, type CitableArticle } from './citation';
export { textFragmentUrl, textDirective, encodeFragmentTerm } from './fragment';
export {
  articleToMarkdown, annotationMarkdown, libraryToMarkdown, libraryToMarkdownFiles, markdownZip, calloutType, OBSIDIAN_SNIPPET, safeFilename, yamlString, obsidianTag, blockQuote,
  type MarkdownOptions, type MarkdownFile,
} from './markdown';
export { exportW3C, toW3CCollection, toW3CAnnotation, W3C_CONTEXT, ANNO_CONTEXT, GLOSS_NS, type W3CAnnotation, type W3CAnnotationCollection, type W3CExportOptions } from './w3c';
export { annotationsCsv, sourcesCsv, figuresCsv, toCsv, csvField, ANNOTATION_COLUMNS, SOURCE_COLUMNS, FIGURE_COLUMNS, type CsvOptions } from './csv';
export { exportBibtex, exportBiblatex, bibtexEntry, latexEscape, type BibtexOptions, type BibDialect } from './bibtex';
export { annotationLine, annotationLines } from './annotationText';
export { exportRis, risRecord, type RisOptions } from './ris';
export { exportCslJson, toCslJson, type CslItem } from './csljson';
export { citationKeys, asciiFold } from './keys';
export { exportBackup, BACKUP_FORMAT, BACKUP_VERSION, type GlossBackup } from './backup';
export { parseImport, mergeImport, isImportError, derivedId, LIMITS, type ImportPlan, type ImportError, type MergeResult, type LibraryRecords, type ImportOptions } from './import';
export { CITATION_STYLES, DEFAULT_CITATION_STYLE, isCitationStyle, formatCitation, quoteWithStyledCitation, type CitationStyle } from './styles';
