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
}

/** What an extension page (the popup) can ask a content script. */
export interface PopupToContent {
  /** Command: return what the content script knows about its page now. */
  'get-page-state': Call<null, PageState>;
}

/** A content script's state: still working, turned off by the user, or done with a report. */
export type PageState =
  | { status: 'pending' }
  | { status: 'disabled' }
  | { status: 'analysed'; report: PageReport };

export const PageStateSchema = v.variant('status', [
  v.object({ status: v.literal('pending') }),
  v.object({ status: v.literal('disabled') }),
  v.object({ status: v.literal('analysed'), report: PageReportSchema }),
]);

type Schemas<Map> = { [K in keyof Map]: v.GenericSchema<unknown, Map[K] extends Call<infer Q, unknown> ? Q : never> };

export const contentToBackgroundSchemas: Schemas<ContentToBackground> = {
  'page-report': v.nullable(PageReportSchema),
};

export const popupToContentSchemas: Schemas<PopupToContent> = {
  'get-page-state': v.null(),
};

export type { Call, Schemas };
