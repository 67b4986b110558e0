// The library page: every saved article with its counts, search across texts, quotes, notes and
// tags, filters, the cross-library indexes of sources and figures, and export/import.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { ArticleList } from '../../components/ArticleList';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { FiguresIndex, type IndexedFigure } from '../../components/FiguresIndex';
import { SourcesIndex, buildSourcesIndex } from '../../components/SourcesIndex';
import { COLORS, COLOR_LABEL } from '../../components/colors';
import { t, tn } from '../../components/i18n';
import { NO_FILTERS, buildRows, filterRows, siteOf, sortRows, type LibraryFilters, type SortKey } from '../../components/libraryModel';
import { describeStorageError, removeArticle, restoreArticle, type RemovedArticle, type TagRecord } from '../../lib/db';
import { sentenceAround } from '../../lib/export/citation';
import { db } from '../sidepanel/db';
import { cachedAnalysis, useAnalyses } from './useAnalyses';
import { useLibrarySearch } from './useLibrarySearch';
import { LibraryTransfer } from './LibraryTransfer';

type Tab = 'articles' | 'sources' | 'figures';
const FIRST_SCREEN = 100;
const NO_TAGS: TagRecord[] = [];

export function LibraryApp() {
  // The newest articles first, at once; the whole library (for filters, counts, indexes) follows.
  // Reading thousands of full records out of IndexedDB takes seconds, so the first screen does not wait for it.
  const newest = useLiveQuery(() => db.articles.orderBy('savedAt').reverse().limit(FIRST_SCREEN).toArray(), []);
  const articles = useLiveQuery(() => db.articles.orderBy('savedAt').reverse().toArray(), []);
  const annotations = useLiveQuery(() => db.annotations.toArray(), []);
  const complete = articles !== undefined && annotations !== undefined;
  const tags = useLiveQuery(() => db.tags.orderBy('name').toArray(), []) ?? NO_TAGS;
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortKey>('saved');
  const [tab, setTab] = useState<Tab>('articles');
  const [error, setError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<RemovedArticle | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const analyses = useAnalyses(complete ? articles : undefined);

  const rows = useMemo(
    () => (complete ? buildRows(articles, annotations) : buildRows(newest ?? [], [])),
    [complete, articles, annotations, newest],
  );
  const search = useLibrarySearch(articles, annotations, query);
  const visible = useMemo(() => {
    const filtered = filterRows(rows, filters);
    const matched = search.ids ? filtered.filter((r) => search.ids!.has(r.article.id)) : filtered;
    if (search.ids && search.rank) return [...matched].sort((a, b) => search.rank!(a.article.id) - search.rank!(b.article.id));
    return sortRows(matched, sort);
  }, [rows, filters, sort, search]);

  const selection = useMemo(
    () => ({ articles: visible.map((r) => r.article), annotations: visible.flatMap((r) => r.annotations), tags }),
    [visible, tags],
  );
  const everything = useMemo(() => ({ articles: articles ?? [], annotations: annotations ?? [], tags }), [articles, annotations, tags]);
  const sites = useMemo(() => [...new Set(rows.map((r) => siteOf(r.article)))].sort(), [rows]);
  const sourcesIndex = useMemo(
    () => (tab === 'sources' ? buildSourcesIndex(visible.map((r) => ({ id: r.article.id, title: r.article.title, sources: cachedAnalysis(r.article.id)?.sources ?? [] }))) : []),
    [tab, visible, analyses.version], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const figuresIndex = useMemo<IndexedFigure[]>(
    () =>
      tab === 'figures'
        ? visible.flatMap((r) =>
            (cachedAnalysis(r.article.id)?.figures ?? []).map((figure) => ({
              figure,
              sentence: sentenceAround(r.article.text, figure.start, figure.end),
              articleId: r.article.id,
              title: r.article.title,
            })),
          )
        : [],
    [tab, visible, analyses.version], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const open = (id: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?article=${encodeURIComponent(id)}`) });
  };
  const remove = async (id: string) => {
    try {
      setRemoved(await removeArticle(db, id));
    } catch (e) {
      setError(describeStorageError(e).message);
    }
  };
  const set = (patch: Partial<LibraryFilters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <div className="library">
      <header className="library-header">
        <h1>{t('libraryTitle')}</h1>
        <form role="search" className="library-search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="library-q" className="visually-hidden">{t('searchLabel')}</label>
          <input
            id="library-q"
            type="search"
            data-testid="library-search"
            placeholder={t('searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </form>
      </header>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      {notice && (
        <div className="banner banner-info" role="status" data-testid="library-notice">
          {notice}
          <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={() => setNotice(null)}>✕</button>
        </div>
      )}
      {removed && (
        <div className="banner banner-info" role="status">
          {tn('articleRemoved', removed.annotations.length)}{' '}
          <button type="button" className="link-button" onClick={() => void restoreArticle(db, removed).then(() => setRemoved(null))}>{t('undo')}</button>
        </div>
      )}
      <div className="library-body">
        <aside className="library-filters" aria-label={t('filtersLabel')}>
          <h2>{t('filtersLabel')}</h2>
          <label>
            {t('filterSite')}
            <select data-testid="filter-site" value={filters.site} onChange={(e) => set({ site: e.target.value })}>
              <option value="">{t('any')}</option>
              {sites.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
          <label>
            {t('filterTag')}
            <select data-testid="filter-tag" value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
              <option value="">{t('any')}</option>
              {tags.map((tag) => <option key={tag.name} value={tag.name}>{tag.name}</option>)}
            </select>
          </label>
          <label>
            {t('colour')}
            <select data-testid="filter-color" value={filters.color} onChange={(e) => set({ color: e.target.value })}>
              <option value="">{t('any')}</option>
              {COLORS.map((c) => <option key={c} value={c}>{t(COLOR_LABEL[c])}</option>)}
            </select>
          </label>
          <label>
            {t('filterFrom')}
            <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label>
            {t('filterTo')}
            <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
          </label>
          <label className="checkbox">
            <input type="checkbox" data-testid="filter-notes" checked={filters.hasNotes} onChange={(e) => set({ hasNotes: e.target.checked })} />
            {t('filterHasNotes')}
          </label>
          <label>
            {t('sortBy')}
            <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)} disabled={!!search.ids}>
              <option value="saved">{t('sortSaved')}</option>
              <option value="published">{t('sortPublished')}</option>
              <option value="title">{t('sortTitle')}</option>
              <option value="annotations">{t('sortAnnotations')}</option>
            </select>
          </label>
          <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>{t('clearFilters')}</button>
          <ErrorBoundary area={t('areaTransfer')}>
            <LibraryTransfer
              selection={selection}
              all={everything}
              onError={setError}
              onNotice={setNotice}
            />
          </ErrorBoundary>
        </aside>
        <main className="library-main" id="gloss" data-state={complete ? 'library' : newest ? 'partial' : 'loading'}>
          <div className="view-tabs" role="tablist" aria-label={t('viewTabsLabel')}>
            {(['articles', 'sources', 'figures'] as Tab[]).map((k) => (
              <button key={k} type="button" role="tab" aria-selected={tab === k} data-testid={`library-tab-${k}`} onClick={() => setTab(k)}>
                {t(k === 'articles' ? 'tabArticles' : k === 'sources' ? 'tabSources' : 'tabFigures')}
              </button>
            ))}
          </div>
          <p className="hint" role="status" data-testid="library-count">
            {complete ? tn('libraryCount', rows.length, visible.length) : t('libraryLoading')}
            {!analyses.ready && ` · ${tn('indexing', analyses.total, analyses.done)}`}
          </p>
          {complete && rows.length === 0 && <p className="state-reason" data-testid="library-empty">{t('savedListEmpty')}</p>}
          <ErrorBoundary area={t('areaLibraryView')} resetKey={tab}>
          {tab === 'articles' && (
            <ArticleList
              rows={visible}
              counts={(id) => {
                const a = cachedAnalysis(id);
                return a ? { sources: new Set(a.sources.map((s) => s.name.toLocaleLowerCase())).size, figures: a.figures.length } : undefined;
              }}
              snippets={search.snippets}
              onOpen={open}
              onRemove={(id) => void remove(id)}
            />
          )}
          {tab === 'sources' && <SourcesIndex sources={sourcesIndex} onOpen={open} />}
          {tab === 'figures' && <FiguresIndex figures={figuresIndex} onOpen={open} />}
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
