// One article in the panel: the view tabs, the reader with its marks and selection toolbar, the
// Sources, Figures and Notes lists, and the banners about the saved copy. Each concern has its own
// hook (useReaderSelection, useReaderMarks, useAnnotations, useAnnotationActions, useToast); this
// component wires them and holds what the views share: which view is shown, which note or tag
// editor is open, which annotation is being re-attached.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AnnotationList } from '../../components/AnnotationList';
import { ArticleExport } from '../../components/ArticleExport';
import { FigureList } from '../../components/FigureList';
import { HighlightLegend } from '../../components/HighlightLegend';
import { ReaderView } from '../../components/ReaderView';
import { PageChangedBanner, TextMissingBanner } from '../../components/SavedCopyBanners';
import { SelectionToolbar, type SelectionAction } from '../../components/SelectionToolbar';
import { SourceList } from '../../components/SourceList';
import { ViewTabs, viewPanelProps, type PanelView, type TabsLayout } from '../../components/ViewTabs';
import { figureId, groupSources, sourceId } from '../../components/analysisView';
import { errorText } from '../../components/errorText';
import { t } from '../../components/i18n';
import { AnalysisLanguageNote } from '../../components/AnalysisLanguageNote';
import { AnalysisPartialNote } from '../../components/AnalysisPartialNote';
import { wordDiff } from '../../lib/anchor';
import { toSavedArticle, type SavedArticle } from '../../lib/db';
import type { Article } from '../../lib/extract/types';
import { sentenceAround } from '../../lib/export/citation';
import { preloadCitations } from '../../components/citationStyle';
import type { PlacedHighlight } from './pageHighlights';
import { useAnnotationActions, type Take } from './useAnnotationActions';
import { useAnnotations } from './useAnnotations';
import { useArticleAnalysis } from './useArticleAnalysis';
import { useReaderMarks } from './useReaderMarks';
import { useReaderSelection, type ReaderSelection } from './useReaderSelection';
import { useSettings } from './useSettings';
import { useToast } from './useToast';
import { useSyncUser } from '../../components/useSyncUser';
import { isOwn } from '../../lib/authors';

interface Props {
  article: Article | SavedArticle;
  articleId: string;
  safeHtml: string;
  /** The text the library keeps for this article (to tell the reader when the page changed). */
  savedText?: string | null;
  /** Makes the page's text the saved copy (the changed-page banner's "Update the saved copy"). */
  onUpdateSaved?: () => Promise<string>;
  notice?: ReactNode;
  /** Called with the annotations placed on the shown text (to mirror them on the live page). */
  onAnchored?: (text: string, placed: PlacedHighlight[]) => void;
}

export function ArticlePane({ article, articleId, safeHtml, savedText, onUpdateSaved, notice, onAnchored }: Props) {
  const [view, setView] = useState<PanelView>('article');
  const [tabsLayout, setTabsLayout] = useState<TabsLayout>('tabs');
  // the legend's switches are reader settings: remembered in storage.local like the theme
  const [settings, updateSettings] = useSettings();
  const show = { sources: settings.showSources, figures: settings.showFigures, tables: settings.showTableFigures };
  const [editingNoteId, setEditingNoteId] = useState<string | null>(null);
  const [tagsOpenId, setTagsOpenId] = useState<string | null>(null);
  const [reattachId, setReattachId] = useState<string | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLElement | null>(null);
  const { toast, say, clear } = useToast();

  const annotations = useAnnotations(articleId, article.text);
  // Team libraries: a team member's highlights are read-only and marked as theirs.
  const me = useSyncUser();
  // Sources and Figures are read once the reader is shown (useArticleAnalysis says why)
  const { analysis, pending: analysing } = useArticleAnalysis(article);
  const groups = useMemo(() => groupSources(analysis.sources), [analysis]);
  const sources = useMemo(() => analysis.sources.map((span, i) => ({ id: sourceId(i), span })), [analysis]);
  const figures = useMemo(() => analysis.figures.map((span, i) => ({ id: figureId(i), span })), [analysis]);
  const placed = annotations.items.filter((a) => a.anchored);
  const placedMarks = placed.map((a) => ({ id: a.id, color: a.color, start: a.anchored!.start, end: a.anchored!.end, note: a.note, tags: a.tags }));
  const textMissing = article.text === '';
  // a text too long to analyse whole: the lists say where the reading stopped
  const partialNote = <AnalysisPartialNote analysedChars={analysis.analysedChars} totalChars={article.text.length} />;

  // figures in tables are marked only when the user asks for them (a table is dozens of numbers)
  const markedFigures = useMemo(() => (show.tables ? figures : figures.filter((f) => !f.span.table)), [figures, show.tables]);
  const readerMarks = placed.map((a, i) => (isOwn(a, me) ? placedMarks[i] : { ...placedMarks[i], by: a.author }));
  const marks = useReaderMarks({ text: article.text, annotations: readerMarks, sources, figures: markedFigures });
  const { draw, jump: jumpToMark } = marks;
  const drawMarks = useCallback(
    (body: HTMLElement) => {
      bodyRef.current = body;
      draw(body);
    },
    [draw],
  );

  useEffect(preloadCitations, []); // the citation engine loads while the reader reads

  const anchoredKey = placedMarks.map((p) => `${p.id}:${p.color}:${p.start}:${p.end}:${p.note}:${p.tags.join(',')}`).join('|');
  useEffect(() => {
    onAnchored?.(article.text, placedMarks);
  }, [anchoredKey, article.text]); // eslint-disable-line react-hooks/exhaustive-deps

  const jump = useCallback(
    (id: string) => {
      setView('article');
      if (id.startsWith('s') && !settings.showSources) updateSettings({ showSources: true });
      if (id.startsWith('f') && !settings.showFigures) updateSettings({ showFigures: true });
      // a figure in a table is marked once table figures are shown: jumpToMark waits for that redraw
      if (id.startsWith('f') && analysis.figures[Number(id.slice(1))]?.table && !settings.showTableFigures) updateSettings({ showFigures: true, showTableFigures: true });
      jumpToMark(id);
    },
    [jumpToMark, analysis, settings, updateSettings],
  );

  const openEditor = useCallback((kind: 'note' | 'tags', id: string) => {
    if (kind === 'note') setEditingNoteId(id);
    else setTagsOpenId(id);
    setView('notes');
  }, []);
  const actions = useAnnotationActions({ article, annotations, say, clear, openEditor });
  const { copyText } = actions;

  // The selection's keys and toolbar act inside their event; `take` uses the selection up.
  const takeRef = useRef<Take>(() => null);
  const act = useCallback((action: SelectionAction, s: ReaderSelection) => actions.fromSelection(action, s, takeRef.current), [actions]);
  const reattachHere = useCallback(
    async (s: ReaderSelection) => {
      if (reattachId && (await actions.reattach(reattachId, s, takeRef.current))) setReattachId(null);
    },
    [reattachId, actions],
  );
  const selection = useReaderSelection({
    pane: paneRef,
    body: bodyRef,
    onAction: act,
    onConfirm: reattachId ? (s) => void reattachHere(s) : undefined,
  });
  takeRef.current = selection.take;

  const [updating, setUpdating] = useState(false);
  const updateSaved = useCallback(async () => {
    if (!onUpdateSaved) return;
    setUpdating(true);
    try {
      say(await onUpdateSaved());
    } catch (error) {
      say(errorText(error));
    } finally {
      setUpdating(false);
    }
  }, [onUpdateSaved, say]);

  const sentenceOf = useCallback((start: number, end: number) => sentenceAround(article.text, start, end, article.lang), [article.text, article.lang]);
  const changed = !!savedText && savedText !== article.text && annotations.items.length > 0;
  const selected = selection.selected;

  return (
    <>
      <ViewTabs
        view={view}
        counts={{ sources: analysing ? null : groups.length, figures: analysing ? null : figures.length, notes: annotations.items.length }}
        onChange={setView}
        onLayout={setTabsLayout}
      />
      {changed && (
        <PageChangedBanner
          placed={placed.length}
          total={annotations.items.length}
          onShowUnplaced={() => setView('notes')}
          onUpdate={onUpdateSaved ? () => void updateSaved() : undefined}
          updating={updating}
        />
      )}
      <div
        {...viewPanelProps('article', tabsLayout)}
        ref={paneRef}
        hidden={view !== 'article'}
        className="view-article"
        data-hide-sources={show.sources ? undefined : ''}
        data-hide-figures={show.figures ? undefined : ''}
        {...selection.watch}
      >
        <HighlightLegend
          showSources={show.sources}
          showFigures={show.figures}
          showTableFigures={show.tables}
          hasTableFigures={analysis.figures.some((f) => f.table)}
          onChange={(kind, on) => updateSettings(kind === 'sources' ? { showSources: on } : kind === 'figures' ? { showFigures: on } : { showTableFigures: on })}
        />
        {reattachId && (
          <p className="banner banner-info" role="status" data-testid="reattach-banner">
            {t('reattachHint')}{' '}
            <button type="button" className="link-button" onClick={() => setReattachId(null)}>{t('cancel')}</button>
          </p>
        )}
        {textMissing && <TextMissingBanner count={annotations.items.length} url={article.url} />}
        <ReaderView article={article} safeHtml={safeHtml} notice={notice} onBodyReady={drawMarks} />
        {selected && (
          <SelectionToolbar
            top={selected.top}
            left={selected.left}
            onAction={(a) => act(a, selected)}
            reattachLabel={reattachId ? t('reattachHere') : undefined}
            onReattach={reattachId ? () => void reattachHere(selected) : undefined}
          />
        )}
      </div>
      <section {...viewPanelProps('sources', tabsLayout)} hidden={view !== 'sources'} className="entity-view">
        {partialNote}
        <AnalysisLanguageNote language={analysis.languageUnread} view="sources" />
        {/* in a language without a lexicon no source is read: the note says so, not "No sources found" */}
        {!(analysis.languageUnread && groups.length === 0) && (
          <SourceList groups={groups} pending={analysing} sentenceOf={sentenceOf} onJump={jump} onCopy={(_name, sentence) => void copyText(sentence)} />
        )}
      </section>
      <section {...viewPanelProps('figures', tabsLayout)} hidden={view !== 'figures'} className="entity-view">
        {partialNote}
        <AnalysisLanguageNote language={analysis.languageUnread} view="figures" />
        <FigureList figures={figures} pending={analysing} sentenceOf={sentenceOf} onJump={jump} onCopy={(_text, sentence) => void copyText(sentence)} />
      </section>
      <section {...viewPanelProps('notes', tabsLayout)} hidden={view !== 'notes'} className="entity-view">
        {annotations.items.length > 0 && (
          <ArticleExport
            article={'id' in article ? article : toSavedArticle(article, Date.now())}
            annotations={annotations.items.map((a) => a.record)}
            tags={annotations.tags}
          />
        )}
        <AnnotationList
          items={annotations.items}
          me={me}
          knownTags={annotations.tags}
          diff={wordDiff}
          textMissing={textMissing}
          editingNoteId={editingNoteId}
          onEditNote={setEditingNoteId}
          tagsOpenId={tagsOpenId}
          onJump={jump}
          onUpdate={async (id, patch) => {
            await annotations.update(id, patch);
          }}
          onDelete={(id) => void actions.remove(id)}
          onCopy={(id) => {
            const a = annotations.items.find((x) => x.id === id);
            if (a) void copyText(a.anchored?.text ?? a.exact);
          }}
          onReattach={(id) => {
            setReattachId(id);
            setView('article');
            say(t('reattachHint'));
          }}
          onResolveConflict={(id, choice) => void annotations.resolveConflict(id, choice)}
        />
      </section>
      <div className="toast" role="status" aria-live="polite" data-testid="toast">
        {toast?.text}
        {toast?.undo && (
          <button type="button" className="link-button toast-action" data-testid="undo" onClick={toast.undo}>{t('undo')}</button>
        )}
      </div>
    </>
  );
}
