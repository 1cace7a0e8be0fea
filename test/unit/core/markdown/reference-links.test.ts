import { describe, expect, it } from 'vitest';
import { asHtmlLinks, asReferenceLinks, withLinksInline } from '../../../../src/core/markdown/reference-links.ts';
import { collectLinkDefinitions } from '../../../../src/core/markdown/markdown-links.ts';

describe('reference links', () => {
  const definitions = collectLinkDefinitions(['[1]: https://example.org/a', '[Tokio]: https://tokio.rs/', '[map]: <https://example.org/a map>']);

  it('writes the links a document defines inline, their words as written', () => {
    expect(withLinksInline('- [**Linkers** \\[1\\]][1] — words, [Tokio] and [the map][map][^2].', definitions)).toBe(
      '- [**Linkers** \\[1\\]](https://example.org/a) — words, [Tokio](https://tokio.rs/) and [the map](https://example.org/a%20map)[^2].',
    );
    // Undefined labels, images and code are as written.
    expect(withLinksInline('[x][nope] ![alt][1] `[code][1]`', definitions)).toBe('[x][nope] ![alt][1] `[code][1]`');
  });

  it('writes inline links as references by the labels given, leaving what gets none inline', () => {
    const labels = new Map([['https://a.example/', '7']]);
    const written = asReferenceLinks('[A *b*](https://a.example/) and [run](javascript:alert(1)), ![img](https://a.example/i.png), <https://a.example/>', (url) => labels.get(url));
    expect(written).toBe('[A *b*][7] and [run](javascript:alert(1)), ![img](https://a.example/i.png), <https://a.example/>');
    expect(asReferenceLinks('no links here', () => 'x')).toBe('no links here');
  });

  it('reads HTML links as inline ones, and writes web links in HTML, their words as Markdown', () => {
    expect(withLinksInline('- <a href="https://a.example/?x=1&amp;y=2" target="_blank">A *b* [c]</a> — words', new Map())).toBe('- [A \\*b\\* \\[c\\]](https://a.example/?x=1&y=2) — words');
    expect(asHtmlLinks('[A *b*](https://a.example/?x="1"&y=2) and [run](javascript:alert(1)), [x </a> y](https://b.example/), <https://c.example/>')).toBe(
      '<a href="https://a.example/?x=&quot;1&quot;&amp;y=2">A *b*</a> and [run](javascript:alert(1)), [x </a> y](https://b.example/), <https://c.example/>',
    );
  });
});
