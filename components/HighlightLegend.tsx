// The legend of the reader's highlights, doubling as the switch for each kind.
import { t } from './i18n';

export type HighlightKind = 'sources' | 'figures' | 'tableFigures';

interface Props {
  showSources: boolean;
  showFigures: boolean;
  /** Shown only when the article has figures in tables. */
  showTableFigures?: boolean;
  hasTableFigures?: boolean;
  onChange: (kind: HighlightKind, on: boolean) => void;
}

export function HighlightLegend({ showSources, showFigures, showTableFigures = false, hasTableFigures = false, onChange }: Props) {
  return (
    <fieldset className="legend" data-testid="legend">
      <legend className="visually-hidden">{t('legendTitle')}</legend>
      <label className="legend-item">
        <input type="checkbox" data-testid="toggle-sources" checked={showSources} onChange={(e) => onChange('sources', e.target.checked)} />
        <mark className="legend-sample" data-highlight="source">{t('legendSources')}</mark>
      </label>
      <label className="legend-item">
        <input type="checkbox" data-testid="toggle-figures" checked={showFigures} onChange={(e) => onChange('figures', e.target.checked)} />
        <mark className="legend-sample" data-highlight="figure">{t('legendFigures')}</mark>
      </label>
      {hasTableFigures && (
        <label className="legend-item">
          <input type="checkbox" data-testid="toggle-table-figures" checked={showTableFigures} disabled={!showFigures} onChange={(e) => onChange('tableFigures', e.target.checked)} />
          <mark className="legend-sample" data-highlight="figure">{t('legendTableFigures')}</mark>
        </label>
      )}
    </fieldset>
  );
}
