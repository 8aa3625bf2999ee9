import { render } from 'preact';

render(<p>Post Coach</p>, document.getElementById('app')!);
