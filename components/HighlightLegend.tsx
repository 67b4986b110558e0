// The legend of the reader's highlights, doubling as the switch for each kind.
import { t } from './i18n';

interface Props {
  showSources: boolean;
  showFigures: boolean;
  onChange: (kind: 'sources' | 'figures', on: boolean) => void;
}

export function HighlightLegend({ showSources, showFigures, onChange }: Props) {
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
    </fieldset>
  );
}
