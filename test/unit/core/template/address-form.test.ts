import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { addressFormOf, isAddressForm, withAddressForm } from '../../../../src/core/template/address-form.ts';

function parse(text: string): ParsedIssue {
  const r = parseIssue(text, { fileName: 'w-2.md' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const CLICK = 'https://hellogithub.com/periodical/statistics/click/?target=';

describe('addressFormOf', () => {
  it('is the redirect most entries link their page through, the page’s address as written or encoded', () => {
    const entries = (wrap: (url: string) => string) =>
      parse(`# W 2\n\n## Tools\n\n1、[spool](${wrap('https://github.com/kite/spool')})：words.\n\n2、[knot](${wrap('https://github.com/kite/knot')})：more.\n\n3、[reel](https://reel.example/)：direct.\n`);
    expect(addressFormOf(entries((url) => CLICK + url))).toEqual({ addressForm: `${CLICK}{url}` });
    expect(addressFormOf(entries((url) => `https://out.example/r?u=${encodeURIComponent(url)}`))).toEqual({ addressForm: 'https://out.example/r?u={url:encoded}' });
  });

  it('is none where most entries link their page directly, or the redirect’s address goes on after the page’s', () => {
    expect(addressFormOf(parse(`# W 2\n\n## Tools\n\n- [a](${CLICK}https://a.example/)\n- [b](https://b.example/)\n- [c](https://c.example/)\n`))).toEqual({});
    expect(addressFormOf(parse(`# W 2\n\n## Tools\n\n- [a](https://r.example/?url=https://a.example/&from=mail)\n- [b](https://r.example/?url=https://b.example/&from=mail)\n`))).toEqual({});
  });
});

describe('withAddressForm', () => {
  it('writes a page’s address through the redirect, encoded where the form says', () => {
    expect(withAddressForm('https://github.com/kite/reel', `${CLICK}{url}`)).toBe(`${CLICK}https://github.com/kite/reel`);
    expect(withAddressForm('https://a.example/p?x=1&y=2', 'https://out.example/r?u={url:encoded}')).toBe('https://out.example/r?u=https%3A%2F%2Fa.example%2Fp%3Fx%3D1%26y%3D2');
    // One a query's value cannot hold as written is encoded, whatever the form.
    expect(withAddressForm('https://a.example/p?x=1&y=2#top', `${CLICK}{url}`)).toBe(`${CLICK}https%3A%2F%2Fa.example%2Fp%3Fx%3D1%26y%3D2%23top`);
  });

  it('leaves an address already through a redirect, one that is no web page’s, and any where the form is broken', () => {
    expect(withAddressForm(`${CLICK}https://github.com/kite/reel`, `${CLICK}{url}`)).toBe(`${CLICK}https://github.com/kite/reel`);
    expect(withAddressForm('mailto:kite@example.org', `${CLICK}{url}`)).toBe('mailto:kite@example.org');
    expect(withAddressForm('https://a.example/', 'https://r.example/?to={url}&x=1')).toBe('https://a.example/');
  });
});

describe('isAddressForm', () => {
  it('is a web address ending in the page’s, once', () => {
    expect(isAddressForm(`${CLICK}{url}`)).toBe(true);
    expect(isAddressForm('https://out.example/r?u={url:encoded}')).toBe(true);
    expect(isAddressForm('{url}')).toBe(false);
    expect(isAddressForm('https://r.example/?to={url}&x=1')).toBe(false);
    expect(isAddressForm('javascript:go({url})')).toBe(false);
    expect(isAddressForm('https://r.example/{title}?to={url}')).toBe(false);
    expect(isAddressForm('https://r example/?to={url}')).toBe(false);
  });
});
