import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLocale, t } from '../../components/i18n';
import { LibraryApp } from './LibraryApp';
import '../../components/gloss.css';
import './library.css';

const { lang, dir } = uiLocale();
document.documentElement.lang = lang;
document.documentElement.dir = dir;
document.title = t('libraryTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LibraryApp />
  </StrictMode>,
);
