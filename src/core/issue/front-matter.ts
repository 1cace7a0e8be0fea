import type { FrontMatterField } from '../model/issue.ts';
import { excerpt, type IssueProblem } from './issue-problem.ts';

export interface FrontMatterBlock {
  fields: FrontMatterField[];
  /** Index of the closing `---` line. */
  closeLine: number;
}

export type FrontMatterProblem = Extract<IssueProblem, { code: 'no-front-matter' | 'front-matter-line' | 'front-matter-unclosed' }>;

const KEY_LINE = /^([A-Za-z0-9_][\w.-]*)[ \t]*:(.*)$/;

/**
 * Reads the Jekyll front matter at the top of `lines`. Each field keeps its text verbatim
 * (`raw` is what follows `key:`), so an unchanged issue is written back as it came.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatterBlock | FrontMatterProblem {
  const first = (lines[0] ?? '').trimEnd();
  if (first !== '---') {
    return { code: 'no-front-matter', line: 1, found: excerpt(first) };
  }
  const fields: FrontMatterField[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) return { fields, closeLine: i };
    const m = KEY_LINE.exec(line);
    if (m) {
      fields.push({ key: m[1] as string, raw: m[2] as string });
      continue;
    }
    const last = fields.at(-1);
    if (/^([ \t]|-[ \t]|-$)/.test(line) && last && last.key !== '') {
      // A YAML list item or folded text that belongs to the field above.
      last.raw += '\n' + line;
      continue;
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) {
      fields.push({ key: '', raw: line });
      continue;
    }
    return { code: 'front-matter-line', line: i + 1, found: excerpt(line) };
  }
  return { code: 'front-matter-unclosed', line: 1 };
}

export function renderFrontMatter(fields: readonly FrontMatterField[]): string {
  return ['---', ...fields.map((f) => (f.key === '' ? f.raw : `${f.key}:${f.raw}`)), '---'].join('\n');
}

/** The value a field holds, unquoted. */
export function fieldValue(field: FrontMatterField): string {
  const text = field.raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).replace(/\\(["\\/]|n|t)/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

export function findField(fields: readonly FrontMatterField[], key: string): FrontMatterField | undefined {
  return fields.find((f) => f.key === key);
}

/** `raw` for a field holding `value`, quoted only where YAML would misread it. */
export function rawFor(value: string): string {
  if (value === '') return '';
  const needsQuotes =
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) ||
    /\s$/.test(value) ||
    /: |:$| #|[\n\t]/.test(value) ||
    /^(true|false|yes|no|on|off|null|~|[-+]?\d[\d_]*(\.\d*)?([eE][-+]?\d+)?)$/i.test(value);
  if (!needsQuotes) return ' ' + value;
  return ' "' + value.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';
}
