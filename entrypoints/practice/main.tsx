import { render } from 'preact';
import '../../assets/theme.css';
import { PracticeApp } from './app';
import './style.css';

render(<PracticeApp />, document.getElementById('app')!);
