// Exports one article's annotations from the panel: an Obsidian note (Markdown), W3C Web
// Annotation JSON-LD, or the article's citation (BibTeX, RIS, CSL-JSON).
import { useState } from 'react';
import type { AnnotationRecord, SavedArticle, TagRecord } from '../lib/db';
import { exportBibtex, exportCslJson, exportRis, exportW3C, libraryToMarkdownFiles, safeFilename } from '../lib/export';
import { downloadText } from './download';
import { t, type MessageKey } from './i18n';

type Kind = 'markdown' | 'w3c' | 'bibtex' | 'ris' | 'csl';
const KINDS: Array<{ id: Kind; label: MessageKey; ext: string; mime: string }> = [
  { id: 'markdown', label: 'formatMarkdown', ext: 'md', mime: 'text/markdown' },
  { id: 'w3c', label: 'formatW3C', ext: 'jsonld', mime: 'application/ld+json' },
  { id: 'bibtex', label: 'formatBibtex', ext: 'bib', mime: 'application/x-bibtex' },
  { id: 'ris', label: 'formatRis', ext: 'ris', mime: 'application/x-research-info-systems' },
  { id: 'csl', label: 'formatCsl', ext: 'json', mime: 'application/vnd.citationstyles.csl+json' },
];

interface Props {
  article: SavedArticle;
  annotations: AnnotationRecord[];
  tags: TagRecord[];
}

export function ArticleExport({ article, annotations, tags }: Props) {
  const [kind, setKind] = useState<Kind>('markdown');
  const run = () => {
    const input = { articles: [article], annotations, tags };
    const text =
      kind === 'markdown' ? libraryToMarkdownFiles(input)[0].content
      : kind === 'w3c' ? exportW3C(input)
      : kind === 'bibtex' ? exportBibtex(input)
      : kind === 'ris' ? exportRis(input)
      : exportCslJson(input);
    const spec = KINDS.find((k) => k.id === kind)!;
    downloadText(`${safeFilename(article.title)}.${spec.ext}`, text, spec.mime);
  };
  return (
    <div className="article-export" data-testid="article-export">
      <label>
        <span className="visually-hidden">{t('exportFormat')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="article-export-format">
          {KINDS.map((k) => <option key={k.id} value={k.id}>{t(k.label)}</option>)}
        </select>
      </label>
      <button type="button" className="button" data-testid="article-export-button" onClick={run}>{t('exportArticle')}</button>
    </div>
  );
}
