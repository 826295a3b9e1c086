import { afterEach, describe, expect, it } from 'vitest';
import { postGraphql, uiLanguage } from './graphql-fetch';

const request = { query: '{ me { id } }', operationName: 'Me' };

describe('postGraphql', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('tells the API the UI language that <html lang> mirrors', async () => {
    let sent: string | null = null;
    const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
      sent = new Headers(init?.headers).get('accept-language');
      return new Response(JSON.stringify({ data: { me: null } }));
    };
    document.documentElement.lang = 'de';
    await postGraphql(request, { fetch });
    expect(sent).toBe('de');
    document.documentElement.lang = 'en';
    await postGraphql(request, { fetch });
    expect(sent).toBe('en');
  });

  it('falls back to English for a page without a supported language', () => {
    document.documentElement.lang = '';
    expect(uiLanguage()).toBe('en');
    document.documentElement.lang = 'de-AT';
    expect(uiLanguage()).toBe('de');
  });
});
