/**
 * The one message protocol between Sourcelight's parts: a call map per
 * direction (what can be sent, what comes back) and a schema for every
 * payload, checked on receipt because no message is trusted on its shape.
 */
import * as v from 'valibot';
import { PageReportSchema, type PageReport } from '../shared/page-report.ts';

/** A call: the payload sent and the reply expected. */
interface Call<Request, Response> {
  request: Request;
  response: Response;
}

/** What a content script can tell the background. */
export interface ContentToBackground {
  /** Event: the page's findings changed; `null` when the page has none (unrelated, or annotations removed). */
  'page-report': Call<PageReport | null, void>;
  /** Command, from a gate: this page may retell a known story, inject the engine into it (the frame that asked). */
  'load-engine': Call<null, void>;
  /** Command, from the engine: put the highlights' stylesheet into this page (`on`: it draws findings) or take it out. */
  'highlight-styles': Call<{ on: boolean }, void>;
  /** Question, for the card's hint: the keys the browser assigns to the step-through commands now. */
  'get-shortcuts': Call<null, Shortcuts>;
}

/** The keys of the two step-through commands, as the browser names them ('' when the user has assigned none). */
export interface Shortcuts {
  next: string;
  previous: string;
}
export const ShortcutsSchema = v.object({
  next: v.pipe(v.string(), v.maxLength(100)),
  previous: v.pipe(v.string(), v.maxLength(100)),
});

/** One subscribed feed, as the options page shows it. */
export interface FeedView {
  url: string;
  /** Empty for an unsigned feed. */
  keyId: string;
  /** An unsigned ClaimReview feed the user chose to trust. */
  unsigned: boolean;
  installed?: {
    version: string;
    packId: string;
    publisher: string;
    stories: number;
    expires: string;
    installedAt: string;
  };
  /** The installed pack is in use (not expired). */
  inUse: boolean;
  /** Its stories that an earlier pack (the embedded one, or an earlier subscription) already has: that pack's version is used. */
  shadowed?: string[];
  lastCheck?: string;
  lastError?: { reason: string; at: string };
}

/** A reply that may be a refusal, in plain words (errors do not cross extension messaging). */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** A refusal with several reasons carries them in `error`, one a line, so the options page can show them all. */
export const PROBLEM_SEPARATOR = '\n';

/** What the options page can ask the background about subscribed feeds; every reply is the feeds as they are now. */
export interface OptionsToBackground {
  'get-feeds': Call<null, Reply<FeedView[]>>;
  /** Subscribes (pinning the key) and checks the feed at once; a refused address or key comes back as the reason. */
  subscribe: Call<{ url: string; publicKey: string; claimReview: boolean }, Reply<FeedView[]>>;
  unsubscribe: Call<{ url: string }, Reply<FeedView[]>>;
  /** Checks every feed now, whatever its schedule. */
  'check-feeds': Call<null, Reply<FeedView[]>>;
}

const Url = v.pipe(v.string(), v.maxLength(2000));
export const optionsToBackgroundSchemas: Schemas<OptionsToBackground> = {
  'get-feeds': v.null(),
  subscribe: v.object({
    url: Url,
    publicKey: v.pipe(v.string(), v.maxLength(200)),
    claimReview: v.boolean(),
  }),
  unsubscribe: v.object({ url: Url }),
  'check-feeds': v.null(),
};

/** What the extension's own pages (the popup) and its background can ask a content script. */
export interface ExtensionToContent {
  /** Command: return what the content script knows about its page now. */
  'get-page-state': Call<null, PageState>;
  /** Command: move to the next (1) or previous (-1) finding worth reading, scroll to it and open its card; replies whether there was one. */
  'step-finding': Call<{ direction: 1 | -1 }, boolean>;
  /** Command: scroll to the finding (named by what it was matched to and the page's words), open its card and focus it; replies whether it is drawn. */
  'show-finding': Call<{ claimId: string; text: string }, boolean>;
}

/** A content script's state: still working, turned off by the user, or done with a report. */
export type PageState =
  | { status: 'pending' }
  | { status: 'disabled'; url: string; scope: 'everywhere' | 'site' }
  | { status: 'analysed'; report: PageReport };

export const PageStateSchema = v.variant('status', [
  v.object({ status: v.literal('pending') }),
  v.object({
    status: v.literal('disabled'),
    url: v.pipe(v.string(), v.maxLength(4000)),
    scope: v.picklist(['everywhere', 'site']),
  }),
  v.object({ status: v.literal('analysed'), report: PageReportSchema }),
]);

type Schemas<Map> = {
  [K in keyof Map]: v.GenericSchema<unknown, Map[K] extends Call<infer Q, unknown> ? Q : never>;
};

export const contentToBackgroundSchemas: Schemas<ContentToBackground> = {
  'page-report': v.nullable(PageReportSchema),
  'load-engine': v.null(),
  'highlight-styles': v.object({ on: v.boolean() }),
  'get-shortcuts': v.null(),
};

export const extensionToContentSchemas: Schemas<ExtensionToContent> = {
  'get-page-state': v.null(),
  'step-finding': v.object({ direction: v.picklist([1, -1]) }),
  'show-finding': v.object({
    claimId: v.pipe(v.string(), v.maxLength(200)),
    text: v.pipe(v.string(), v.maxLength(4000)),
  }),
};

export type { Call, Schemas };
