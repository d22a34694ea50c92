import { describe, expect, it } from 'vitest';
import { coverageOf, readTypedRule } from './site-rule.ts';

describe('site rules in the options page', () => {
  it('refuses public suffixes, from both sections of the list', () => {
    for (const suffix of ['co.uk', 'com', 'gov.uk', 'github.io', 'blogspot.com']) {
      expect(readTypedRule(suffix), suffix).toEqual({ ok: false, reason: 'public-suffix', suffix });
    }
    expect(readTypedRule('https://CO.UK/')).toEqual({
      ok: false,
      reason: 'public-suffix',
      suffix: 'co.uk',
    });
  });

  it('keeps "www." as typed: such a rule covers that host only, not the rest of the domain', () => {
    expect(readTypedRule('www.example.com')).toEqual({
      ok: true,
      coverage: { kind: 'host', rule: 'www.example.com', domain: 'example.com' },
    });
    expect(readTypedRule('  WWW.Example.COM ')).toMatchObject({
      ok: true,
      coverage: { rule: 'www.example.com' },
    });
  });

  it('says a registrable domain covers its subdomains, whatever the suffix', () => {
    expect(readTypedRule('example.com')).toEqual({
      ok: true,
      coverage: { kind: 'domain', rule: 'example.com' },
    });
    expect(readTypedRule('bbc.co.uk')).toEqual({
      ok: true,
      coverage: { kind: 'domain', rule: 'bbc.co.uk' },
    });
    expect(readTypedRule('someone.github.io')).toEqual({
      ok: true,
      coverage: { kind: 'domain', rule: 'someone.github.io' },
    });
    // www.gov.uk is itself a registrable domain (gov.uk is the suffix).
    expect(readTypedRule('www.gov.uk')).toEqual({
      ok: true,
      coverage: { kind: 'domain', rule: 'www.gov.uk' },
    });
    expect(readTypedRule('news.bbc.co.uk')).toEqual({
      ok: true,
      coverage: { kind: 'host', rule: 'news.bbc.co.uk', domain: 'bbc.co.uk' },
    });
  });

  it('takes the host from an address, and accepts names the list does not know and IP addresses', () => {
    expect(readTypedRule('https://www.example.com/some/page?x=1')).toMatchObject({
      ok: true,
      coverage: { rule: 'www.example.com' },
    });
    expect(readTypedRule('localhost')).toEqual({
      ok: true,
      coverage: { kind: 'domain', rule: 'localhost' },
    });
    expect(readTypedRule('news.example')).toEqual({
      ok: true,
      coverage: { kind: 'domain', rule: 'news.example' },
    });
    expect(readTypedRule('127.0.0.1')).toEqual({
      ok: true,
      coverage: { kind: 'address', rule: '127.0.0.1' },
    });
  });

  it('refuses what is not a host name', () => {
    for (const typed of [
      '',
      '   ',
      'not a site!',
      'example.com/path',
      'example.com:8080',
      'user@example.com',
      'http://[::1]/',
      'chrome://extensions',
    ]) {
      expect(readTypedRule(typed), typed).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('recognises a stored rule that is a public suffix (written before the check existed)', () => {
    expect(coverageOf('co.uk')).toEqual({ kind: 'public-suffix', rule: 'co.uk' });
  });
});
