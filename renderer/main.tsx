import './styles/app.css';
import './styles/setup.css';
import './styles/session.css';
import './styles/charts.css';
import './styles/room.css';
import './styles/report.css';
import { bootstrap } from './app/bootstrap';

void bootstrap(document.getElementById('root')!);
