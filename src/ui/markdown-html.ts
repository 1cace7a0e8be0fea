import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { withoutMetadata } from '../core/issue/issue-metadata.ts';

/**
 * The issue as HTML for the preview: Markdown by marked (GitHub-flavoured, as Jekyll's kramdown
 * reads these issues closely enough), then DOMPurify, so nothing in a title, comment or imported
 * issue can run script: no event handlers, no `javascript:` links, no inline frames.
 */
export function markdownToSafeHtml(markdown: string): string {
  // The metadata block is the blog's, not the page's: whichever way the digest writes it.
  const body = withoutMetadata(markdown);
  const html = marked.parse(body, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  });
}
