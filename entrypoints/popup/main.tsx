import { render } from 'preact';
import '../../assets/theme.css';
import { PopupApp } from './app';
import './style.css';

render(<PopupApp />, document.getElementById('app')!);
