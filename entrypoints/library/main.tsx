import { mountPage } from '../../components/mount';
import { LibraryApp } from './LibraryApp';
import '../../components/gloss.css';
import './library.css';

mountPage('libraryTitle', <LibraryApp />);
if (import.meta.env.MODE === 'e2e') void import('./benchHook').then((m) => m.installBenchHook());
