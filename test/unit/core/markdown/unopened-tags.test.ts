import { describe, expect, it } from 'vitest';
import { closesUnopened } from '../../../../src/core/markdown/unopened-tags.ts';

describe('closesUnopened', () => {
  it('finds a closing tag whose element opened elsewhere', () => {
    expect(closesUnopened('</details>', '## Highlights')).toBe(true);
    expect(closesUnopened('</DETAILS>', '## Highlights')).toBe(true);
    expect(closesUnopened('</ul>\n</div>', '<div class="x">')).toBe(true);
  });

  it('lets a tag close what the heading, its words or the text itself opened', () => {
    expect(closesUnopened('</ul>', '<h2 id="news">News</h2>\n<ul>')).toBe(false);
    expect(closesUnopened('<p>Read <em>more</em>.</p>', '## News')).toBe(false);
    expect(closesUnopened('</details>', '## Links\n<details class="more">\n<summary>More</summary>')).toBe(false);
    expect(closesUnopened('Thanks for reading!', '## News')).toBe(false);
  });

  it('counts each opening once, and void or self-closing tags as opening nothing', () => {
    expect(closesUnopened('</div></div>', '<div>')).toBe(true);
    expect(closesUnopened('<br></br>', '')).toBe(true);
    expect(closesUnopened('<x-box/></x-box>', '')).toBe(true);
  });
});
