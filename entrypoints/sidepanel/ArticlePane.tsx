// One article in the panel: the reader view with source, figure and user highlights; the Sources,
// Figures and Notes lists that jump to them; the selection toolbar that creates annotations.
// Analysis and anchoring run here, on the text being shown.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AnnotationList } from '../../components/AnnotationList';
import { ArticleExport } from '../../components/ArticleExport';
import { FigureList } from '../../components/FigureList';
import { HighlightLegend } from '../../components/HighlightLegend';
import { ReaderView } from '../../components/ReaderView';
import { SelectionToolbar, actionForKey, type SelectionAction } from '../../components/SelectionToolbar';
import { SourceList } from '../../components/SourceList';
import { ViewTabs, viewPanelProps, type PanelView, type TabsLayout } from '../../components/ViewTabs';
import { figureId, groupSources, sourceId } from '../../components/analysisView';
import { clearMarks, drawMarks, type MarkSpec } from '../../components/marks';
import { keepSelectionAcross, selectionOffsets } from '../../components/selection';
import { t, tn } from '../../components/i18n';
import { analyzeText } from '../../lib/analyze';
import { wordDiff } from '../../lib/anchor';
import { toSavedArticle, type AnnotationRecord, type SavedArticle } from '../../lib/db';
import type { Article } from '../../lib/extract/types';
import { quoteWithCitation, sentenceAround } from '../../lib/export/citation';
import { useAnnotations } from './useAnnotations';

interface Props {
  article: Article | SavedArticle;
  articleId: string;
  safeHtml: string;
  /** The text the library keeps for this article (to tell the reader when the page changed). */
  savedText?: string | null;
  notice?: ReactNode;
  /** Called with the annotations placed on the shown text (to mirror them on the live page). */
  onAnchored?: (placed: Array<{ id: string; color: string; start: number; end: number }>) => void;
}

interface Selected {
  start: number;
  end: number;
  text: string;
  top: number;
  left: number;
}

export function ArticlePane({ article, articleId, safeHtml, savedText, notice, onAnchored }: Props) {
  const [view, setView] = useState<PanelView>('article');
  const [tabsLayout, setTabsLayout] = useState<TabsLayout>('tabs');
  const [show, setShow] = useState({ sources: true, figures: true });
  const [toast, setToast] = useState<{ text: string; undo?: () => void } | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [editingNoteId, setEditingNoteId] = useState<string | null>(null);
  const [reattachId, setReattachId] = useState<string | null>(null);
  const marksById = useRef(new Map<string, HTMLElement[]>());
  const paneRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLElement | null>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const consumed = useRef<Selected | null>(null);

  const annotations = useAnnotations(articleId, article.text);
  const analysis = useMemo(
    () => analyzeText(article.text, { lang: article.lang, links: article.links, published: article.publishedTime }),
    [article.text, article.lang, article.links, article.publishedTime],
  );
  const groups = useMemo(() => groupSources(analysis.sources), [analysis]);
  const figures = useMemo(() => analysis.figures.map((span, i) => ({ id: figureId(i), span })), [analysis]);
  const placed = annotations.items.filter((a) => a.anchored);
  const orphanCount = annotations.items.length - placed.length;

  useEffect(() => {
    onAnchored?.(placed.map((a) => ({ id: a.id, color: a.color, start: a.anchored!.start, end: a.anchored!.end })));
  }, [placed.map((a) => `${a.id}:${a.color}:${a.anchored!.start}`).join('|')]); // eslint-disable-line react-hooks/exhaustive-deps

  const say = useCallback((text: string, undo?: () => void) => {
    clearTimeout(toastTimer.current);
    setToast({ text, undo });
    toastTimer.current = setTimeout(() => setToast(null), undo ? 8000 : 2500);
  }, []);

  const drawHighlights = useCallback(
    (body: HTMLElement) => {
      bodyRef.current = body;
      // Redrawing replaces the mark elements: a keyboard user focused on one (after a jump) keeps
      // focus on the same span instead of dropping to the page.
      const focusedMark = body.contains(document.activeElement) ? document.activeElement?.closest('mark[data-span-id]') : null;
      const focusedSpan = focusedMark?.getAttribute('data-span-id') ?? null;
      const specs: MarkSpec[] = [
        ...placed.map((a) => ({
          start: a.anchored!.start,
          end: a.anchored!.end,
          attrs: { 'data-annotation-id': a.id, 'data-span-id': a.id, class: `user-highlight color-${a.color}`, title: a.note ? a.note.slice(0, 200) : t('highlight') },
        })),
        ...analysis.sources.map((s, i) => ({
          start: s.start,
          end: s.end,
          attrs: { 'data-highlight': 'source', 'data-span-id': sourceId(i), 'data-kind': s.kind, title: t('sourceMarkTitle', s.name) },
        })),
        ...analysis.figures.map((f, i) => ({
          start: f.start,
          end: f.end,
          attrs: { 'data-highlight': 'figure', 'data-span-id': figureId(i), 'data-kind': f.kind, title: t('figureMarkTitle', f.text) },
        })),
      ];
      let drawn: HTMLElement[][] | null = null;
      keepSelectionAcross(body, () => {
        clearMarks(body, 'mark[data-highlight], mark[data-annotation-id]');
        drawn = drawMarks(body, specs, article.text);
      });
      marksById.current = new Map();
      (drawn as HTMLElement[][] | null)?.forEach((marks, i) => marksById.current.set(specs[i].attrs['data-span-id'], marks));
      const refocus = focusedSpan ? marksById.current.get(focusedSpan)?.[0] : undefined;
      if (refocus) {
        refocus.setAttribute('tabindex', '-1');
        refocus.focus({ preventScroll: true });
      }
    },
    [analysis, article.text, placed.map((a) => `${a.id}:${a.color}:${a.anchored!.start}:${a.anchored!.end}:${a.note.length}`).join('|')], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const jump = useCallback((id: string) => {
    setView('article');
    if (id.startsWith('s')) setShow((s) => ({ ...s, sources: true }));
    if (id.startsWith('f')) setShow((s) => ({ ...s, figures: true }));
    requestAnimationFrame(() => {
      const marks = marksById.current.get(id);
      if (!marks?.length) return;
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      marks[0].scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      marks[0].setAttribute('tabindex', '-1');
      marks[0].focus({ preventScroll: true });
      for (const m of marks) {
        m.classList.remove('flash');
        void m.offsetWidth; // restart the animation
        m.classList.add('flash');
      }
    });
  }, []);

  const copyText = useCallback(
    async (quote: string) => {
      try {
        await navigator.clipboard.writeText(quoteWithCitation(quote, article));
        say(t('copied'));
      } catch {
        say(t('copyFailed'));
      }
    },
    [article, say],
  );

  // Track the selection in the reader body.
  const readSelection = useCallback(() => {
    const body = bodyRef.current;
    const pane = paneRef.current;
    const sel = document.getSelection();
    if (!body || !pane || !sel || sel.rangeCount === 0 || sel.isCollapsed) {
      setSelected(null);
      return;
    }
    const range = sel.getRangeAt(0);
    const offsets = selectionOffsets(body, range);
    if (!offsets) {
      setSelected(null);
      return;
    }
    const rect = range.getBoundingClientRect();
    const box = pane.getBoundingClientRect();
    const left = Math.max(0, Math.min(rect.left - box.left, box.width - 300));
    setSelected({ ...offsets, top: rect.bottom - box.top + 6, left });
  }, []);

  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      if (!sel || sel.isCollapsed) setSelected(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const act = useCallback(
    async (action: SelectionAction) => {
      if (!selected) return;
      const { start, end, text } = selected;
      if (action.kind === 'copy') {
        await copyText(text);
        return;
      }
      // The selection is used up here, before the write: a second key press (or a new selection
      // made while the write is under way) must neither annotate it again nor be cleared by it.
      if (consumed.current === selected) return;
      consumed.current = selected;
      document.getSelection()?.removeAllRanges();
      setSelected(null);
      try {
        const color = action.kind === 'highlight' ? action.color : 'yellow';
        const record = await annotations.create(article, start, end, color);
        if (action.kind === 'note') {
          setEditingNoteId(record.id);
          setView('notes');
        } else if (action.kind === 'tags') {
          setView('notes');
          // The new item reaches the list when the live query next fires: wait for it (up to ~2 s),
          // then open its tag editor (which takes focus), so `t` always ends in the tag input.
          const openTags = (frames: number) =>
            requestAnimationFrame(() => {
              const button = document.querySelector<HTMLButtonElement>(`[data-annotation="${record.id}"] [data-testid="add-tags"]`);
              if (button) button.click();
              else if (frames > 0) openTags(frames - 1);
            });
          openTags(120);
        } else {
          say(t('highlightSaved'));
        }
      } catch (error) {
        say((error as Error).message);
      }
    },
    [selected, annotations, article, copyText, say],
  );

  const reattachHere = useCallback(async () => {
    if (!selected || !reattachId) return;
    try {
      await annotations.reattach(reattachId, selected.start, selected.end);
      document.getSelection()?.removeAllRanges();
      setSelected(null);
      setReattachId(null);
      say(t('reattached'));
    } catch (error) {
      say((error as Error).message);
    }
  }, [selected, reattachId, annotations, say]);

  // Keyboard shortcuts while text is selected in the reader.
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (reattachId && e.key === 'Enter') {
        e.preventDefault();
        void reattachHere();
        return;
      }
      const action = actionForKey(e.key);
      if (!action || reattachId) return;
      e.preventDefault();
      void act(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, act, reattachId, reattachHere]);

  const remove = useCallback(
    async (id: string) => {
      try {
        const removed: AnnotationRecord | undefined = await annotations.remove(id);
        if (removed) say(t('annotationDeleted'), () => void annotations.restore(removed).then(() => setToast(null)));
      } catch (error) {
        say((error as Error).message);
      }
    },
    [annotations, say],
  );

  const sentenceOf = useCallback((start: number, end: number) => sentenceAround(article.text, start, end), [article.text]);
  const changed = !!savedText && savedText !== article.text && annotations.items.length > 0;

  return (
    <>
      <ViewTabs
        view={view}
        counts={{ sources: groups.length, figures: figures.length, notes: annotations.items.length }}
        onChange={setView}
        onLayout={setTabsLayout}
      />
      {changed && (
        <p className="banner banner-info" role="status" data-testid="changed-banner">
          {tn('articleChanged', annotations.items.length, placed.length)}
          {orphanCount > 0 && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => setView('notes')}>{tn('articleChangedOrphans', orphanCount)}</button>
            </>
          )}
        </p>
      )}
      <div
        {...viewPanelProps('article', tabsLayout)}
        ref={paneRef}
        hidden={view !== 'article'}
        className="view-article"
        data-hide-sources={show.sources ? undefined : ''}
        data-hide-figures={show.figures ? undefined : ''}
        onMouseUp={() => setTimeout(readSelection, 0)}
        onKeyUp={(e) => {
          if (e.shiftKey || e.key.startsWith('Arrow')) readSelection();
        }}
      >
        <HighlightLegend
          showSources={show.sources}
          showFigures={show.figures}
          onChange={(kind, on) => setShow((s) => ({ ...s, [kind]: on }))}
        />
        {reattachId && (
          <p className="banner banner-info" role="status" data-testid="reattach-banner">
            {t('reattachHint')}{' '}
            <button type="button" className="link-button" onClick={() => setReattachId(null)}>{t('cancel')}</button>
          </p>
        )}
        <ReaderView article={article} safeHtml={safeHtml} notice={notice} onBodyReady={drawHighlights} />
        {selected && (
          <SelectionToolbar
            top={selected.top}
            left={selected.left}
            onAction={(a) => void act(a)}
            reattachLabel={reattachId ? t('reattachHere') : undefined}
            onReattach={reattachId ? () => void reattachHere() : undefined}
          />
        )}
      </div>
      <section {...viewPanelProps('sources', tabsLayout)} hidden={view !== 'sources'} className="entity-view">
        <SourceList groups={groups} sentenceOf={sentenceOf} onJump={jump} onCopy={(_name, sentence) => void copyText(sentence)} />
      </section>
      <section {...viewPanelProps('figures', tabsLayout)} hidden={view !== 'figures'} className="entity-view">
        <FigureList figures={figures} sentenceOf={sentenceOf} onJump={jump} onCopy={(_text, sentence) => void copyText(sentence)} />
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
          knownTags={annotations.tags}
          diff={wordDiff}
          editingNoteId={editingNoteId}
          onEditNote={setEditingNoteId}
          onJump={jump}
          onUpdate={async (id, patch) => {
            await annotations.update(id, patch);
          }}
          onDelete={(id) => void remove(id)}
          onCopy={(id) => {
            const a = annotations.items.find((x) => x.id === id);
            if (a) void copyText(a.anchored?.text ?? a.exact);
          }}
          onReattach={(id) => {
            setReattachId(id);
            setView('article');
            say(t('reattachHint'));
          }}
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
