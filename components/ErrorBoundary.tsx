// Contains a render error to the part of a page that failed. Article data comes from hostile pages
// and imported files: whatever slips past validation must cost one view, never the whole panel or
// library. Says what failed and offers to try again; the toolbar, tabs and other views stay usable.
// Resets by itself when `resetKey` changes (another article, another tab).
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from './i18n';

interface Props {
  /** What this boundary holds, as the reader would name it ("The article"). */
  area: string;
  /** A different value clears a caught error (e.g. the article id). */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Gloss: ${this.props.area} failed to render`, error, info.componentStack);
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="banner banner-error" role="alert" data-testid="render-error">
        <strong>{t('renderFailed', this.props.area)}</strong> <span data-testid="render-error-detail">{error.message.slice(0, 300)}</span>{' '}
        <button type="button" className="link-button" onClick={() => this.setState({ error: null })}>{t('renderRetry')}</button>
      </div>
    );
  }
}
