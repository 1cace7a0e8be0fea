import type { ParsedIssue } from '../issue/issue-parser.ts';
import { isKeptPlace } from '../issue/never-item.ts';
import { SYMBOL_MARKER } from '../markdown/symbol-marker.ts';
import type { Segment } from '../model/issue.ts';
import type { Template } from '../model/template.ts';
import { mostCommon } from './most-common.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/**
 * The headings of an issue whose entries open with a marker of their own, each with the one most
 * of them use: a symbol (`🔗 `, `👉 `: a digest may mark each section's entries with its own), or,
 * in a digest whose entries are not list items, a list's bullet (`* `: a section of quick links
 * among entries under headings of their own).
 */
export function headingMarkers(parsed: ParsedIssue): Map<HeadingSegment, string> {
  const votes = new Map<HeadingSegment, string[]>();
  const entries = new Map<HeadingSegment, number>();
  // Headings whose place is kept by a bullet with nothing after it (`## Promotions` over `*`): the
  // bullet, for the entries to come where no entry says otherwise.
  const kept = new Map<HeadingSegment, string>();
  let heading: HeadingSegment | undefined;
  for (const segment of parsed.issue.body) {
    if (segment.kind === 'heading') heading = segment;
    const bullet = segment.kind === 'text' && heading && parsed.grammar !== 'bullet' && isKeptPlace(segment.raw) ? KEPT_BULLET.exec(segment.raw)?.[1] : undefined;
    if (bullet !== undefined && heading) kept.set(heading, `${bullet} `);
    if (segment.kind !== 'item' || !heading) continue;
    entries.set(heading, (entries.get(heading) ?? 0) + 1);
    const source = parsed.items[segment.order]?.source ?? '';
    const marker = SYMBOL_MARKER.exec(source)?.[0].trimStart() ?? (parsed.grammar === 'bullet' ? undefined : LIST_BULLET.exec(source)?.[1]);
    if (marker !== undefined) votes.set(heading, [...(votes.get(heading) ?? []), marker]);
  }
  return new Map([
    ...[...kept].filter(([segment]) => !entries.has(segment)),
    ...[...votes].flatMap(([segment, markers]) => {
      const marker = mostCommon(markers) as string;
      // A bullet only where most of the heading's entries are list items.
      return isListBullet(marker) && markers.filter((m) => m === marker).length * 2 <= (entries.get(segment) ?? 0) ? [] : [[segment, marker] as const];
    }),
  ]);
}

/** The bullet of a list left empty (see isKeptPlace). */
const KEPT_BULLET = /^\s*([*+-])/;

/** A list item's bullet as a line opens with it: `* `, `- `, `+ ` (not indented: an entry of its own). */
const LIST_BULLET = /^ {0,3}([*+-] )/;

/** Whether a heading's marker is a list's bullet (`* `, `-   `) rather than a symbol. */
export function isListBullet(marker: string): boolean {
  return /^[*+-] {1,4}$/.test(marker);
}

/** The symbols a digest lists its entries by (`🔗`, and each heading's own), as its template keeps them. */
export function listedSymbols(template: Pick<Template, 'items' | 'sections'>): string[] {
  const markers = [template.items.marker, ...template.sections.flatMap((s) => [s.marker, ...s.projects.map((p) => p.marker)])];
  return [...new Set(markers.flatMap((m) => (m !== undefined && SYMBOL_MARKER.test(`${m}x`) ? [m.trim()] : [])))];
}
