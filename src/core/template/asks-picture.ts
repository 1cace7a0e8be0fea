import type { Template } from '../model/template.ts';

/**
 * Whether the digest shows its entries' pages' pictures, all of them or those of a heading that
 * does (科技爱好者周刊's news): the capture keeps the page's picture and the forms show it.
 */
export function asksPicture(template: Pick<Template, 'items' | 'sections'> | undefined): boolean {
  if (template === undefined) return false;
  if (template.items.picture !== undefined) return true;
  const shows = (form: { picture?: unknown }): boolean => form.picture !== undefined && form.picture !== 'none';
  return template.sections.some((s) => shows(s) || s.projects.some(shows));
}
