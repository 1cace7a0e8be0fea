import type { Template } from '../model/template.ts';
import { renderItem } from './item-renderer.ts';

/**
 * A new entry as the digest's template writes it, under its first heading: what an import shows
 * the editor before it is applied, so a way of writing learned wrongly is seen before it is kept.
 * The page's `author` shows where the digest names or credits authors.
 */
export function entrySample(template: Template, page: { url: string; title: string; author?: string }, words: string): string {
  const section = template.sections.find((s) => !s.hidden);
  const project = section?.projects.find((p) => !p.hidden);
  return renderItem(
    { id: 'sample', section: section?.name ?? null, project: project?.name ?? null, order: 0, comment: words, links: [{ url: page.url, title: page.title, ...(page.author === undefined ? {} : { author: page.author }) }], capturedAt: '1970-01-01T00:00:00.000Z', issue: null },
    template,
  );
}
