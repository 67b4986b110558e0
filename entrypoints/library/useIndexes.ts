// The library's cross-article indexes of sources and figures, from the analyses stored with each
// article (lib/db analyses them once per version): read only while their tab is open, narrowed to
// the rows shown, and the figures' sentences read only for the figures on screen.
import { useEffect, useMemo, useState } from 'react';
import { buildSourcesIndex, type IndexedSource } from '../../components/SourcesIndex';
import type { IndexedFigure } from '../../components/FiguresIndex';
import { getAnalyses, type ArticleSummary, type StoredAnalysis } from '../../lib/db';
import { sentenceAround } from '../../lib/export/citation';
import { db } from '../sidepanel/db';

/** Figures listed at first, and added by each "show more". */
export const FIGURES_PAGE = 200;

export function useIndexes(tab: 'sources' | 'figures' | null, rows: ArticleSummary[], analysedCount: number) {
  const active = tab !== null;
  const [analyses, setAnalyses] = useState<Map<string, StoredAnalysis> | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    void getAnalyses(db).then((list) => live && setAnalyses(new Map(list.map((a) => [a.id, a]))));
    return () => {
      live = false;
    };
  }, [active, analysedCount]);

  // Computed only while a tab shows them: a search on the Articles tab must not rebuild them.
  const sources = useMemo<IndexedSource[]>(
    () => (tab === 'sources' && analyses ? buildSourcesIndex(rows.map((r) => ({ id: r.id, title: r.title, sources: analyses.get(r.id)?.sources ?? [] }))) : []),
    [tab, analyses, rows],
  );
  const figures = useMemo<IndexedFigure[]>(
    () => (tab === 'figures' && analyses ? rows.flatMap((r) => (analyses.get(r.id)?.figures ?? []).map((figure) => ({ figure, articleId: r.id, title: r.title }))) : []),
    [tab, analyses, rows],
  );

  const [shown, setShown] = useState(FIGURES_PAGE);
  const [texts, setTexts] = useState<Map<string, string>>(new Map());
  const wanted = useMemo(() => [...new Set(figures.slice(0, shown).map((f) => f.articleId))], [figures, shown]);
  useEffect(() => {
    const missing = wanted.filter((id) => !texts.has(id));
    if (!missing.length) return;
    let live = true;
    void db.articles.bulkGet(missing).then((list) => {
      if (!live) return;
      setTexts((old) => {
        const next = new Map(old);
        list.forEach((a, i) => next.set(missing[i], a?.text ?? ''));
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [wanted]); // eslint-disable-line react-hooks/exhaustive-deps

  const sentence = (f: IndexedFigure) => {
    const text = texts.get(f.articleId);
    return text === undefined ? undefined : sentenceAround(text, f.figure.start, f.figure.end);
  };
  return { ready: analyses !== null, sources, figures, shown, showMore: () => setShown((n) => n + FIGURES_PAGE), sentence };
}
