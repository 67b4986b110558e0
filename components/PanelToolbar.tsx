// The panel's top bar: save to the library, open the library, text size and theme. One row at
// every width: as the panel narrows, text size and theme move into a menu, then the name goes
// (it stays for screen readers), then the library button joins the menu (useFitLevel measures).
import { useRef } from 'react';
import type { Theme } from './types';
import { t, type MessageKey } from './i18n';
import { ToolbarMenu } from './ToolbarMenu';
import { useElementHeight } from './useElementHeight';
import { useFitLevel } from './useFitLevel';

interface Props {
  canSave: boolean;
  saved: boolean;
  onToggleSave: () => void;
  libraryOpen: boolean;
  onToggleLibrary: () => void;
  theme: Theme;
  onCycleTheme: () => void;
  onFontSmaller: () => void;
  onFontLarger: () => void;
}

const THEME_LABEL: Record<Theme, MessageKey> = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' };
const THEME_ICON: Record<Theme, string> = { auto: '◐', light: '☀', dark: '☾' };

/** Levels, fullest first: everything on the row · text size and theme in the menu · no name · the library in the menu too. */
const FULL = 0;
const NO_NAME = 2;
const LIBRARY_IN_MENU = 3;
const LEVELS = 4;

export function PanelToolbar(props: Props) {
  const header = useRef<HTMLElement>(null);
  const row = useRef<HTMLDivElement>(null);
  const level = useFitLevel(header, row, LEVELS, `${props.saved}|${props.libraryOpen}|${props.canSave}`);
  useElementHeight(header, '--toolbar-h');

  const library = (inMenu: boolean) => (
    <button
      type="button"
      className={inMenu ? 'menu-item' : 'button'}
      data-testid="open-saved"
      data-closes-menu={inMenu ? '' : undefined}
      aria-expanded={props.libraryOpen}
      onClick={props.onToggleLibrary}
    >
      {props.libraryOpen ? t('backToArticle') : t('savedList')}
    </button>
  );

  return (
    <header className="toolbar" ref={header} data-level={level}>
      <div className="toolbar-row" ref={row} role="toolbar" aria-label={t('toolbarLabel')}>
        <h1 className={level >= NO_NAME ? 'brand visually-hidden' : 'brand'}>Gloss</h1>
        <button
          type="button"
          className="button primary"
          data-testid="save"
          aria-pressed={props.saved}
          disabled={!props.canSave}
          title={props.saved ? t('savedHint') : t('saveHint')}
          onClick={props.onToggleSave}
        >
          {props.saved ? t('saved') : t('save')}
        </button>
        {level < LIBRARY_IN_MENU && library(false)}
        {level === FULL ? (
          <span className="toolbar-end">
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
          </span>
        ) : (
          <ToolbarMenu label={t('moreControls')}>
            {level >= LIBRARY_IN_MENU && library(true)}
            <button type="button" className="menu-item" data-testid="font-smaller" onClick={props.onFontSmaller}>
              <span className="menu-glyph">A−</span> {t('fontSmaller')}
            </button>
            <button type="button" className="menu-item" data-testid="font-larger" onClick={props.onFontLarger}>
              <span className="menu-glyph">A+</span> {t('fontLarger')}
            </button>
            <button type="button" className="menu-item" data-testid="theme-toggle" onClick={props.onCycleTheme}>
              <span className="menu-glyph" aria-hidden="true">{THEME_ICON[props.theme]}</span> {t(THEME_LABEL[props.theme])}
            </button>
          </ToolbarMenu>
        )}
      </div>
    </header>
  );
}
