import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../platform/fake-browser.ts';
import { handleMessages } from './messenger.ts';
import { contentToBackgroundSchemas } from './protocol.ts';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
const listener = () => [...fakeBrowser.runtime.onMessage.listeners].at(-1) as unknown as Listener;

const report = {
  url: 'https://example.org/a',
  story: null,
  counts: { discrepant: 0, consistent: 0, unverified: 0 },
  findings: [],
  signals: [],
};
const fromTab = { id: 'sourcelight-test', tab: { id: 7 } };
/** The content script's messages handled, page reports by `handler`, the others by stubs, from senders `accept` lets in. */
const handlePageReports = (
  handler: () => Promise<undefined>,
  accept: Parameters<typeof handleMessages>[2],
) =>
  handleMessages(
    contentToBackgroundSchemas,
    {
      'page-report': handler,
      'load-engine': vi.fn(async () => undefined),
      'highlight-styles': vi.fn(async () => undefined),
      'get-shortcuts': vi.fn(async () => ({ next: '', previous: '' })),
    },
    accept,
  );

describe('handleMessages', () => {
  beforeEach(() => fakeBrowser.runtime.onMessage.listeners.clear());

  it('passes a valid message from an accepted sender to its handler', async () => {
    const handler = vi.fn(async () => undefined);
    handlePageReports(handler, () => true);
    await listener()({ channel: 'sourcelight/v1', type: 'page-report', payload: report }, fromTab);
    expect(handler).toHaveBeenCalledWith(report, fromTab);
  });

  it('ignores unknown channels, unknown types, inherited keys, bad payloads and rejected senders', () => {
    const handler = vi.fn(async () => undefined);
    handlePageReports(handler, (s) => s === fromTab);
    const send = (message: unknown, sender: unknown = fromTab) => listener()(message, sender);
    expect(send({ type: 'page-report', payload: report })).toBeUndefined();
    expect(send({ channel: 'sourcelight/v1', type: 'get-secrets', payload: null })).toBeUndefined();
    expect(send({ channel: 'sourcelight/v1', type: 'toString', payload: null })).toBeUndefined();
    expect(
      send({
        channel: 'sourcelight/v1',
        type: 'page-report',
        payload: { ...report, counts: { discrepant: -1 } },
      }),
    ).toBeUndefined();
    expect(
      send({ channel: 'sourcelight/v1', type: 'page-report', payload: report }, { id: 'other' }),
    ).toBeUndefined();
    expect(send('page-report')).toBeUndefined();
    expect(send(null)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });
});
