import { headingForm } from '../issue/entry-form.ts';
import type { HeadingForm, Template } from '../model/template.ts';
import { entryWayOf, type EntryWay } from './entry-way.ts';

/**
 * The headings whose entries the template writes in another way than the digest's others (news in
 * paragraphs among lists, quick links as a list among paragraphs, a change log among links),
 * grouped by that way, in the digest's order: what an import tells the editor beside the digest's
 * own way.
 */
export function otherWays(template: Template): { way: EntryWay; headings: string[] }[] {
  const out: { way: EntryWay; headings: string[] }[] = [];
  const own = entryWayOf(template.items);
  const defs: { name: string; form: HeadingForm }[] = template.sections.flatMap((s) => [...(s.name === null ? [] : [{ name: s.name, form: s }]), ...s.projects.map((p) => ({ name: p.name, form: p }))]);
  for (const { name, form } of defs) {
    // As the heading writes its entries: in a grammar of its own, as a list's items by its
    // bullet, as a change log's or as links.
    const way = entryWayOf(headingForm(template, form).items);
    if (way === own) continue;
    const group = out.find((g) => g.way === way);
    if (!group) out.push({ way, headings: [name] });
    // (A name two sections' headings share is said once.)
    else if (!group.headings.includes(name)) group.headings.push(name);
  }
  return out;
}
