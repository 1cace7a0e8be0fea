import type { Segment } from '../model/issue.ts';
import { groupKeyOf, sameGroup, type GroupKey, type Item } from '../model/item.ts';
import { THEMATIC_BREAK } from '../markdown/thematic-break.ts';

/**
 * A piece of an issue's body as it will be written: a heading or text as it stood, an item's
 * place (`before` undefined where the writer chooses the gap that fits what it follows), or
 * items whose heading the body lacks, to be written with their headings as a next issue would.
 */
export type PlacedSegment =
  | Extract<Segment, { kind: 'heading' | 'text' }>
  /**
   * `renumbered`: an entry that stayed under a heading whose entries changed, counted again where
   * the digest counts them; `closes`: as the body's (see entryHeadingLevel).
   */
  | { kind: 'item'; before: string | undefined; order: number; moved: boolean; renumbered?: boolean; closes?: number }
  | { kind: 'group'; before: string; items: Item[]; standing: ReadonlySet<string> };

type Draft = PlacedSegment & { dropped?: boolean };

const NO_GROUP: GroupKey = { section: null, project: null };

/**
 * The body of a published issue with its items where they now belong. Every heading and text
 * block stays where it stood; an item still under its heading stays in its place; one the editor
 * re-filed goes under its new heading among the entries there, by its place in the issue; one
 * whose heading the body lacks goes, with that heading, at the end of its section (in the place of
 * the heading it left where all that heading's entries went the same way, as when a typo in a
 * heading is mended), or where its section comes in `sections`. A heading whose entries all left
 * it, with nothing else under it, goes, and so does a rule that set apart entries now gone. A
 * body whose items all stand still comes back as it is.
 */
export function placedBody(body: readonly Segment[], items: readonly Item[], sections: readonly (string | null)[]): PlacedSegment[] {
  const byOrder = new Map(items.map((i) => [i.order, i]));
  const add = <K, T>(map: Map<K, T[]>, at: K, value: T): void => {
    const list = map.get(at);
    if (list) list.push(value);
    else map.set(at, [value]);
  };
  // The heading each piece stands under (a heading under itself), and the runs each group heads:
  // -1 is the run before the first heading, the unfiled entries'.
  const runOf: number[] = [];
  const runsOf = new Map<string, number[]>([[groupKeyOf(NO_GROUP), [-1]]]);
  const groupOfRun = (run: number): GroupKey => (run === -1 ? NO_GROUP : (body[run] as GroupKey));
  // Sections the body has headings under, and those whose own heading it has: a new heading
  // under one of those is written without its section's again.
  const present = new Set<string>();
  const standing = new Set<string>();
  let run = -1;
  // The headings open at each point: an entry that closes those at its level and below (see
  // `Segment`) and those after it are in the run of the heading over them, as `parseIssue` filed them.
  const open: { at: number; level: number }[] = [];
  body.forEach((segment, i) => {
    const level = segment.kind === 'heading' ? segment.level : segment.kind === 'item' ? segment.closes : undefined;
    if (level !== undefined) while (open.length > 0 && (open.at(-1) as { level: number }).level >= level) open.pop();
    if (segment.kind === 'item' && level !== undefined) run = open.at(-1)?.at ?? -1;
    if (segment.kind === 'heading') {
      open.push({ at: i, level: segment.level });
      run = i;
      add(runsOf, groupKeyOf(segment), i);
      if (segment.section !== null) present.add(segment.section);
      if (segment.section !== null && segment.project === null) standing.add(segment.section);
    }
    runOf[i] = run;
  });
  // Where each run ends: the next heading, or the body's end.
  const ends = new Map<number, number>();
  let end = body.length;
  for (let i = body.length - 1; i >= -1; i--) {
    if (i === -1 || body[i]?.kind === 'heading') {
      ends.set(i, end);
      end = i;
    }
  }
  const runEnd = (start: number): number => ends.get(start) ?? body.length;
  const keptSlots = new Map<number, number[]>();
  const kept = new Set<number>();
  body.forEach((segment, i) => {
    if (segment.kind !== 'item') return;
    const item = byOrder.get(segment.order);
    if (!item || !sameGroup(item, groupOfRun(runOf[i] as number))) return;
    kept.add(segment.order);
    add(keptSlots, runOf[i] as number, i);
  });

  const before = new Map<number, number[]>();
  const after = new Map<number, number[]>();
  const blocksBefore = new Map<number, Item[][]>();
  const blocksAfter = new Map<number, Item[][]>();
  const moving = [...items].filter((i) => !kept.has(i.order)).sort((a, b) => a.order - b.order);
  const homeless: Item[] = [];
  for (const item of moving) {
    const runs = runsOf.get(groupKeyOf(item));
    if (!runs) {
      homeless.push(item);
      continue;
    }
    // The run that keeps entries of the group already (the last, where a day heading repeats).
    const r = runs.findLast((x) => keptSlots.has(x)) ?? (runs[0] as number);
    const slots = keptSlots.get(r);
    if (slots) {
      const next = slots.find((i) => (body[i] as { order: number }).order > item.order);
      if (next !== undefined) add(before, next, item.order);
      else add(after, slots.at(-1) as number, item.order);
    } else {
      const last = runEnd(r) - 1;
      if (last === -1) add(before, 0, item.order);
      else add(after, last, item.order);
    }
  }

  // Headings the body lacks. Where another heading of the section lost all its entries to one
  // such heading, the new heading stands in its place; else at the section's end.
  const structural = (i: number): boolean => body[i]?.kind !== 'text';
  const lastIndex = (test: (i: number) => boolean): number => {
    for (let i = body.length - 1; i >= 0; i--) if (test(i)) return i;
    return -1;
  };
  const byGroup = new Map<string, Item[]>();
  for (const item of homeless) add(byGroup, groupKeyOf(item), item);
  for (const list of byGroup.values()) {
    const group = list[0] as Item;
    if (group.section !== null && present.has(group.section)) {
      const left = body.findIndex((s, h) => s.kind === 'heading' && s.section === group.section && s.project !== null && leftFor(h, group));
      if (left !== -1) add(blocksBefore, left, list);
      else add(blocksAfter, lastIndex((i) => structural(i) && groupOfRun(runOf[i] as number).section === group.section), list);
      continue;
    }
    const place = group.section === null ? -1 : sections.indexOf(group.section);
    const later = place === -1 ? -1 : body.findIndex((s) => s.kind === 'heading' && s.section !== null && sections.indexOf(s.section) > place);
    if (later !== -1) add(blocksBefore, later, list);
    else add(blocksAfter, lastIndex(structural), list);
  }

  /** Whether heading `h` kept none of its entries and every one went to `group`. */
  function leftFor(h: number, group: GroupKey): boolean {
    if (keptSlots.has(h)) return false;
    const end = runEnd(h);
    let any = false;
    for (let i = h + 1; i < end; i++) {
      const segment = body[i] as Segment;
      if (segment.kind !== 'item') continue;
      const item = byOrder.get(segment.order);
      if (item && !sameGroup(item, group)) return false;
      if (item) any = true;
    }
    return any;
  }

  // Runs that lost or gained an entry: the entries that stay there are counted again.
  const changed = new Set<number>();
  body.forEach((segment, i) => {
    if (segment.kind === 'item' && !kept.has(segment.order)) changed.add(runOf[i] as number);
  });
  for (const at of [...before.keys(), ...after.keys()]) changed.add(runOf[at] as number);
  const drafts: Draft[] = [];
  const place = (orders: readonly number[], first: string | undefined): void =>
    orders.forEach((order, n) => drafts.push({ kind: 'item', before: n === 0 ? first : undefined, order, moved: true }));
  const block = (lists: readonly Item[][], first: string): void => {
    drafts.push({ kind: 'group', before: first, items: lists.flat(), standing });
  };
  body.forEach((segment, i) => {
    let own = segment.before as string | undefined;
    const blocks = blocksBefore.get(i);
    if (blocks) {
      block(blocks, own as string);
      own = '\n\n';
    }
    const placed = before.get(i);
    if (placed) {
      place(placed, own);
      // After entries put before it, an entry is one more of them; a heading stands apart.
      own = segment.kind === 'item' ? undefined : '\n\n';
    }
    if (segment.kind === 'item') {
      const stays = kept.has(segment.order);
      drafts.push({ kind: 'item', before: own, order: segment.order, moved: false, ...(segment.closes !== undefined ? { closes: segment.closes } : {}), ...(stays ? (changed.has(runOf[i] as number) ? { renumbered: true } : {}) : { dropped: true }) });
    }
    // A made issue's place for its entries (never in a body with entries of its own) holds no text.
    else if (segment.kind !== 'items') drafts.push({ ...segment, before: own as string });
    const follow = after.get(i);
    if (follow) place(follow, undefined);
    const trailing = blocksAfter.get(i);
    if (trailing) block(trailing, '\n\n');
  });
  const empty = emptiedHeadings(drafts);
  return withoutDropped(withoutDoubledRules(drafts.map((d, i) => (empty.has(i) ? { ...d, dropped: true } : d))));
}

/**
 * A rule that set apart entries now gone comes right after another (`---`, `---`): one is enough.
 */
function withoutDoubledRules(drafts: readonly Draft[]): Draft[] {
  // Whether the last piece kept was a rule, and whether something was dropped since (two rules
  // the issue itself set together stay).
  let lastRule = false;
  let droppedSince = false;
  return drafts.map((d) => {
    if (d.dropped) {
      droppedSince = true;
      return d;
    }
    const rule = d.kind === 'text' && THEMATIC_BREAK.test(d.raw);
    const doubled = rule && lastRule && droppedSince;
    if (!doubled) {
      lastRule = rule;
      droppedSince = false;
    }
    return doubled ? { ...d, dropped: true } : d;
  });
}

/**
 * Headings that held entries and now hold nothing: no entry, text or heading with something
 * under it, down to the next heading of their level or above.
 */
function emptiedHeadings(drafts: readonly Draft[]): Set<number> {
  const out = new Set<number>();
  drafts.forEach((d, h) => {
    if (d.kind !== 'heading') return;
    let held = false;
    let lost = false;
    for (let i = h + 1; i < drafts.length; i++) {
      const e = drafts[i] as Draft;
      if (e.kind === 'heading' && e.level <= d.level) break;
      if (e.kind === 'item' && e.dropped) lost = true;
      else if (e.kind !== 'heading') held = true;
    }
    if (lost && !held) out.add(h);
  });
  return out;
}

/**
 * The drafts without the dropped pieces. An entry after a run of them takes the first one's gap
 * (it now follows what that one followed); a heading or text keeps its own, which sets it apart
 * from an entry, as it still follows one or a heading that kept its gap, unless it ran on from
 * them on the next line where they were set apart by a blank one. At the body's start, the first
 * piece takes the first one's gap.
 */
const BLANK_LINE = /\n[ \t]*\n/;

function withoutDropped(drafts: readonly Draft[]): PlacedSegment[] {
  const out: PlacedSegment[] = [];
  let carried: string | undefined;
  for (const { dropped, ...d } of drafts) {
    if (dropped) {
      if (carried === undefined) carried = d.before ?? '\n\n';
      continue;
    }
    // (A heading or text that ran on from what was dropped, a list's next label after the last
    // label's entries, `\n2. **Testing**`, is set apart as the first dropped piece was: run on
    // from the words before, a numbered label would be their line.)
    const ranOn = d.before !== undefined && !BLANK_LINE.test(d.before) && carried !== undefined && BLANK_LINE.test(carried);
    if (carried !== undefined && d.before !== undefined && (out.length === 0 || d.kind === 'item' || ranOn)) out.push({ ...d, before: carried } as PlacedSegment);
    else out.push(d as PlacedSegment);
    carried = undefined;
  }
  return out;
}
