import { mountPage } from '../../components/mount';
import { SyncSettings } from './SyncSettings';
import '../../components/gloss.css';
import './options.css';

mountPage('settingsTitle', <SyncSettings />);
