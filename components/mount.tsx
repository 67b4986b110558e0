// Starts one of Gloss's extension pages: the UI language and direction from the browser's locale,
// the page title from the catalogue, and the React root.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { t, uiLocale, type MessageKey } from './i18n';

export function mountPage(titleKey: MessageKey, app: ReactNode): void {
  const { lang, dir } = uiLocale();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.title = t(titleKey);
  createRoot(document.getElementById('root')!).render(<StrictMode>{app}</StrictMode>);
}
