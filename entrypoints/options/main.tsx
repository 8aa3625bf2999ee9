import { render } from 'preact';
import '../../assets/theme.css';
import { OptionsApp } from './app';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
