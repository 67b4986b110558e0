// Across the whole library: every figure with its normalised value, its sentence and its article.
import type { FigureSpan } from '../lib/analyze/types';
import { formatFigureValue } from './analysisView';
import { t, tn } from './i18n';

export interface IndexedFigure {
  figure: FigureSpan;
  articleId: string;
  title: string;
}

interface Props {
  figures: IndexedFigure[];
  /** How many rows to show (the page loads the sentences of those). */
  shown: number;
  /** A figure's sentence, once its article's text is loaded. */
  sentence: (f: IndexedFigure) => string | undefined;
  onShowMore: () => void;
  onOpen: (articleId: string) => void;
}

export function FiguresIndex({ figures, shown, sentence, onShowMore, onOpen }: Props) {
  if (figures.length === 0) return <p className="state-reason">{t('figuresEmpty')}</p>;
  return (
    <table className="data-table" data-testid="figures-index">
      <caption className="visually-hidden">{t('figuresIndexCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colFigure')}</th>
          <th scope="col">{t('colValue')}</th>
          <th scope="col">{t('colSentence')}</th>
          <th scope="col">{t('colArticle')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.slice(0, shown).map((f, i) => (
          <tr key={`${f.articleId}-${f.figure.start}-${i}`}>
            <th scope="row">{f.figure.text}</th>
            <td>{formatFigureValue(f.figure) ?? ''}</td>
            <td className="sentence-cell">{sentence(f) ?? '…'}</td>
            <td><button type="button" className="link-button" onClick={() => onOpen(f.articleId)}>{f.title}</button></td>
          </tr>
        ))}
      </tbody>
      {figures.length > shown && (
        <tfoot>
          <tr>
            <td colSpan={4}>
              <button type="button" className="button" onClick={onShowMore}>{tn('showMoreFigures', Math.min(shown, figures.length - shown))}</button>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
