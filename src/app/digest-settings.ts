import type { Settings } from '../core/model/settings.ts';
import type { Template } from '../core/model/template.ts';
import type { OpenIssueSettings } from '../core/schedule/next-issue.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { relearnSuggestions } from './derived-data.ts';

/**
 * Stores the digest's format, taxonomy and rules as the editor set them, and learns suggestions
 * again: the headings' names (a preset chosen or dropped) are part of what they learn from.
 */
export function saveTemplate(store: DigestStore, template: Template): Promise<void> {
  return store.write(async (tx) => {
    await tx.meta.setTemplate(template);
    await relearnSuggestions(tx);
  });
}

/** Changes the reminder settings. */
export function changeReminders(store: DigestStore, patch: Partial<Settings['reminders']>): Promise<void> {
  return store.write(async (tx) => {
    const settings = await tx.meta.settings();
    await tx.meta.setSettings({ ...settings, reminders: { ...settings.reminders, ...patch } });
  });
}

/** The first-run offer to import past issues is set aside. */
export function setWelcomed(store: DigestStore): Promise<void> {
  return store.write(async (tx) => {
    const settings = await tx.meta.settings();
    await tx.meta.setSettings({ ...settings, welcomed: true });
  });
}

/** Whether the popup closes itself a moment after a save. */
export function changeCloseAfterSave(store: DigestStore, closeAfterSave: boolean): Promise<void> {
  return store.write(async (tx) => {
    const settings = await tx.meta.settings();
    await tx.meta.setSettings({ ...settings, closeAfterSave });
  });
}

/** Fixes the open issue's number or period by hand; what is not given stays as it was. */
export function changeOpenIssue(store: DigestStore, patch: OpenIssueSettings): Promise<void> {
  return store.write(async (tx) => {
    const settings = await tx.meta.settings();
    await tx.meta.setSettings({ ...settings, openIssue: { ...settings.openIssue, ...patch } });
  });
}
