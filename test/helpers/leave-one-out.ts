import { planImport } from '../../src/core/issue/issue-import.ts';
import type { ParsedIssue } from '../../src/core/issue/issue-parser.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../src/core/model/template.ts';
import { trainSuggestionModel, type SuggestionModel } from '../../src/core/suggestion/project-suggestion.ts';
import { learnTemplate } from '../../src/core/template/template-learning.ts';
import { digestFiles, type DigestName } from './corpus.ts';

/**
 * Each issue of a digest of the corpus held out in turn, with the template and model learned from
 * its other issues: how accuracy over the corpus is measured.
 */
export function eachHeldOut(digest: DigestName, look: (held: ParsedIssue, template: Template, model: SuggestionModel) => void): void {
  const plan = planImport(digestFiles(digest), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-01');
  for (const held of plan.parsed) {
    const others = plan.parsed.filter((p) => p !== held);
    const template = learnTemplate(DEFAULT_TEMPLATE, others);
    look(held, template, trainSuggestionModel(others.flatMap((p) => p.items), template));
  }
}

/**
 * Each issue in the order they came out, from the sixth on, with the template and model learned
 * from the issues before it (the headings those stopped using known from their days): accuracy
 * as the editor meets it.
 */
export function eachFromThoseBefore(parsed: readonly ParsedIssue[], base: Template, look: (held: ParsedIssue, template: Template, model: SuggestionModel) => void): void {
  const byDay = [...parsed].sort((a, b) => (a.issue.published ?? '').localeCompare(b.issue.published ?? ''));
  byDay.forEach((held, i) => {
    if (i < 5) return;
    const before = byDay.slice(0, i);
    const template = learnTemplate(base, before);
    look(held, template, trainSuggestionModel(before.flatMap((p) => p.items), template, before.map((p) => p.issue)));
  });
}
