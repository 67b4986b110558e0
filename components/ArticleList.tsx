// The library's articles: title, site, dates and counts, each opening in the reader from its
// saved copy; its annotations (quote, note, tags) shown under it.
import { useState } from 'react';
import type { ArticleRow } from './libraryModel';
import { siteOf } from './libraryModel';
import { MiniMarkdown } from './MiniMarkdown';
import { formatDate } from './ReaderView';
import { t, tn } from './i18n';

interface Props {
  rows: ArticleRow[];
  counts: (id: string) => { sources: number; figures: number } | undefined;
  snippets?: Map<string, string>;
  onOpen: (id: string) => void;
  onRemove: (id: string) => void;
}

const PAGE = 100;

export function ArticleList({ rows, counts, snippets, onOpen, onRemove }: Props) {
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <ol className="article-list" data-testid="library-list">
        {rows.slice(0, shown).map((row) => {
          const a = row.article;
          const c = counts(a.id);
          const expanded = open === a.id;
          return (
            <li key={a.id} className="article-row" data-testid="library-item">
              <div className="article-row-head">
                <button type="button" className="article-title link-button" onClick={() => onOpen(a.id)}>{a.title}</button>
                <span className="article-site">{siteOf(a)}</span>
              </div>
              <p className="article-meta">
                {a.publishedTime && <span>{formatDate(a.publishedTime)}</span>}
                <span>{t('savedOn', formatDate(new Date(a.savedAt).toISOString()) ?? '')}</span>
                <span data-testid="count-annotations">{tn('countHighlights', row.annotations.length)}</span>
                <span>{c ? tn('countSources', c.sources) : '…'}</span>
                <span>{c ? tn('countFigures', c.figures) : '…'}</span>
              </p>
              {snippets?.get(a.id) && <p className="article-snippet" data-testid="search-snippet">{snippets.get(a.id)}</p>}
              <div className="entity-actions">
                {row.annotations.length > 0 && (
                  <button type="button" className="chip" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : a.id)}>
                    {expanded ? t('hideHighlights') : t('showHighlights')}
                  </button>
                )}
                <a className="chip" href={a.url} target="_blank" rel="noopener noreferrer">{t('openOriginal')}</a>
                <button type="button" className="chip danger" onClick={() => onRemove(a.id)}>{t('removeSaved')}</button>
              </div>
              {expanded && (
                <ul className="entity-list">
                  {row.annotations.map((n) => (
                    <li key={n.id} className={`annotation color-${n.color}`}>
                      <blockquote className="annotation-quote">{n.selectors[0].exact}</blockquote>
                      {n.note && <MiniMarkdown source={n.note} />}
                      {n.tags.length > 0 && (
                        <ul className="tag-chips">{n.tags.map((tag) => <li key={tag} className="tag-chip">{tag}</li>)}</ul>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {rows.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
          {tn('showMore', Math.min(PAGE, rows.length - shown))}
        </button>
      )}
    </>
  );
}
