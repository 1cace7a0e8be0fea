import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { previewText } from '../core/markdown/preview-text.ts';

/**
 * The issue as HTML for the preview (`mdx`: the file is MDX), as the published page reads (see
 * `previewText`): Markdown by marked (GitHub-flavoured, as Jekyll's kramdown
 * reads these issues closely enough), then DOMPurify, so nothing in a title, comment or imported
 * issue can run script: no event handlers, no `javascript:` links, no inline frames.
 */
export function markdownToSafeHtml(markdown: string, options: { mdx?: boolean } = {}): string {
  const body = previewText(markdown, options);
  const html = marked.parse(body, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  });
}
