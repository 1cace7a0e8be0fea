import type { ItemGrammar, Template } from '../model/template.ts';

/**
 * The headings whose entries the template writes in another grammar than the digest's others
 * (news in paragraphs among lists), grouped by that grammar, in the digest's order: what an
 * import tells the editor beside the digest's own grammar.
 */
export function otherGrammars(template: Template): { grammar: ItemGrammar; headings: string[] }[] {
  const out: { grammar: ItemGrammar; headings: string[] }[] = [];
  const defs = template.sections.flatMap((s) => [...(s.name === null ? [] : [{ name: s.name, grammar: s.grammar }]), ...s.projects.map((p) => ({ name: p.name, grammar: p.grammar }))]);
  for (const { name, grammar } of defs) {
    if (grammar === undefined || grammar === template.items.grammar) continue;
    const group = out.find((g) => g.grammar === grammar);
    if (group) group.headings.push(name);
    else out.push({ grammar, headings: [name] });
  }
  return out;
}
