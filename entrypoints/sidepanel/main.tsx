import { mountPage } from '../../components/mount';
import { App } from './App';
import '../../components/gloss.css';

mountPage('panelTitle', <App />);
