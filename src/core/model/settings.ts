import { deepFreeze } from './deep-freeze.ts';
import type { OpenIssueSettings } from '../schedule/next-issue.ts';

/** The editor's settings that are not part of the digest's format. */
export interface Settings {
  /** Number and period of the open issue, where the editor fixed them by hand. */
  openIssue: OpenIssueSettings;
  reminders: {
    enabled: boolean;
    /** Days between issues; null: learned from the published issues. */
    cadenceDays: number | null;
  };
  /** Whether the popup closes a moment after a save (the default), as clippers do. */
  closeAfterSave?: boolean;
  /** The editor has seen the first-run offer to import past issues, and set it aside. */
  welcomed?: boolean;
}

export const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ deepFreeze({
  openIssue: {},
  reminders: { enabled: true, cadenceDays: null },
});
