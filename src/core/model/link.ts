/** The longest reading time a link holds, in minutes (see `Link.minutes`). */
export const MOST_MINUTES = 999;

/** One link of an item: the page it points at, as captured or as written in a published issue. */
export interface Link {
  url: string;
  /** The page's title when captured, or the link text of an imported `[text](url)`; may be ''. */
  title: string;
  /** Text written before the link on its own line, kept verbatim, e.g. `BP：` or `source: `. */
  label?: string;
  /**
   * Who wrote the page, as the page names them (its author meta) or the editor typed: written
   * after the link where the digest names authors (`by Jane Doe`), or over the entry where it
   * credits them (`Jane Doe reports`, the entry quoted under it).
   */
  author?: string;
  /**
   * A picture of the page (the one it offers for sharing, `og:image`), as a web address: shown
   * with the entry where the digest shows one with each of its entries (see `PictureStyle`).
   */
  image?: string;
  /**
   * How long the page takes to read, in whole minutes, as counted in its text at capture or as
   * the editor set it: written after the link where the digest gives its entries' reading times
   * (`(5 min read)`, see `ItemStyle.readingTime`).
   */
  minutes?: number;
  /** True when the link stands inside the commentary rather than on a line of its own. */
  inline?: boolean;
  /**
   * The exact Markdown line an imported link was written as (`<url>`, a bare URL, `[text](url)`
   * with its label and indentation). Export reuses it while it still says the same URL and label,
   * which is what keeps re-exported issues byte-faithful.
   */
  source?: string;
}
