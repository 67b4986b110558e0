// One article in the panel: the reader view with its source and figure highlights, and the
// Sources and Figures lists that jump to them. Analysis runs here, on the article's own text.
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { FigureList } from '../../components/FigureList';
import { HighlightLegend } from '../../components/HighlightLegend';
import { ReaderView, type ReaderArticle } from '../../components/ReaderView';
import { SourceList } from '../../components/SourceList';
import { ViewTabs, type PanelView } from '../../components/ViewTabs';
import { figureId, groupSources, sourceId } from '../../components/analysisView';
import { clearMarks, drawMarks, type MarkSpec } from '../../components/marks';
import { t } from '../../components/i18n';
import { analyzeText } from '../../lib/analyze';
import type { TextLink } from '../../lib/extract/types';
import { quoteWithCitation, sentenceAround } from '../../lib/export/citation';

export interface PaneArticle extends ReaderArticle {
  text: string;
  links: TextLink[];
}

interface Props {
  article: PaneArticle;
  safeHtml: string;
  notice?: ReactNode;
}

export function ArticlePane({ article, safeHtml, notice }: Props) {
  const [view, setView] = useState<PanelView>('article');
  const [show, setShow] = useState({ sources: true, figures: true });
  const [toast, setToast] = useState<string | null>(null);
  const marksById = useRef(new Map<string, HTMLElement[]>());

  const analysis = useMemo(
    () => analyzeText(article.text, { lang: article.lang, links: article.links }),
    [article.text, article.lang, article.links],
  );
  const groups = useMemo(() => groupSources(analysis.sources), [analysis]);
  const figures = useMemo(() => analysis.figures.map((span, i) => ({ id: figureId(i), span })), [analysis]);

  const drawHighlights = useCallback(
    (body: HTMLElement) => {
      clearMarks(body, 'mark[data-highlight]');
      const specs: MarkSpec[] = [
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
      const drawn = drawMarks(body, specs, article.text);
      marksById.current = new Map();
      drawn?.forEach((marks, i) => marksById.current.set(specs[i].attrs['data-span-id'], marks));
    },
    [analysis, article.text],
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

  const copy = useCallback(
    async (_what: string, sentence: string) => {
      try {
        await navigator.clipboard.writeText(quoteWithCitation(sentence, article));
        setToast(t('copied'));
      } catch {
        setToast(t('copyFailed'));
      }
      setTimeout(() => setToast(null), 2500);
    },
    [article],
  );

  const sentenceOf = useCallback((start: number, end: number) => sentenceAround(article.text, start, end), [article.text]);

  return (
    <>
      <ViewTabs view={view} counts={{ sources: groups.length, figures: figures.length }} onChange={setView} />
      <div
        id="view-article"
        role="tabpanel"
        aria-labelledby="tab-article"
        hidden={view !== 'article'}
        className="view-article"
        data-hide-sources={show.sources ? undefined : ''}
        data-hide-figures={show.figures ? undefined : ''}
      >
        <HighlightLegend
          showSources={show.sources}
          showFigures={show.figures}
          onChange={(kind, on) => setShow((s) => ({ ...s, [kind]: on }))}
        />
        <ReaderView article={article} safeHtml={safeHtml} notice={notice} onBodyReady={drawHighlights} />
      </div>
      <section id="view-sources" role="tabpanel" aria-labelledby="tab-sources" hidden={view !== 'sources'} className="entity-view">
        <SourceList groups={groups} sentenceOf={sentenceOf} onJump={jump} onCopy={copy} />
      </section>
      <section id="view-figures" role="tabpanel" aria-labelledby="tab-figures" hidden={view !== 'figures'} className="entity-view">
        <FigureList figures={figures} sentenceOf={sentenceOf} onJump={jump} onCopy={copy} />
      </section>
      <div className="toast" role="status" aria-live="polite">{toast}</div>
    </>
  );
}
