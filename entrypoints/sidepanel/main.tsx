import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLocale, t } from '../../components/i18n';
import { App } from './App';
import '../../components/gloss.css';

const { lang, dir } = uiLocale();
document.documentElement.lang = lang;
document.documentElement.dir = dir;
document.title = t('panelTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
