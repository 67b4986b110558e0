// The side panel: follows a tab, shows its article in the reader view or says why it cannot,
// saves articles to the library and reads saved ones back offline.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import DOMPurify from 'dompurify';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PanelToolbar } from '../../components/PanelToolbar';
import { RemoveArticleConfirm } from '../../components/RemoveArticleConfirm';
import { SavedList } from '../../components/SavedList';
import { StateView } from '../../components/StateView';
import { SyncIndicator } from '../../components/SyncIndicator';
import { errorText } from '../../components/errorText';
import { t, tn } from '../../components/i18n';
import { formatDate } from '../../components/ReaderView';
import { listSummaries, saveArticle, updateSavedCopy } from '../../lib/db';
import { getPurifier, renderableHtml } from '../../lib/extract/sanitize';
import { articleKey } from '../../lib/url';
import { db } from './db';
import { FONT_SCALES, useSettings, type Theme } from './useSettings';
import { useTabReading } from './useTabReading';
import { usePageHighlights, type PageMirror } from './pageHighlights';
import { usePendingAnnotations } from './usePendingAnnotations';
import { useArticleRemoval } from './useArticleRemoval';
import { readingReason, readingReasonCode } from './readingText';
import { ArticlePane } from './ArticlePane';

const purifier = getPurifier(DOMPurify);
const NEXT_THEME: Record<Theme, Theme> = { auto: 'light', light: 'dark', dark: 'auto' };

function readParams() {
  const params = new URLSearchParams(location.search);
  const raw = params.get('tabId');
  const tabId = raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
  return { tabId, articleId: params.get('article') };
}

export function App() {
  const [{ tabId: fixedTabId, articleId: initialSavedId }] = useState(readParams);
  const { tabId, reading, pageReads, reload } = useTabReading(fixedTabId);
  const [settings, updateSettings] = useSettings();
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(initialSavedId);
  const [storageError, setStorageError] = useState<string | null>(null);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.style.setProperty('--reader-scale', String(settings.fontScale));
  }, [settings]);

  const live = reading.state === 'article' ? reading.article : null;
  const [pageNotice, setPageNotice] = useState<string | null>(null);
  usePendingAnnotations(tabId, live, setPageNotice);
  const liveKey = live ? articleKey(live.url, live.canonicalUrl) : null;
  const savedLive = useLiveQuery(() => (liveKey ? db.articles.get(liveKey) : undefined), [liveKey]);
  const savedOpen = useLiveQuery(() => (savedId ? db.articles.get(savedId) : undefined), [savedId]);
  const savedItems = useLiveQuery(() => (libraryOpen ? listSummaries(db) : undefined), [libraryOpen]);
  const removal = useArticleRemoval(setStorageError);

  // A saved copy opened from the library wins over the live tab until the user goes back.
  const shown = savedId ? savedOpen ?? null : live;
  // A live article's html is DOMPurify's output already; a saved copy (storage, imports) is not.
  // Keyed on the string: whether it is safe is a property of the string, not of the object.
  const safeHtml = useMemo(() => (shown ? renderableHtml(purifier, shown) : ''), [shown?.html]);

  // What the live page should show: the highlights placed on the text this panel shows for it.
  const [onPage, setOnPage] = useState<PageMirror | null>(null);
  const mirrored = !savedId && live && onPage?.text === live.text && onPage.articleUrl === live.url ? onPage : null;
  usePageHighlights(tabId, mirrored, pageReads);

  // A copy imported without its text (W3C files) gets the page's text as soon as the page is read.
  useEffect(() => {
    if (live && savedLive && savedLive.text === '') void updateSavedCopy(db, live).catch((e) => setStorageError(errorText(e)));
  }, [live, savedLive]);

  const save = useCallback(async () => {
    setStorageError(null);
    try {
      if (live && !savedId) await saveArticle(db, live);
    } catch (error) {
      setStorageError(errorText(error));
    }
  }, [live, savedId]);

  const updateSaved = useCallback(async () => {
    if (!live) return '';
    const result = await updateSavedCopy(db, live);
    return t('savedCopyUpdated', tn('countHighlights', result.placed), tn('countHighlights', result.unplaced));
  }, [live]);

  const stepFont = (step: number) => {
    const i = FONT_SCALES.indexOf(settings.fontScale);
    const next = FONT_SCALES[Math.min(FONT_SCALES.length - 1, Math.max(0, i + step))];
    updateSettings({ fontScale: next });
  };

  const viewState = libraryOpen ? 'library' : shown ? 'article' : savedId ? 'loading' : reading.state;
  const savedRecord = savedId ? savedOpen : savedLive;

  return (
    <>
      <PanelToolbar
        canSave={!!shown}
        saved={!!savedRecord}
        onSave={() => void save()}
        removeOpen={!!removal.asking && removal.asking.id === savedRecord?.id}
        onAskRemove={() => savedRecord && void removal.ask(savedRecord.id, savedRecord.title)}
        libraryOpen={libraryOpen}
        onToggleLibrary={() => setLibraryOpen((open) => !open)}
        theme={settings.theme}
        onCycleTheme={() => updateSettings({ theme: NEXT_THEME[settings.theme] })}
        onFontSmaller={() => stepFont(-1)}
        onFontLarger={() => stepFont(1)}
      />
      <SyncIndicator />
      {storageError && (
        <div className="banner banner-error" role="alert">
          <strong>{t('storageErrorTitle')}</strong> {storageError}
          <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={() => setStorageError(null)}>✕</button>
        </div>
      )}
      {removal.asking && (
        <RemoveArticleConfirm
          title={removal.asking.title}
          highlights={removal.asking.highlights}
          notes={removal.asking.notes}
          onRemove={() => void removal.confirm()}
          onKeep={removal.cancel}
        />
      )}
      {removal.removed && (
        <div className="banner banner-info" role="status" data-testid="removed-notice">
          {t('articleRemovedWork', tn('countHighlights', removal.removed.annotations.length), tn('countNotes', removal.removed.annotations.filter((a) => a.note.trim()).length))}{' '}
          <button type="button" className="link-button" data-testid="undo-remove" onClick={() => void removal.undo()}>{t('undo')}</button>
          <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={removal.dismiss}>✕</button>
        </div>
      )}
      {pageNotice && (
        <div className="banner banner-info" role="status" data-testid="page-notice">
          {pageNotice}
          <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={() => setPageNotice(null)}>✕</button>
        </div>
      )}
      <main id="gloss" data-state={viewState === 'no-tab' ? 'error' : viewState}>
        {/* A render error (data from a hostile page or file) costs this view, not the toolbar. */}
        <ErrorBoundary area={t(libraryOpen ? 'areaSavedList' : 'areaArticle')} resetKey={`${libraryOpen}:${savedId ?? liveKey}`}>
        {libraryOpen ? (
          <SavedList
            items={savedItems}
            onOpen={(id) => {
              setSavedId(id);
              setLibraryOpen(false);
            }}
            onOpenLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
            onRemove={(id) => {
              const item = savedItems?.find((a) => a.id === id);
              if (item) void removal.ask(id, item.title);
            }}
          />
        ) : shown ? (
          <ArticlePane
            key={(savedId ?? liveKey) + (savedId ? ':saved' : ':live')}
            article={shown}
            articleId={savedId ?? liveKey!}
            savedText={savedId ? null : savedLive?.text ?? null}
            onUpdateSaved={savedId ? undefined : updateSaved}
            safeHtml={safeHtml}
            onAnchored={savedId ? undefined : (text, placed) => setOnPage({ articleUrl: shown.url, text, placed })}
            notice={
              savedId && savedOpen ? (
                <>
                  {t('offlineCopy', formatDate(new Date(savedOpen.savedAt).toISOString()) ?? '')}{' '}
                  <button type="button" className="link-button" onClick={() => setSavedId(null)}>{t('backToArticle')}</button>
                </>
              ) : undefined
            }
          />
        ) : savedId ? (
          <StateView state="loading" />
        ) : (
          <StateView
            state={reading.state === 'article' ? 'loading' : reading.state}
            reason={readingReason(reading)}
            reasonCode={readingReasonCode(reading)}
            onRetry={() => void reload()}
          />
        )}
        </ErrorBoundary>
      </main>
    </>
  );
}
