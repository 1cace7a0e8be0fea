/** What the editor has typed for a page but not saved yet; kept until saved or discarded. */
export interface CaptureDraft {
  /** The page it belongs to: `draftKeyOf(url)` of the page as captured. */
  key: string;
  url: string;
  title: string;
  section: string | null;
  project: string | null;
  comment: string;
  /** `YYYY-MM-DD` or ''. */
  eventDate: string;
  /** Set while the draft edits a queued item rather than a new one. */
  editingId?: string;
  updatedAt: string;
}
