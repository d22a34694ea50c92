/**
 * Content-script entry, on every http(s) page. It stays as small as it can:
 * one native pattern over the article's text (built from the embedded pack's
 * required recognition terms at build time) tells whether the page can
 * retell a known story at all. Only then, or when an extension page asks
 * about the page, is the engine loaded (annotate.ts). Pages that change later
 * (single-page apps, infinite scroll) are checked again, debounced.
 *
 * The build (scripts/content-gate.ts) bundles this file on its own as a
 * classic script, so unrelated pages pay for no module loading at all; there
 * `import('./annotate.ts')` loads the annotate chunk the main build wrote.
 */
import { foldText } from '../../engine/normalize.ts';
import { answerMessages } from '../platform/runtime-lite.ts';
import type { Annotating } from './annotate.ts';
import { findArticleRoot } from './dom/article-root.ts';
import { watchPage, type PageWatch } from './dom/watch-page.ts';

/** Set by the build: the prefilter over every required term of the embedded pack (null: analyse every page). */
declare const __SOURCELIGHT_GATE__: string | null;

const gate = __SOURCELIGHT_GATE__ === null ? null : new RegExp(__SOURCELIGHT_GATE__);

/** Whether the page's article may retell a known story (never a false "no"). */
function mayRetellAStory(): boolean {
  if (!gate) return true;
  const root = findArticleRoot(document);
  return Boolean(root && gate.test(foldText(root.textContent ?? '')));
}

let annotating: Promise<Annotating> | null = null;
let watch: PageWatch | null = null;

function annotate(): Promise<Annotating> {
  watch?.stop();
  watch = null;
  annotating ??= import('./annotate.ts').then((module) => module.start());
  return annotating;
}

answerMessages(async (message, sender) => (await annotate()).handle(message, sender));

if (mayRetellAStory()) void annotate();
else watch = watchPage(document, () => void (mayRetellAStory() && annotate()));
