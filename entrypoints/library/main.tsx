import { mountPage } from '../../components/mount';
import { LibraryApp } from './LibraryApp';
import '../../components/gloss.css';
import './library.css';

mountPage('libraryTitle', <LibraryApp />);
