// The side panel: follows a tab, shows its article in the reader view or says why it cannot,
// saves articles to the library and reads saved ones back offline.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import DOMPurify from 'dompurify';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PanelToolbar } from '../../components/PanelToolbar';
import { SavedList } from '../../components/SavedList';
import { StateView } from '../../components/StateView';
import { t, tn } from '../../components/i18n';
import { formatDate } from '../../components/ReaderView';
import { listSavedArticles, removeArticle, restoreArticle, saveArticle, describeStorageError, type RemovedArticle } from '../../lib/db';
import { getPurifier, sanitizeHtml } from '../../lib/extract/sanitize';
import { articleKey } from '../../lib/url';
import { db } from './db';
import { FONT_SCALES, useSettings, type Theme } from './useSettings';
import { useTabReading } from './useTabReading';
import { pushPageHighlights } from './pageHighlights';
import { usePendingAnnotations } from './usePendingAnnotations';
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
  const { tabId, reading, reload } = useTabReading(fixedTabId);
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
  const savedItems = useLiveQuery(() => (libraryOpen ? listSavedArticles(db) : undefined), [libraryOpen]);

  // A saved copy opened from the library wins over the live tab until the user goes back.
  const shown = savedId ? savedOpen ?? null : live;
  const safeHtml = useMemo(() => (shown ? sanitizeHtml(purifier, shown.html) : ''), [shown?.html]);

  const [removed, setRemoved] = useState<RemovedArticle | null>(null);
  const remove = useCallback(async (id: string) => {
    const gone = await removeArticle(db, id);
    setRemoved(gone);
  }, []);
  const undoRemove = useCallback(async () => {
    if (!removed) return;
    try {
      await restoreArticle(db, removed);
      setRemoved(null);
    } catch (error) {
      setStorageError(describeStorageError(error).message);
    }
  }, [removed]);

  const toggleSave = useCallback(async () => {
    setStorageError(null);
    try {
      if (savedId && savedOpen) await remove(savedOpen.id);
      else if (live && savedLive) await remove(savedLive.id);
      else if (live) await saveArticle(db, live);
    } catch (error) {
      setStorageError(describeStorageError(error).message);
    }
  }, [live, savedLive, savedId, savedOpen, remove]);

  const stepFont = (step: number) => {
    const i = FONT_SCALES.indexOf(settings.fontScale);
    const next = FONT_SCALES[Math.min(FONT_SCALES.length - 1, Math.max(0, i + step))];
    updateSettings({ fontScale: next });
  };

  const viewState = libraryOpen ? 'library' : shown ? 'article' : savedId ? 'loading' : reading.state;

  return (
    <>
      <PanelToolbar
        canSave={!!shown}
        saved={savedId ? !!savedOpen : !!savedLive}
        onToggleSave={toggleSave}
        libraryOpen={libraryOpen}
        onToggleLibrary={() => setLibraryOpen((open) => !open)}
        theme={settings.theme}
        onCycleTheme={() => updateSettings({ theme: NEXT_THEME[settings.theme] })}
        onFontSmaller={() => stepFont(-1)}
        onFontLarger={() => stepFont(1)}
      />
      {storageError && (
        <div className="banner banner-error" role="alert">
          <strong>{t('storageErrorTitle')}</strong> {storageError}
          <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={() => setStorageError(null)}>✕</button>
        </div>
      )}
      {removed && (
        <div className="banner banner-info" role="status" data-testid="removed-notice">
          {tn('articleRemoved', removed.annotations.length)}{' '}
          <button type="button" className="link-button" data-testid="undo-remove" onClick={() => void undoRemove()}>{t('undo')}</button>
          <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={() => setRemoved(null)}>✕</button>
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
            onRemove={(id) => void remove(id).catch((e) => setStorageError(describeStorageError(e).message))}
          />
        ) : shown ? (
          <ArticlePane
            key={(savedId ?? liveKey) + (savedId ? ':saved' : ':live')}
            article={shown}
            articleId={savedId ?? liveKey!}
            savedText={savedId ? null : savedLive?.text ?? null}
            safeHtml={safeHtml}
            onAnchored={savedId ? undefined : (placed) => void pushPageHighlights(tabId, shown.url, shown.text, placed)}
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
            reason={'message' in reading ? reading.message : undefined}
            onRetry={() => void reload()}
          />
        )}
        </ErrorBoundary>
      </main>
    </>
  );
}
