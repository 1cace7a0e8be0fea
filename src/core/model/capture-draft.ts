/** The capture form's fields. */
export interface CaptureFields {
  url: string;
  title: string;
  section: string | null;
  project: string | null;
  comment: string;
  /** `YYYY-MM-DD` or ''. */
  eventDate: string;
  /** Who wrote the page (its author meta, or the editor's typing), where one is known. */
  author?: string;
  /** A picture of the page (its `og:image`), where the digest shows one with each entry; '' or absent for none. */
  image?: string;
  /** How long the page takes to read, in minutes, where the digest gives reading times; 0 or absent for none. */
  minutes?: number;
  /** The kind of page, where the digest marks its entries so (`📜`; '' for none; see `Item.kind`). */
  kind?: string;
}

/** What the editor has typed for a page but not saved yet; kept until saved or discarded. */
export interface CaptureDraft extends CaptureFields {
  /** The page it belongs to: `draftKeyOf(url)` of the page as captured. */
  key: string;
  /** Set while the draft edits a queued item rather than a new one. */
  editingId?: string;
  updatedAt: string;
}
