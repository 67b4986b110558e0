// The line above the Sources and Figures lists of a text too long to analyse whole
// (lib/analyze MAX_ANALYSED_CHARS): the lists are then not the whole article's, and the reader must
// know it.
import { formatNumber, t } from './i18n';

export function AnalysisPartialNote({ analysedChars, totalChars }: { analysedChars?: number; totalChars: number }) {
  if (analysedChars === undefined) return null;
  return (
    <p className="state-reason" data-testid="analysis-partial">
      {t('analysisPartial', formatNumber(analysedChars), formatNumber(totalChars))}
    </p>
  );
}
