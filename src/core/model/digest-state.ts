import type { Issue } from './issue.ts';
import type { Item } from './item.ts';
import type { Settings } from './settings.ts';
import type { Template } from './template.ts';

/** Everything the extension holds about one digest: its settings, format, issues and items. */
export interface DigestState {
  settings: Settings;
  template: Template;
  issues: Issue[];
  items: Item[];
}

/** The part of the state that published issues determine (an import reads and changes it). */
export type DigestContent = Omit<DigestState, 'settings'>;
