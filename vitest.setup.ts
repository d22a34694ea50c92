import { vi } from 'vitest';
import { fakeBrowser } from './src/extension/platform/fake-browser.ts';

// The one stub of the WebExtension API for every unit test.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
