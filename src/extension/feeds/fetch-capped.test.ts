import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFeedUrl } from './feed-url.ts';
import { fetchCapped } from './fetch-capped.ts';

let server: Server;
let base = '';
const seen: { cookie?: string | undefined; referer?: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ cookie: req.headers.cookie, referer: req.headers.referer });
    if (req.url === '/small') return res.end('{"ok":true}');
    if (req.url === '/missing') return res.writeHead(404, 'Not Found').end();
    if (req.url === '/declared-huge')
      return res.writeHead(200, { 'content-length': String(100 * 1024 * 1024) }).end();
    if (req.url === '/endless') {
      // 100 MB, chunked, with no length declared.
      res.writeHead(200);
      const chunk = Buffer.alloc(1024 * 1024, 120);
      let sent = 0;
      const pump = () => {
        while (sent < 100 && res.write(chunk)) sent++;
        if (sent >= 100) res.end();
        else res.once('drain', pump);
      };
      req.socket.on('close', () => (sent = 100));
      return pump();
    }
    if (req.url === '/stalls') {
      // Starts sending, then never finishes.
      res.writeHead(200);
      return void res.write('{"format": "sourcelight-signed-pack", ');
    }
    if (req.url === '/to-http')
      return res.writeHead(302, { location: 'http://feeds.example/pack.json' }).end();
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchCapped', () => {
  it('reads a feed, sending no cookie and no referrer', async () => {
    const result = await fetchCapped(`${base}/small`, 1024);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('{"ok":true}');
    expect(seen.at(-1)).toEqual({ cookie: undefined, referer: undefined });
  });

  it('says so when the feed stops sending before the end', async () => {
    expect(await fetchCapped(`${base}/stalls`, 1024 * 1024, fetch, 300)).toEqual({
      ok: false,
      reason: 'the feed did not finish sending in time',
    });
  });

  it('stops reading a 100 MB answer at the cap, declared or not', async () => {
    expect(await fetchCapped(`${base}/declared-huge`, 1024 * 1024)).toEqual({
      ok: false,
      reason: 'the feed is 100 MB; the limit is 1 MB',
    });
    expect(await fetchCapped(`${base}/endless`, 2 * 1024 * 1024)).toEqual({
      ok: false,
      reason: 'the feed sent more than 2 MB, the limit; reading stopped there',
    });
  });

  it('says plainly when the server answers with an error, is down, or redirects off HTTPS', async () => {
    expect(await fetchCapped(`${base}/missing`, 1024)).toEqual({
      ok: false,
      reason: 'the feed answered 404 Not Found',
    });
    expect(await fetchCapped('http://127.0.0.1:9/nothing', 1024)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/could not be reached/),
    });
    // Redirects are not followed at all: they could lead to plain HTTP or to a service on this computer.
    expect(await fetchCapped(`${base}/to-http`, 1024)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('subscribe to the final address'),
    });
  });
});

describe('checkFeedUrl', () => {
  it('takes HTTPS anywhere and HTTP only on this computer', () => {
    expect(checkFeedUrl(' https://feeds.example/pack.json#x ')).toEqual({
      ok: true,
      url: 'https://feeds.example/pack.json',
    });
    expect(checkFeedUrl('http://127.0.0.1:8080/p.json')).toMatchObject({ ok: true });
    expect(checkFeedUrl('http://localhost/p.json')).toMatchObject({ ok: true });
    expect(checkFeedUrl('http://feeds.example/p.json')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('HTTPS'),
    });
    expect(checkFeedUrl('ftp://feeds.example/p.json')).toMatchObject({ ok: false });
    expect(checkFeedUrl('https://user:pw@feeds.example/p.json')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('password'),
    });
    expect(checkFeedUrl('feeds.example')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not an address'),
    });
  });
});
