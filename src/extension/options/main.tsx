import { render } from 'preact';
import { OptionsApp } from './OptionsApp.tsx';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
