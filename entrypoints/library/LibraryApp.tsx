// The library page: every saved article (from its summary) with its counts, search across texts,
// quotes, notes and tags (in a worker, over the persisted index), the filters (lib/search's one
// filter engine), the cross-library indexes of sources and figures, and export/import.
import { useCallback, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { ArticleList } from '../../components/ArticleList';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { FiguresIndex } from '../../components/FiguresIndex';
import { SourcesIndex } from '../../components/SourcesIndex';
import { SyncIndicator } from '../../components/SyncIndicator';
import { COLORS, COLOR_LABEL } from '../../components/colors';
import { t, tn } from '../../components/i18n';
import { NO_FILTERS, sortSummaries, toSearchFilters, type LibraryFilters, type SortKey } from '../../components/libraryModel';
import { listAnnotations, removeArticle, restoreArticle, type RemovedArticle } from '../../lib/db';
import { errorText } from '../../components/errorText';
import { filterSummaries } from '../../lib/search';
import { distinctAuthors, showsAuthors } from '../../lib/authors';
import { useSyncUser } from '../../components/useSyncUser';
import { authorName } from '../../components/authorText';
import { db } from '../sidepanel/db';
import { JobStatus } from './JobStatus';
import { LibraryTransfer } from './LibraryTransfer';
import { useIndexes } from './useIndexes';
import { useLibraryData } from './useLibraryData';
import { useLibraryWorker } from './useLibraryWorker';

type Tab = 'articles' | 'sources' | 'figures';

export function LibraryApp() {
  const data = useLibraryData();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortKey>('saved');
  const [tab, setTab] = useState<Tab>('articles');
  const [error, setError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<RemovedArticle | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const complete = data.all !== undefined;
  const me = useSyncUser();
  const searchFilters = useMemo(() => toSearchFilters(filters, me), [filters, me]);
  const worker = useLibraryWorker(complete, query, searchFilters);

  const rows = data.all ?? data.newest ?? [];
  // Without a query: the rows the filters keep, sorted (recomputed when they change, not per search).
  const listed = useMemo(() => sortSummaries(filterSummaries(rows, searchFilters), sort), [rows, searchFilters, sort]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  // With one: the worker's ids are already filtered and ranked; only look their rows up.
  const ids = worker.search.ids;
  const visible = useMemo(() => (ids ? ids.map((id) => byId.get(id)).filter((r) => r !== undefined) : listed), [ids, byId, listed]);
  const sites = useMemo(() => [...new Set(rows.map((r) => r.site))].sort(), [rows]);
  // Team libraries: the authors of every highlight (the reader first); a filter once there are two.
  const authors = useMemo(() => distinctAuthors(rows.flatMap((r) => r.authors ?? []), me), [rows, me]);
  const authorsShown = showsAuthors(authors, me);
  const authorView = useMemo(() => (authorsShown ? { me, only: filters.author } : undefined), [authorsShown, me, filters.author]);
  const analysis = worker.jobs.analysis;
  const indexes = useIndexes(tab === 'articles' ? null : tab, visible, analysis?.state === 'done' ? analysis.total : 0);

  // Stable callbacks and props: typing a query re-renders this component, not the list or export.
  const open = useCallback((id: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?article=${encodeURIComponent(id)}`) });
  }, []);
  const remove = useCallback((id: string) => {
    removeArticle(db, id).then(setRemoved, (e) => setError(errorText(e)));
  }, []);
  const loadAnnotations = useCallback((id: string) => listAnnotations(db, id), []);
  const selection = useMemo(() => (ids && visible.length === ids.length ? ids : visible.map((r) => r.id)), [ids, visible]);
  // While a search's whole order is on its way, the list has its first rows and the count is the worker's.
  const ordering = !!ids && worker.search.ordering;
  const shownCount = ordering ? worker.search.count : visible.length;
  const set = (patch: Partial<LibraryFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const state = complete ? 'library' : data.newest ? 'partial' : 'loading';

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
      <SyncIndicator />
      {data.upgrade && (
        <div className="banner banner-info" role="status" data-testid="library-upgrade">
          <JobStatus label={t('upgrading')} done={data.upgrade.done} total={data.upgrade.total} onCancel={data.upgrade.cancel} />
        </div>
      )}
      {data.openError && <div className="banner banner-error" role="alert" data-testid="library-open-error">{t('upgradeStopped')} {data.openError}</div>}
      {(error || worker.error) && <div className="banner banner-error" role="alert">{error ?? worker.error}</div>}
      {notice && (
        <div className="banner banner-info" role="status" data-testid="library-notice">
          {notice}
          <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={() => setNotice(null)}>✕</button>
        </div>
      )}
      {removed && (
        <div className="banner banner-info" role="status">
          {tn('articleRemoved', removed.annotations.length)}{' '}
          <button type="button" className="link-button" onClick={() => void restoreArticle(db, removed).then(() => setRemoved(null), (e) => setError(errorText(e)))}>{t('undo')}</button>
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
              {data.tags.map((tag) => <option key={tag.name} value={tag.name}>{tag.name}</option>)}
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
          {authors.length > 1 && (
            <label>
              {t('filterAuthor')}
              <select data-testid="filter-author" value={filters.author === null ? '' : `=${filters.author}`} onChange={(e) => set({ author: e.target.value ? e.target.value.slice(1) : null })}>
                <option value="">{t('any')}</option>
                {authors.map((name) => <option key={name} value={`=${name}`}>{authorName(name, me)}</option>)}
              </select>
            </label>
          )}
          <label className="checkbox">
            <input type="checkbox" data-testid="filter-notes" checked={filters.hasNotes} onChange={(e) => set({ hasNotes: e.target.checked })} />
            {t('filterHasNotes')}
          </label>
          <label>
            {t('sortBy')}
            <select data-testid="sort" value={sort} onChange={(e) => setSort(e.target.value as SortKey)} disabled={!!worker.search.ids}>
              <option value="saved">{t('sortSaved')}</option>
              <option value="published">{t('sortPublished')}</option>
              <option value="title">{t('sortTitle')}</option>
              <option value="annotations">{t('sortAnnotations')}</option>
            </select>
          </label>
          <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>{t('clearFilters')}</button>
          <ErrorBoundary area={t('areaTransfer')}>
            <LibraryTransfer selection={ordering ? null : selection} selectionCount={shownCount} total={rows.length} onError={setError} onNotice={setNotice} />
          </ErrorBoundary>
        </aside>
        <main className="library-main" id="gloss" data-state={state} data-search={worker.jobs.index?.state ?? 'idle'} data-analysis={analysis?.state ?? 'idle'} aria-busy={worker.search.pending} data-search-ms={worker.search.ms} data-results-for={worker.search.query}>
          <div className="view-tabs" role="tablist" aria-label={t('viewTabsLabel')}>
            {(['articles', 'sources', 'figures'] as Tab[]).map((k) => (
              <button key={k} type="button" role="tab" aria-selected={tab === k} data-testid={`library-tab-${k}`} onClick={() => setTab(k)}>
                {t(k === 'articles' ? 'tabArticles' : k === 'sources' ? 'tabSources' : 'tabFigures')}
              </button>
            ))}
          </div>
          <p className="hint" role="status" data-testid="library-count">
            {complete ? tn('libraryCount', rows.length, shownCount) : t('libraryLoading')}
          </p>
          {worker.jobs.index?.state === 'running' && (
            <JobStatus testId="index-status" label={t('indexingSearch')} done={worker.jobs.index.done} total={worker.jobs.index.total} onCancel={() => worker.cancel('index')} />
          )}
          {worker.jobs.index?.state === 'cancelled' && (
            <p className="job-status" data-testid="index-status">
              {t('searchIndexStopped')} <button type="button" className="link-button" onClick={() => worker.restart('index')}>{t('restart')}</button>
            </p>
          )}
          {analysis?.state === 'running' && (
            <JobStatus testId="analysis-status" label={t('indexingAnalysis')} done={analysis.done} total={analysis.total} onCancel={() => worker.cancel('analysis')} />
          )}
          {analysis?.state === 'cancelled' && (
            <p className="job-status" data-testid="analysis-status">
              {t('analysisStopped')} <button type="button" className="link-button" onClick={() => worker.restart('analysis')}>{t('restart')}</button>
            </p>
          )}
          {complete && rows.length === 0 && <p className="state-reason" data-testid="library-empty">{t('savedListEmpty')}</p>}
          <ErrorBoundary area={t('areaLibraryView')} resetKey={tab}>
          {tab === 'articles' && (
            <ArticleList
              rows={visible}
              snippets={worker.search.snippets}
              loadAnnotations={loadAnnotations}
              authors={authorView}
              onOpen={open}
              onRemove={remove}
            />
          )}
          {tab === 'sources' && indexes.ready && <SourcesIndex sources={indexes.sources} onOpen={open} />}
          {tab === 'figures' && indexes.ready && (
            <FiguresIndex figures={indexes.figures} shown={indexes.shown} sentence={indexes.sentence} onShowMore={indexes.showMore} onOpen={open} />
          )}
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
