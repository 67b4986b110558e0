// The panel's top bar: save to the library, open the library, theme and text size. Once the article
// is saved its button says so; pressing it again only asks whether to remove the article (saying
// what that deletes) — it never removes anything by itself.
import type { Theme } from './types';
import { t, type MessageKey } from './i18n';

interface Props {
  canSave: boolean;
  saved: boolean;
  onSave: () => void;
  /** The "remove this article?" question is open (the saved button controls it). */
  removeOpen: boolean;
  onAskRemove: () => void;
  libraryOpen: boolean;
  onToggleLibrary: () => void;
  theme: Theme;
  onCycleTheme: () => void;
  onFontSmaller: () => void;
  onFontLarger: () => void;
}

const THEME_LABEL: Record<Theme, MessageKey> = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' };
const THEME_ICON: Record<Theme, string> = { auto: '◐', light: '☀', dark: '☾' };

export function PanelToolbar(props: Props) {
  return (
    <header className="toolbar">
      <div className="toolbar-row" role="toolbar" aria-label={t('toolbarLabel')}>
      <h1 className="brand">Gloss</h1>
      <button
        type="button"
        className="button primary"
        data-testid="save"
        aria-pressed={props.saved}
        aria-expanded={props.saved ? props.removeOpen : undefined}
        aria-controls={props.saved && props.removeOpen ? 'remove-question' : undefined}
        disabled={!props.canSave}
        title={props.saved ? t('savedHint') : t('saveHint')}
        onClick={props.saved ? props.onAskRemove : props.onSave}
      >
        {props.saved ? t('saved') : t('save')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="open-saved"
        aria-expanded={props.libraryOpen}
        onClick={props.onToggleLibrary}
      >
        {props.libraryOpen ? t('backToArticle') : t('savedList')}
      </button>
      <span className="toolbar-spacer" />
      {/* The name starts with the visible label, so "click A plus" works for speech input (axe label-content-name-mismatch). */}
      <button type="button" className="icon-button" data-testid="font-smaller" aria-label={`A− ${t('fontSmaller')}`} title={t('fontSmaller')} onClick={props.onFontSmaller}>
        A−
      </button>
      <button type="button" className="icon-button" data-testid="font-larger" aria-label={`A+ ${t('fontLarger')}`} title={t('fontLarger')} onClick={props.onFontLarger}>
        A+
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="theme-toggle"
        aria-label={t(THEME_LABEL[props.theme])}
        title={t(THEME_LABEL[props.theme])}
        onClick={props.onCycleTheme}
      >
        <span aria-hidden="true">{THEME_ICON[props.theme]}</span>
      </button>
      </div>
    </header>
  );
}
