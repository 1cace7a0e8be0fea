import type { Template } from '../model/template.ts';

/**
 * Whether the digest gives its entries' reading times after their links (`(5 min read)`): the
 * capture keeps how long the page takes to read, and the forms show it.
 */
export function asksReadingTime(template: Pick<Template, 'items'> | undefined): boolean {
  return template?.items.readingTime !== undefined;
}
