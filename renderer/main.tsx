import './styles/app.css';
import { bootstrap } from './app/bootstrap';

void bootstrap(document.getElementById('root')!);
