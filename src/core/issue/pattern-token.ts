// What a pattern's tokens look like, apart from how values fill them (pattern.ts): the popup's
// early script reads stored issues' front matter, and loads this without date formats' tables.

/**
 * A token: `{name}`, `{name:FORMAT}`, or a day some days from a named one, `{published+2:FORMAT}`
 * (a post dated two days after the week it covers ends); a span of days ending some days from one,
 * `{span-6-1:SEPARATOR|FORM}` (see formatPattern).
 */
export const TOKEN_SOURCE = String.raw`\{(\w+(?:[+-]\d{1,2}){0,2})(?::([^}]*))?\}`;

/** A pattern for an issue with no subtitle: `{subtitle}` goes, and the separator before it (`Issue #{number} / {subtitle}`, `issue-{number}-{subtitle:slug}`). */
export function withoutSubtitle(pattern: string): string {
  return pattern.replace(/(?<![\s:：\-–—|/,，·])[\s:：\-–—|/,，·]*\{subtitle(?::slug)?\}/, '');
}
