// What the panel says instead of going blank: loading, no article (with the reason), pages no
// extension may read, pages Gloss was not yet asked to read, errors.
import { t, type MessageKey } from './i18n';

export type ViewState = 'loading' | 'not-article' | 'restricted' | 'no-access' | 'error' | 'empty' | 'no-tab';

const TITLES: Record<ViewState, MessageKey> = {
  loading: 'loading',
  'not-article': 'stateNotArticle',
  restricted: 'stateRestricted',
  'no-access': 'stateNoAccess',
  error: 'stateError',
  empty: 'stateEmpty',
  'no-tab': 'stateNoTab',
};

interface Props {
  state: ViewState;
  reason?: string;
  /** The reason as a code (a not-article reason, a read problem), kept on the element for tests and styles. */
  reasonCode?: string;
  onRetry?: () => void;
}

export function StateView({ state, reason, reasonCode, onRetry }: Props) {
  const detail =
    state === 'restricted' ? t('stateRestrictedReason') : state === 'no-access' ? t('stateNoAccessReason') : reason;
  return (
    <section className={`state state-${state}`} aria-live="polite" aria-busy={state === 'loading'}>
      {state === 'loading' && <div className="spinner" aria-hidden="true" />}
      <p className="state-message" data-testid="state-message" role={state === 'error' ? 'alert' : undefined}>
        {t(TITLES[state])}
      </p>
      {detail && (
        <p className="state-reason" data-testid="state-reason" data-reason={reasonCode}>
          {detail}
        </p>
      )}
      {onRetry && state !== 'loading' && state !== 'empty' && (
        <button type="button" className="button" onClick={onRetry}>{t('reload')}</button>
      )}
    </section>
  );
}
