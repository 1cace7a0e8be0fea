import { dateParts, type IsoDate } from '../dates/calendar-date.ts';
import { fillFieldPattern } from '../issue/front-matter.ts';
import { formatPattern, formatToken, type PatternValues } from '../issue/pattern.ts';
import { oneLine } from '../markdown/markdown-escape.ts';
import { headingLines } from '../markdown/heading-lines.ts';
import { underlined } from '../markdown/underline.ts';
import { gapOverClosingWords } from '../markdown/attribute-list.ts';
import type { Issue, IssueHead, Segment } from '../model/issue.ts';
import type { Template } from '../model/template.ts';
import type { IssuePlan } from './next-issue.ts';

export function patternValues(template: Template, plan: IssuePlan, published: IsoDate): PatternValues {
  const base: PatternValues = {
    number: plan.id.number,
    year: plan.id.year ?? dateParts(published).year,
    start: plan.period.start,
    end: plan.period.end,
    published,
    subtitle: oneLine(plan.subtitle).trim(),
  };
  return { ...base, title: oneLine(formatPattern(template.titlePattern, base)) };
}

/** A fresh issue in the template's format, ready to take the queued items. */
export function newIssue(template: Template, plan: IssuePlan, published: IsoDate): Issue {
  const values = patternValues(template, plan, published);
  const title = values.title as string;
  const fill = (name: string, format: string | undefined): string | undefined => formatToken(values, name, format);
  const json = template.head === 'json';
  const quoting = template.head === 'toml' ? 'toml' : json ? 'json' : template.head === 'header' || template.head === 'properties' ? 'none' : 'yaml';
  const fields = template.frontMatter.map((f) => ({
    key: f.key,
    // Each kind of metadata separates key and value its own way (a JSON member's key also stands
    // in quotes): fields learned from another kind, where the editor chose this one, take it.
    ...(json
      ? { lead: f.lead ?? '  "', sep: f.sep?.startsWith('"') ? f.sep : '":' }
      : template.head === 'toml'
        ? { sep: f.sep?.includes('=') ? f.sep : ' =' }
        : f.sep && !f.sep.startsWith('"') && !f.sep.includes('=')
          ? { sep: f.sep }
          : {}),
    raw: fillFieldPattern(f.raw, fill, quoting),
  }));
  const head: IssueHead =
    template.head === 'yaml'
      ? { kind: 'yaml', fields, open: '---', close: '---' }
      : template.head === 'toml'
        ? { kind: 'toml', fields, open: '+++', close: '+++' }
        : json
          ? { kind: 'json', fields, open: '{', close: '}' }
        : template.head === 'header'
          ? { kind: 'header', fields, open: '', close: '' }
          : template.head === 'heading'
            ? { kind: 'heading', fields: [], open: template.titleUnderline ? underlined(title, template.titleUnderline) : `# ${title}`, close: '' }
            : template.head === 'properties'
              ? // (A blank line between the title and its properties; with none, the title alone.)
                { kind: 'properties', fields, open: fields.length > 0 ? `# ${title}\n` : `# ${title}`, close: '' }
              : { kind: 'none', fields: [], open: '', close: '' };
  // This issue's intro comes after the digest's standing lines and before its standing sections
  // (`## 简介`, `## Developer News`): an introduction, not words under one of them.
  // Told by its lines (outside fences), not by the Markdown parser: the popup's export stays without it.
  // The standing opening and ending may name the issue's number and days (see standingPattern).
  const lines = formatPattern(template.preamble, values).split('\n');
  const section = headingLines(lines)[0]?.line;
  const [standing, sections] = section === undefined ? [lines.join('\n'), ''] : [lines.slice(0, section).join('\n'), lines.slice(section).join('\n')];
  const preamble = [standing, plan.intro, sections].map((p) => p.trim()).filter((p) => p !== '');
  // (Its first line's indentation kept: an HTML table's `  </tbody>` lines up with its rows.)
  const closing = formatPattern(template.closing ?? '', values).replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  const underHead = head.kind === 'none' ? '' : template.headTight ? '\n' : '\n\n';
  const opening: Segment[] = preamble.map((raw, i) => ({ kind: 'text', before: i === 0 ? underHead : '\n\n', raw }));
  return {
    key: plan.key,
    number: plan.id.number,
    year: plan.id.year,
    title,
    period: plan.period,
    published,
    fileName: formatPattern(template.fileNamePattern, values),
    head,
    // Set apart from the head as the digest sets its body apart (see `headTight`); the digest's
    // standing ending after the entries.
    body: closing === '' ? opening : [...opening, { kind: 'items', before: '\n\n' }, { kind: 'text', before: gapOverClosingWords(closing), raw: closing }],
    end: '\n',
    ...(template.lineBreak === '\r\n' ? { lineBreak: template.lineBreak } : {}),
  };
}
