// The Figures list: every number the article rests on, normalised where possible, with the
// sentence it stands in, in reading order; figures in tables come after, grouped per table.
import type { FigureSpan } from '../lib/analyze/types';
import { formatFigureValue, type Mention } from './analysisView';
import { t, tn, type MessageKey } from './i18n';

interface Props {
  figures: Mention<FigureSpan>[];
  /** The analysis has not finished yet: say so rather than "none found". */
  pending?: boolean;
  sentenceOf: (start: number, end: number) => string;
  onJump: (id: string) => void;
  onCopy: (text: string, sentence: string) => void;
}

const KIND_LABEL: Record<string, MessageKey> = {
  count: 'figureKindCount',
  money: 'figureKindMoney',
  percent: 'figureKindPercent',
  range: 'figureKindRange',
  measure: 'figureKindMeasure',
  date: 'figureKindDate',
};

export function FigureList({ figures, pending, sentenceOf, onJump, onCopy }: Props) {
  if (pending) return <p className="state-reason" role="status" data-testid="figures-pending">{t('analysisPending')}</p>;
  if (figures.length === 0) return <p className="state-reason" data-testid="figures-empty">{t('figuresEmpty')}</p>;
  const prose = figures.filter((f) => !f.span.table);
  const tables = new Map<number, Mention<FigureSpan>[]>();
  for (const f of figures) if (f.span.table) tables.set(f.span.table, [...(tables.get(f.span.table) ?? []), f]);
  const item = ({ id, span }: Mention<FigureSpan>) => {
    const sentence = sentenceOf(span.start, span.end);
    const normalised = formatFigureValue(span);
    return (
      <li key={id} className="entity" data-testid="figure-item" data-kind={span.kind}>
        <div className="entity-head">
          <button type="button" className="entity-name" onClick={() => onJump(id)}>
            <span className="swatch swatch-figure" aria-hidden="true" />
            {span.text}
          </button>
          <span className="entity-kind">{t(KIND_LABEL[span.kind] ?? 'figureKindCount')}</span>
        </div>
        {normalised && normalised !== span.text && <p className="entity-meta" data-testid="figure-value">= {normalised}</p>}
        <p className="entity-sentence">{sentence}</p>
        <div className="entity-actions">
          <button type="button" className="chip" onClick={() => onCopy(span.text, sentence)}>{t('copyWithCitation')}</button>
        </div>
      </li>
    );
  };
  return (
    <>
      {prose.length > 0 && <ol className="entity-list" data-testid="figure-list">{prose.map(item)}</ol>}
      {[...tables].map(([n, list]) => (
        <details key={n} className="figure-table" data-testid="figure-table">
          <summary>{tn('figuresTable', list.length, n)}</summary>
          <ol className="entity-list">{list.map(item)}</ol>
        </details>
      ))}
    </>
  );
}
