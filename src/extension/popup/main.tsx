import { render } from 'preact';
import { App } from './App.tsx';

const tabParam = new URLSearchParams(location.search).get('tab');
render(
  <App tabId={tabParam ? Number(tabParam) : undefined} />,
  document.getElementById('app') as HTMLElement,
);
