import { describe, expect, it } from 'vitest';
import { isAttributionLine, isLinkTitle } from '../../../../src/core/issue/news-lines.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';

describe('the lines of news told in paragraphs', () => {
  it('reads one link with at most a number beside it as a title over the words under it; not two links, nor a dash crediting a quote', () => {
    expect(isLinkTitle('#125029 [kubeadm: enable the v1beta4 API](https://example.org/pr/125029)')).toBe(true);
    expect(isLinkTitle('[A](https://a.example), <https://b.example>')).toBe(false);
    expect(isLinkTitle('– [Jane on rust-users](https://forum.example.org/t/1)')).toBe(false);
    expect(isLinkTitle('Words and [a link](https://a.example)')).toBe(false);
  });

  it('tells a line crediting what stands before it: a dash, then a link', () => {
    expect(isAttributionLine('– [Jane on rust-users](https://forum.example.org/t/1)', undefined)).toBe(true);
    expect(isAttributionLine('— <https://forum.example.org/t/1>', undefined)).toBe(true);
    expect(isAttributionLine('– Jane, on the forum', undefined)).toBe(false);
    expect(isAttributionLine('[Jane](https://forum.example.org/t/1) says', undefined)).toBe(false);
  });

  it('reads a quote and the line crediting it as one entry, and a quote after that line as the next', () => {
    const text = '# Issue 3\n\n## Quotes\n\n> One.\n\n– [Ann](https://a.example/1)\n\n> Two.\n\n– [Bo](https://b.example/2)\n';
    const result = parseIssue(text, { grammar: 'paragraph', fileName: 'issue-3.md' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.items.map((i) => i.links.map((l) => l.url))).toEqual([['https://a.example/1'], ['https://b.example/2']]);
    expect(result.value.items.map((i) => i.comment)).toEqual(['> One.\n\n– [Ann](https://a.example/1)', '> Two.\n\n– [Bo](https://b.example/2)']);
  });
});
