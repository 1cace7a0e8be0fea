import type { Block } from '../markdown/blocks.ts';
import type { LinkDefinitions } from '../markdown/markdown-links.ts';

/** What the grammar needs to know of the document beyond its lines. */
export interface GrammarContext {
  /** Whether a heading names one the digest already knows. */
  known?: KnownHeading;
  /** The document's reference-link definitions. */
  definitions?: LinkDefinitions;
  /** Lists and paragraphs the digest writes word for word in other issues (see standingBlocks): its own text. */
  standing?: ReadonlySet<string>;
  /** Paragraphs other issues write in the same words but for the pages they link (see alikeButLinks): the issue's own, where a part of a list digest tells news in paragraphs. */
  alikeButLinks?: ReadonlySet<string>;
  /** Whether the digest gives a paragraph entry's link alone above its words, where its learned way of writing entries says (see linksAbove). */
  linksAbove?: boolean;
  /**
   * The heading names other issues write too, lowercased (see recurringHeadings), where there are
   * other issues to compare with: a heading outside them is no section's, and may be an entry's title.
   */
  recurring?: ReadonlySet<string>;
  /** The heading names three issues or more write, lowercased (see standingHeadings): the digest's own parts, never an entry's. */
  standingHeadings?: ReadonlySet<string>;
  /** The headings that are entries (see entryHeadings), where already told: both the evidence and the split need them. */
  headings?: ReadonlySet<Block>;
}

/** Whether a heading's text names a heading the digest already knows (a project of its preset). */
export type KnownHeading = (text: string) => boolean;
