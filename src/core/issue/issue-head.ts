import { DATE_KEYS, metadataValue, TITLE_KEYS } from './metadata-keys.ts';
import { atxHeading } from '../markdown/heading-lines.ts';
import { foldLineBreaks } from '../markdown/fold-line-breaks.ts';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { FrontMatterField, IssueHead } from '../model/issue.ts';
import { fieldLine, fieldValue, isBlankField, rawFor } from './front-matter.ts';
import { excerpt, type IssueProblem } from './issue-problem.ts';

/** An issue's metadata as read: the head as written, where the body starts, and the values. */
export interface ReadHead {
  head: IssueHead;
  /** The line the body starts at (after the head's last line). */
  bodyLine: number;
  /** Field values by lower-cased key, as the metadata's own language reads them. */
  values: Map<string, string>;
  /** Where the title is the body's first heading, under front matter that names none (MkDocs' blog posts). */
  bodyTitle?: true;
}

const YAML_KEY = /^([A-Za-z0-9_][\w.-]*)([ \t]*:)(.*)$/;
const TOML_KEY = /^([A-Za-z0-9_][\w.-]*|"[^"]*")([ \t]*=)(.*)$/;
const HEADER_KEY = /^([A-Za-z][A-Za-z0-9_ -]{0,40}?)(:)([ \t].*|)$/;
/** A line that can be an underlined heading's text: not a list item, quote, table row, HTML or fence. */
const SETEXT_TITLE = /^ {0,3}(?![-*+>|<#`~]|\d+[.)])\S/;
const SETEXT_RULE = /^ {0,3}=+[ \t]*$/;

/**
 * Reads the metadata at the top of an issue, however the digest writes it: YAML between `---`
 * lines, TOML between `+++` lines, `Key: value` lines up to the first blank line (Pelican), or
 * nothing, where a first `#` heading (or one underlined with `=`) is the title (unless `headingTitle`
 * is false: see parseIssue). Every field keeps its text verbatim, so an
 * unchanged issue is written back as it came.
 */
export function readHead(lines: readonly string[], { headingTitle = true }: { headingTitle?: boolean } = {}): ReadHead | IssueProblem {
  const first = (lines[0] ?? '').trimEnd();
  const delimited = first === '---' ? readDelimited(lines, 'yaml', YAML_KEY, /^(---|\.\.\.)[ \t]*$/) : first === '+++' ? readDelimited(lines, 'toml', TOML_KEY, /^\+\+\+[ \t]*$/) : first === '{' ? readJson(lines) : undefined;
  if (delimited) return 'code' in delimited || !headingTitle ? delimited : withBodyTitle(delimited, lines);
  const hexo = readClosedYaml(lines);
  if (hexo) return hexo;
  const header = readHeader(lines);
  if (header) return header;
  const at = lines.findIndex((l) => l.trim() !== '');
  const atx = at === -1 ? undefined : atxHeading(lines[at] as string);
  // A first-level heading with a title: `# Issue 12` (not `#` alone).
  const heading = atx?.level === 1 && /^ {0,3}#[ \t]/.test(lines[at] as string) ? atx.text : undefined;
  // Or underlined (`Title` over `=====`), as older Markdown writes its first heading.
  const underlined = at !== -1 && heading === undefined && SETEXT_TITLE.test(lines[at] as string) && SETEXT_RULE.test(lines[at + 1] ?? '');
  if (headingTitle && (heading !== undefined || underlined)) {
    const last = underlined ? at + 1 : at;
    const title = stripHeadingText(heading ?? (lines[at] as string).trim());
    const properties = readProperties(lines, last + 1);
    if (properties) {
      return {
        head: { kind: 'properties', fields: properties.fields, open: lines.slice(0, properties.start).join('\n'), close: '' },
        bodyLine: properties.end,
        values: new Map([...headerValues(properties.fields), ['title', title]]),
      };
    }
    return { head: { kind: 'heading', fields: [], open: lines.slice(0, last + 1).join('\n'), close: '' }, bodyLine: last + 1, values: new Map([['title', title]]) };
  }
  return { head: { kind: 'none', fields: [], open: '', close: '' }, bodyLine: 0, values: new Map() };
}

/**
 * Front matter that names no title, over a first-level heading that opens the body (`# Weekly
 * #42`, as MkDocs' blog posts are written): the heading is the title. The heading stays in the
 * body, where a heading repeating the title is text (see parseIssue).
 */
function withBodyTitle(read: ReadHead, lines: readonly string[]): ReadHead {
  if (metadataValue(read.values, TITLE_KEYS) !== undefined) return read;
  let at = read.bodyLine;
  while (at < lines.length && (lines[at] as string).trim() === '') at++;
  const atx = at < lines.length ? atxHeading(lines[at] as string) : undefined;
  if (atx?.level !== 1 || !/^ {0,3}#[ \t]/.test(lines[at] as string)) return read;
  const title = stripHeadingText(atx.text);
  return title === '' ? read : { ...read, values: new Map([...read.values, ['title', title]]), bodyTitle: true };
}

/**
 * YAML front matter with no opening `---`, only its closing one (Hexo's posts): lines of YAML
 * from the first, no blank one among them, a title or day among their keys, up to a `---` line.
 * It is read and written back as it came; a new issue opens its front matter with `---`, which
 * Hexo reads alike.
 */
function readClosedYaml(lines: readonly string[]): ReadHead | undefined {
  if (!YAML_KEY.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((l) => /^---[ \t]*$/.test(l));
  if (close === -1 || lines.slice(0, close).some((l) => l.trim() === '' || !(YAML_KEY.test(l) || /^([ \t]|-[ \t]|-$|#)/.test(l)))) return undefined;
  const read = readDelimited(lines, 'yaml', YAML_KEY, /^---[ \t]*$/, 0);
  if ('code' in read || metadataValue(read.values, [...TITLE_KEYS, ...DATE_KEYS]) === undefined) return undefined;
  return read;
}

/** Front matter's fields from its first line of them (`first`: 1 under an opening line, 0 where there is none), up to its closing line. */
function readDelimited(lines: readonly string[], kind: 'yaml' | 'toml', keyLine: RegExp, closing: RegExp, first = 1): ReadHead | IssueProblem {
  const fields: FrontMatterField[] = [];
  // A TOML multi-line string (`"""` to `"""`) holds whatever lines it runs over, as written.
  let inString: FrontMatterField | undefined;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inString) {
      inString.raw += '\n' + line;
      if (!opensMultilineString(inString.raw)) inString = undefined;
      continue;
    }
    if (closing.test(line)) {
      const head: IssueHead = { kind, fields, open: first === 0 ? '' : (lines[0] as string), close: line };
      return { head, bodyLine: i + 1, values: kind === 'yaml' ? yamlValues(fields) : tomlValues(fields) };
    }
    const m = keyLine.exec(line);
    if (m) {
      const field = { key: (m[1] as string).replace(/^"|"$/g, ''), sep: m[2] as string, raw: m[3] as string };
      fields.push(field);
      if (kind === 'toml' && opensMultilineString(field.raw)) inString = field;
      continue;
    }
    // A YAML list item, folded text, a TOML array or string running on: it belongs to the field
    // above, and so do blank lines before it (a block scalar's paragraphs, `about: |`).
    if (/^([ \t]|-[ \t]|-$|[\]}'"])/.test(line)) {
      let owner = fields.length - 1;
      while (owner >= 0 && isBlankField(fields[owner] as FrontMatterField)) owner--;
      const field = fields[owner];
      if (field && field.key !== '') {
        for (const blank of fields.splice(owner + 1)) field.raw += '\n' + blank.raw;
        field.raw += '\n' + line;
        continue;
      }
    }
    if (line.trim() === '' || line.trimStart().startsWith('#') || (kind === 'toml' && /^\s*\[/.test(line))) {
      fields.push({ key: '', raw: line });
      continue;
    }
    return { code: 'front-matter-line', line: i + 1, found: excerpt(line) };
  }
  return { code: 'front-matter-unclosed', line: 1 };
}

/** Whether a TOML value as read so far leaves a multi-line string open (`"""` or `'''` an odd number of times). */
function opensMultilineString(raw: string): boolean {
  return (raw.match(/"""/g)?.length ?? 0) % 2 === 1 || (raw.match(/'''/g)?.length ?? 0) % 2 === 1;
}

/** A JSON object's member line at the object's own depth: its indentation and quote, key, colon, value. */
const JSON_KEY = /^([ \t]*")([^"\\]+)("[ \t]*:)(.*)$/;

/**
 * JSON front matter (Hugo's): `{` alone on the first line, one member a line (a value may run
 * over lines), `}` alone at the start of a line. The commas between members are written by the
 * head (see renderHead), so a member is read without its own; a block that could not be written
 * back as it came (a member with no comma before the next, a comma after the last, a first line
 * that is no member) is no front matter here, and stays the body's text.
 */
function readJson(lines: readonly string[]): ReadHead | undefined {
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '}');
  if (close === -1) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(lines.slice(0, close + 1).join('\n'));
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const fields: FrontMatterField[] = [];
  const indent = JSON_KEY.exec(lines[1] ?? '')?.[1];
  for (let i = 1; i < close; i++) {
    const line = lines[i] as string;
    const m = JSON_KEY.exec(line);
    if (m && m[1] === indent) fields.push({ lead: m[1], key: m[2] as string, sep: m[3] as string, raw: m[4] as string });
    else if (fields.length > 0) (fields.at(-1) as FrontMatterField).raw += '\n' + line;
    else return undefined;
  }
  // Each member but the last ends with its comma, and only there.
  for (const [k, field] of fields.entries()) {
    const comma = field.raw.endsWith(',');
    if (comma !== (k < fields.length - 1)) return undefined;
    if (comma) field.raw = field.raw.slice(0, -1);
  }
  return { head: { kind: 'json', fields, open: lines[0] as string, close: lines[close] as string }, bodyLine: close + 1, values: jsonValues(fields) };
}

/** `Title: …` lines up to the first blank line; a header only when one of them is the title. */
function readHeader(lines: readonly string[]): ReadHead | undefined {
  const fields: FrontMatterField[] = [];
  let i = 0;
  for (; i < lines.length && (lines[i] as string).trim() !== ''; i++) {
    const line = lines[i] as string;
    const m = HEADER_KEY.exec(line);
    if (m) {
      fields.push({ key: m[1] as string, sep: m[2] as string, raw: m[3] as string });
      continue;
    }
    const last = fields.at(-1);
    if (/^[ \t]/.test(line) && last) {
      last.raw += '\n' + line;
      continue;
    }
    return undefined;
  }
  if (!fields.some((f) => f.key.toLowerCase() === 'title')) return undefined;
  return { head: { kind: 'header', fields, open: '', close: '' }, bodyLine: i, values: headerValues(fields) };
}

/** A property line: a name in any script (`Created`, `Last edited time`, `创建时间`), a colon, a value. */
const PROPERTY_LINE = /^(\p{L}[\p{L}\p{N}_ -]{0,40}?)(:)([ \t].*|)$/u;

/**
 * The first paragraph under the title heading, where it is a page's properties (a Notion page
 * exported to Markdown: `Created: October 1, 2024 10:20 AM`, `Tags: Weekly`): every line a name,
 * a colon and a value, two lines at least or one naming the day, one value at least not empty.
 * Where it starts (`start`) and the line after it (`end`); undefined where that paragraph is none.
 */
function readProperties(lines: readonly string[], from: number): { fields: FrontMatterField[]; start: number; end: number } | undefined {
  let start = from;
  while (start < lines.length && (lines[start] as string).trim() === '') start++;
  const fields: FrontMatterField[] = [];
  let end = start;
  for (; end < lines.length && (lines[end] as string).trim() !== ''; end++) {
    const m = PROPERTY_LINE.exec(lines[end] as string);
    if (!m) return undefined;
    fields.push({ key: m[1] as string, sep: m[2] as string, raw: m[3] as string });
  }
  // (A property may be empty, as a new issue leaves those each page fills its own way.)
  const filled = fields.filter((f) => f.raw.trim() !== '');
  const named = filled.length > 0 && (fields.length >= 2 || DATE_KEYS.includes((fields[0] as FrontMatterField).key.toLowerCase()));
  return named ? { fields, start, end } : undefined;
}

function headerValues(fields: readonly FrontMatterField[]): Map<string, string> {
  return new Map(fields.map((f) => [f.key.toLowerCase(), foldLineBreaks(f.raw.trim())]));
}

/** A JSON head's members, each read alone (their commas are the head's, not theirs). */
function jsonValues(fields: readonly FrontMatterField[]): Map<string, string> {
  return new Map(
    fields.map((f) => {
      try {
        return [f.key.toLowerCase(), asText(JSON.parse(f.raw))];
      } catch {
        return [f.key.toLowerCase(), fieldValue(f)];
      }
    }),
  );
}

function yamlValues(fields: readonly FrontMatterField[]): Map<string, string> {
  // Most metadata is plain text, read as it stands: the YAML parser only where it need be.
  const plain = new Map<string, string>();
  for (const field of fields) {
    if (field.key === '') continue;
    const value = plainYamlValue(field);
    if (value === undefined) break;
    plain.set(field.key.toLowerCase(), value);
  }
  if (plain.size === fields.filter((f) => f.key !== '').length) return plain;
  const values = new Map<string, string>();
  const nested = new Map<string, [string, string]>();
  let parsed: unknown;
  try {
    parsed = parseYaml(fields.map(fieldLine).join('\n'), { uniqueKeys: false });
  } catch {
    parsed = undefined;
  }
  for (const field of fields) {
    if (field.key === '') continue;
    const own = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[field.key] : undefined;
    const key = field.key.toLowerCase();
    // A day given with others under its key (MkDocs' `date:` over `created: 2024-10-01` and
    // `updated: …`): the first of them is when the issue came out.
    const day = DATE_KEYS.includes(key) ? firstDayIn(own) : undefined;
    values.set(key, day ?? (own === undefined ? fieldValue(field) : asText(own)));
    if (isMapping(own)) for (const [member, value] of Object.entries(own)) if (isScalar(value)) nested.set(member.toLowerCase(), [`${key}.${member.toLowerCase()}`, asText(value)]);
  }
  // Members of a mapping (`data:` over `    title: …`, `    date: …`) are known by their path,
  // and by their own names where nothing at the top has those: the metadata of a page that nests
  // it all is read as any other's.
  for (const [member, [path, value]] of nested) {
    values.set(path, value);
    if (!values.has(member)) values.set(member, value);
  }
  return values;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function isScalar(value: unknown): boolean {
  return value === null || value instanceof Date || (typeof value !== 'object' && typeof value !== 'function');
}

/**
 * What YAML reads a field as, where that is the text it shows: nothing, text in quotes with no
 * escape in it, a day (`2025-11-25 10:00:00 +0000`), or one line of plain text opening with a
 * letter that would be written back as it stands (see rawFor: no `: `, ` #`, `true` or the
 * like); undefined for anything else.
 */
function plainYamlValue(field: FrontMatterField): string | undefined {
  if (field.raw.includes('\n')) return undefined;
  const text = field.raw.trim();
  if (text === '') return '';
  if (/^"[^"\\]*"$/.test(text) || /^'[^']*'$/.test(text)) return text.slice(1, -1);
  // A day, with its time or not, is text to YAML 1.2 as well.
  if (YAML_DAY.test(text)) return text;
  return /^\p{L}/u.test(text) && rawFor(text) === ` ${text}` ? text : undefined;
}

const YAML_DAY = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ \t]*(?:Z|[+-]\d{2}:?\d{2}))?)?$/;

function tomlValues(fields: readonly FrontMatterField[]): Map<string, string> {
  const values = new Map<string, string>();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = parseToml(fields.map(fieldLine).join('\n')) as Record<string, unknown>;
  } catch {
    // A TOML block the parser refuses is still read field by field, by simple rules.
  }
  for (const field of fields) {
    if (field.key === '') continue;
    const own = parsed[field.key];
    values.set(field.key.toLowerCase(), own === undefined ? fieldValue(field) : asText(own));
  }
  return values;
}

/** The first day a mapping of YAML holds, as `YYYY-MM-DD`; undefined for anything else. */
function firstDayIn(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return undefined;
  for (const member of Object.values(value)) {
    if (member instanceof Date) return member.toISOString().slice(0, 10);
    if (typeof member === 'string' && /^\d{4}-\d{2}-\d{2}/.test(member)) return member;
  }
  return undefined;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value.trimEnd();
  if (Array.isArray(value)) return value.map(asText).join(', ');
  if (value instanceof Date) return value.toISOString();
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A heading's name: no anchor (`{#x}`), no link syntax, no emphasis markers around it. */
export function stripHeadingText(text: string): string {
  // Most headings are plain words: nothing below can match without one of these.
  if (!/[{[*_]/.test(text)) return text.trim();
  return text
    .replace(/(?<!\s)\s*\{#[^{}]*\}\s*$/, '')
    // A link in brackets after the name is the name's reference, not part of it: `Synapse ([website](…))`.
    .replace(/(?<!\s)\s*\(\s*\[[^[\]]*\]\([^)[\]]*\)\s*\)/g, '')
    // So is a link of a mark alone after it, no word: `GTK [↗](…)`, `Files [🔗](…)`.
    .replace(/(?<=\S)\s*\[[^\p{L}\p{N}[\]]+\]\([^)[\]]*\)\s*$/u, '')
    // A link's words, their escaped brackets as read (`[WASI \[Preview 3\]](…)`).
    .replace(/!?\[((?:[^[\]\\]|\\.)*)\]\([^)[\]]*\)/g, (_, words: string) => words.replace(/\\([[\]])/g, '$1'))
    // A link by reference is its words too: `[Veloren][veloren]`, `[Veloren][]`.
    .replace(/!?\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/^([*_]{1,2})(.+)\1$/, '$2')
    .trim();
}
