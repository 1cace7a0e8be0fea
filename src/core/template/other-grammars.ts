import { headingForm } from '../issue/entry-form.ts';
import type { HeadingForm, ItemGrammar, Template } from '../model/template.ts';

/**
 * The headings whose entries the template writes in another grammar than the digest's others
 * (news in paragraphs among lists, quick links as a list among paragraphs), grouped by that grammar, in the digest's order: what an
 * import tells the editor beside the digest's own grammar.
 */
export function otherGrammars(template: Template): { grammar: ItemGrammar; headings: string[] }[] {
  const out: { grammar: ItemGrammar; headings: string[] }[] = [];
  const defs: { name: string; form: HeadingForm }[] = template.sections.flatMap((s) => [...(s.name === null ? [] : [{ name: s.name, form: s }]), ...s.projects.map((p) => ({ name: p.name, form: p }))]);
  for (const { name, form } of defs) {
    // As the heading writes its entries: in a grammar of its own, or as a list's items by its bullet.
    const grammar = headingForm(template, form).items.grammar;
    if (grammar === template.items.grammar) continue;
    const group = out.find((g) => g.grammar === grammar);
    if (group) group.headings.push(name);
    else out.push({ grammar, headings: [name] });
  }
  return out;
}
