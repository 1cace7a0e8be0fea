import { describe, expect, it } from 'vitest';
import { anchoredHeading, isHeadingAnchor } from '../../../../src/core/markdown/heading-anchor.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';

describe('heading anchors', () => {
  it('tells an empty anchor line from other HTML', () => {
    expect(isHeadingAnchor('<a id="news"></a>')).toBe(true);
    expect(isHeadingAnchor(`<a name='tools'></a>\n<span id=x></span>`)).toBe(true);
    expect(isHeadingAnchor('<a href="https://example.com">Example</a>')).toBe(false);
    expect(isHeadingAnchor('<a id="x">words</a>')).toBe(false);
    expect(isHeadingAnchor('<a id="x"></a> and words')).toBe(false);
  });

  it('reads a heading\'s lines apart: its anchor\'s name and the heading', () => {
    expect(anchoredHeading('<a id="sec-news"></a>\n## News')).toEqual({ id: 'sec-news', heading: '## News' });
    expect(anchoredHeading("<a name='t'></a>\n\n## Tools")).toEqual({ id: 't', heading: '## Tools' });
    expect(anchoredHeading('News\n----')).toEqual({ heading: 'News\n----' });
  });

  it('gives the anchor above a heading to the heading, not to the entries before it', () => {
    const r = parseIssue('# Digest 3\n\n## News\n\n- [A](https://a.example) — a.\n\n<a id="tools"></a>\n## Tools\n\n- [B](https://b.example) — b.\n');
    if (!r.ok) throw new Error('refused');
    const body = r.value.issue.body;
    expect(body.filter((s) => s.kind === 'text')).toEqual([]);
    expect(body.find((s) => s.kind === 'heading' && s.text === 'Tools')).toMatchObject({ raw: '<a id="tools"></a>\n## Tools', section: 'Tools' });
    expect(r.value.items.map((i) => i.section)).toEqual(['News', 'Tools']);
  });
});
