import type { ParsedIssue } from '../issue/issue-parser.ts';
import { SYMBOL_MARKER } from '../markdown/symbol-marker.ts';
import type { Segment } from '../model/issue.ts';
import type { Template } from '../model/template.ts';
import { mostCommon } from './most-common.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/**
 * The headings of an issue whose entries open with a symbol (`🔗 `, `👉 `), each with the one
 * most of them use: a digest may mark each section's entries with its own.
 */
export function symbolMarkers(parsed: ParsedIssue): Map<HeadingSegment, string> {
  const votes = new Map<HeadingSegment, string[]>();
  let heading: HeadingSegment | undefined;
  for (const segment of parsed.issue.body) {
    if (segment.kind === 'heading') heading = segment;
    if (segment.kind !== 'item' || !heading) continue;
    const marker = SYMBOL_MARKER.exec(parsed.items[segment.order]?.source ?? '')?.[0];
    if (marker !== undefined) votes.set(heading, [...(votes.get(heading) ?? []), marker.trimStart()]);
  }
  return new Map([...votes].map(([segment, markers]) => [segment, mostCommon(markers) as string]));
}

/** The symbols a digest lists its entries by (`🔗`, and each heading's own), as its template keeps them. */
export function listedSymbols(template: Pick<Template, 'items' | 'sections'>): string[] {
  const markers = [template.items.marker, ...template.sections.flatMap((s) => [s.marker, ...s.projects.map((p) => p.marker)])];
  return [...new Set(markers.flatMap((m) => (m !== undefined && SYMBOL_MARKER.test(`${m}x`) ? [m.trim()] : [])))];
}
