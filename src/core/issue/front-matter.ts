import { foldLineBreaks } from '../markdown/fold-line-breaks.ts';
import type { FrontMatterField } from '../model/issue.ts';
import { TOKEN_SOURCE, withoutSubtitle } from './pattern-token.ts';

/** The value a field's raw text holds, unquoted, by simple rules (used where a parser cannot be). */
export function fieldValue(field: Pick<FrontMatterField, 'raw'>): string {
  const text = field.raw.trim().replace(/^!\s+/, '');
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).replace(/\\(["\\/]|n|t)/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

export function findField(fields: readonly FrontMatterField[], key: string): FrontMatterField | undefined {
  const lower = key.toLowerCase();
  return fields.find((f) => f.key.toLowerCase() === lower);
}

/** `raw` for a YAML field holding `value`, quoted only where YAML would misread it. */
export function rawFor(value: string): string {
  if (value === '') return '';
  return ' ' + plainOrQuoted(value);
}

function plainOrQuoted(value: string, scalars = true): string {
  const needsQuotes =
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) ||
    /\s$/.test(value) ||
    /: |:$| #|[\n\t]/.test(value) ||
    (scalars && /^(true|false|yes|no|on|off|null|~|[-+]?\d[\d_]*(\.\d*)?([eE][-+]?\d+)?)$/i.test(value));
  return needsQuotes ? doubleQuoted(value) : value;
}

function doubleQuoted(value: string): string {
  return '"' + value.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';
}

const TOML_BARE = /^(?:[-+]?(?:0|[1-9](?:_?\d)*)(?:\.\d+)?(?:[eE][-+]?\d+)?|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[-+]\d{2}:\d{2})?)?|true|false)$/;

/** How the metadata quotes: YAML, TOML, JSON, or not at all (`Key: value` headers). */
export type Quoting = 'yaml' | 'toml' | 'json' | 'none';

/** A JSON value written bare: a number, a boolean, null. */
const JSON_BARE = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)$/;

/**
 * A field pattern (`raw` with `{names}`) filled with values, each escaped for where it stands:
 * inside `"…"` (YAML or TOML) backslashes and quotes are escaped, inside `'…'` quotes doubled,
 * and a pattern that is nothing but `{name}` (after an optional `! ` tag) gets a value quoted
 * where YAML would misread it (a number stays a number: it was written plain), or in TOML, where
 * it is not a number, date or boolean as the field held. Values are one
 * line: a line break is written `\n` in double quotes and folded to a space elsewhere, so no
 * value can add a field.
 */
export function fillFieldPattern(raw: string, fill: (name: string, format: string | undefined) => string | undefined, quoting: Quoting = 'yaml'): string {
  if (quoting === 'json') return asJsonValue(fillWithin(raw, fill, quoting));
  // A YAML mapping under the key: each member's value is filled as a field's is.
  const members = quoting === 'yaml' ? mappingMembers(raw) : undefined;
  if (members) return withMembers(members.map((m) => ({ ...m, raw: fillWithin(m.raw, fill, quoting) })));
  return fillWithin(raw, fill, quoting);
}

/**
 * A filled field as a JSON value: as it stands where it is one (a string, list, object, number,
 * boolean), else its words as a string (a fixed sentence typed in the options, nothing at all).
 */
function asJsonValue(raw: string): string {
  const text = raw.trim();
  if (text !== '' && (/^["[{]/.test(text) || JSON_BARE.test(text))) return raw;
  return ' ' + doubleQuoted(fieldValue({ raw }));
}

function fillWithin(raw: string, fill: (name: string, format: string | undefined) => string | undefined, quoting: Quoting): string {
  const lead = /^(\s*(?:!\s+)?)/.exec(raw)?.[1] ?? '';
  const written = raw.slice(lead.length);
  const whole = new RegExp(`^${TOKEN_SOURCE}$`).exec(written.trimEnd());
  // Words around an empty subtitle lose the separator before it (`weekly-thing-{number}-{subtitle:slug}`).
  const body = !whole && fill('subtitle', undefined) === '' ? withoutSubtitle(written) : written;
  if (whole) {
    const value = fill(whole[1] as string, whole[2]);
    if (value === undefined) return raw;
    // Written bare, so a TOML number, date or boolean: it stays one where the value is one.
    if (quoting === 'toml') return lead + (TOML_BARE.test(value) ? value : doubleQuoted(value)) + body.slice(whole[0].length);
    if (quoting === 'json') return lead + (JSON_BARE.test(value) ? value : doubleQuoted(value)) + body.slice(whole[0].length);
    if (quoting === 'none') return lead + oneLine(value) + body.slice(whole[0].length);
    return lead + plainOrQuoted(oneLine(value), false) + body.slice(whole[0].length);
  }
  const quote = body.startsWith('"') ? '"' : body.startsWith("'") ? "'" : '';
  return (
    lead +
    body.replace(new RegExp(TOKEN_SOURCE, 'g'), (token, name: string, format: string | undefined) => {
      const value = fill(name, format);
      if (value === undefined) return token;
      if (quote === '"') return value.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
      if (quote === "'") return oneLine(value).replace(/'/g, "''");
      return oneLine(value);
    })
  );
}

function oneLine(text: string): string {
  return foldLineBreaks(text);
}

/**
 * Whether a metadata line may stand with no key: a TOML table (`[extra]`), a comment or a blank
 * line. Nothing else may, so no such line can close the metadata early or add a field.
 */
export function standsWithoutKey(raw: string): boolean {
  return /^[ \t]*(?:#[^\n]*|\[[^\n]*\][ \t]*)?$/.test(raw);
}

/** One line of a YAML mapping written under a field's key: `    title: Weekly 19`. */
export interface MappingMember {
  indent: string;
  key: string;
  /** The text after the member's colon, as a field's `raw`. */
  raw: string;
}

const MEMBER_LINE = /^([ \t]+)([\p{L}\p{N}_][\p{L}\p{N}_.-]*):((?:[ \t][^\n]*)?)$/u;

/**
 * The members of a YAML mapping a field's raw text holds under its key, one line each
 * (`data:` over `    date: 2022-12-12` and `    title: This Week in Dart - Issue 19`, as an
 * Eleventy or Hugo page nests its metadata); undefined for anything else: a value on the key's own
 * line, a list, a member over several lines, members indented unlike each other.
 */
export function mappingMembers(raw: string): MappingMember[] | undefined {
  const [first, ...lines] = raw.split('\n');
  if (first?.trim() !== '' || lines.length === 0) return undefined;
  const members: MappingMember[] = [];
  for (const line of lines) {
    const m = MEMBER_LINE.exec(line);
    if (!m || (members[0] !== undefined && m[1] !== members[0].indent)) return undefined;
    members.push({ indent: m[1] as string, key: m[2] as string, raw: m[3] as string });
  }
  return members;
}

/** A field's raw text holding these members under its key (see `mappingMembers`). */
export function withMembers(members: readonly MappingMember[]): string {
  return members.map((m) => `\n${m.indent}${m.key}:${m.raw}`).join('');
}

/** A field as written, separator and all. */
export function fieldLine(field: FrontMatterField): string {
  return field.key === '' ? field.raw : `${field.lead ?? ''}${field.key}${field.sep ?? ':'}${field.raw}`;
}

/** Whether a metadata line is blank: no key, nothing written (it sets fields apart). */
export function isBlankField(field: Pick<FrontMatterField, 'key' | 'raw'>): boolean {
  return field.key === '' && field.raw.trim() === '';
}
