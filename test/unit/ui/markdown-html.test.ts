// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '../../../src/ui/markdown-html.ts';

describe('markdownToSafeHtml', () => {
  const page = '---\ntitle: "Issue 9"\n---\n\nHi.\n\nimport Support from "../_support.mdx";\n\n<Support />\n\n## News\n\n- 📦 [Kit 1.0](https://kit.example/)\n';

  // What DOMPurify takes out (script, the site's components) is seen in the real browser, end to end.
  it('shows an MDX page without its metadata or its statements', () => {
    const html = markdownToSafeHtml(page, { mdx: true });
    expect(html).not.toMatch(/import|title:/i);
    expect(html).toContain('<h2>News</h2>');
    expect(html).toContain('📦 <a href="https://kit.example/">Kit 1.0</a>');
  });

  it('reads a Markdown page’s lines as text, whatever they start with', () => {
    expect(markdownToSafeHtml(page)).toContain('import Support from');
  });
});
