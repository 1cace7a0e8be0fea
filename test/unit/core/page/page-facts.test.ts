import { describe, expect, it } from 'vitest';
import { pageFactsFrom } from '../../../../src/core/page/page-facts.ts';

const page = 'https://blog.example.com/2014/07/dvr?utm_source=feed';

describe('pageFactsFrom', () => {
  it('takes the selection, a same-site canonical address, the description, the day published and the author', () => {
    expect(
      pageFactsFrom(
        {
          selection: '  Neutron DVR lands in Juno.  ',
          canonical: 'https://example.com/2014/07/dvr',
          description: 'Distributed routing, at last.',
          publishedTimes: ['2014-07-17T08:00:00+08:00'],
          author: 'A. Writer',
        },
        page,
      ),
    ).toEqual({ selection: 'Neutron DVR lands in Juno.', canonical: 'https://example.com/2014/07/dvr', description: 'Distributed routing, at last.', published: '2014-07-17', author: 'A. Writer' });
  });

  it('refuses a canonical address on another site or that is not a web address', () => {
    expect(pageFactsFrom({ canonical: 'https://elsewhere.example/x' }, page).canonical).toBeUndefined();
    expect(pageFactsFrom({ canonical: 'javascript:alert(1)' }, page).canonical).toBeUndefined();
    expect(pageFactsFrom({ canonical: 'ftp://example.com/x' }, page).canonical).toBeUndefined();
  });

  it('finds the day in JSON-LD, nested or in a graph, and ignores what does not read as a date', () => {
    const jsonLd = [JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Article', datePublished: '2024-10-16T10:00:00Z' }] })];
    expect(pageFactsFrom({ jsonLd, publishedTimes: ['yesterday'] }, page).published).toBe('2024-10-16');
    expect(pageFactsFrom({ jsonLd: ['{ not json'] }, page).published).toBeUndefined();
    expect(pageFactsFrom({ publishedTimes: ['2014-02-30'] }, page).published).toBeUndefined();
  });

  it('keeps a long selection to a sensible length, marking the cut, and says nothing of an empty one', () => {
    const facts = pageFactsFrom({ selection: 'x'.repeat(5000), description: '   ' }, page);
    expect(facts.selection?.length).toBe(2000);
    expect(facts.selection?.endsWith('…')).toBe(true);
    expect(facts.description).toBeUndefined();
    expect(pageFactsFrom({}, page)).toEqual({});
  });

  it('takes the page’s picture as a web address resolved against the page, and nothing else', () => {
    expect(pageFactsFrom({ image: '/img/dvr.png' }, page).image).toBe('https://blog.example.com/img/dvr.png');
    expect(pageFactsFrom({ image: 'https://cdn.example.net/a b.png' }, page).image).toBe('https://cdn.example.net/a%20b.png');
    for (const image of ['javascript:alert(1)', 'data:image/png;base64,AAAA', '   ', `https://cdn.example.net/${'x'.repeat(3000)}.png`]) {
      expect(pageFactsFrom({ image }, page)).not.toHaveProperty('image');
    }
  });

  it('gives how long the page takes to read from the words counted in it, and none for a page of no such text', () => {
    expect(pageFactsFrom({ words: 920, ideographs: 400 }, page).minutes).toBe(5);
    expect(pageFactsFrom({ words: 12 }, page)).not.toHaveProperty('minutes');
    expect(pageFactsFrom({}, page)).not.toHaveProperty('minutes');
  });

  it('gives the page’s title without its site’s name where the page names its site, and none where it does not', () => {
    expect(pageFactsFrom({ title: 'Neutron DVR lands | Kite Blog', siteName: 'Kite Blog' }, page).title).toBe('Neutron DVR lands');
    expect(pageFactsFrom({ title: 'Neutron DVR lands | Kite Blog', ogTitle: 'Neutron DVR lands' }, page).title).toBe('Neutron DVR lands');
    expect(pageFactsFrom({ title: 'Neutron DVR lands | Kite Blog' }, page)).not.toHaveProperty('title');
    expect(pageFactsFrom({ title: 7 as unknown as string, siteName: 'Kite Blog' }, page)).not.toHaveProperty('title');
  });
});

