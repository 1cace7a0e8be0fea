import type { SuggestionModel } from '../core/project-suggestion.ts';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';
import { DEFAULT_TEMPLATE, type Template } from '../core/template.ts';
import type { DigestDatabase, MetaKey, MetaRecord, MetaValue, ReminderState } from './schema.ts';
import { guard } from './storage-failure.ts';

export type MetaRepo = ReturnType<typeof createMetaRepo>;

/** Template, settings and the learned suggestion model: one record each, with defaults. */
export function createMetaRepo(db: Promise<DigestDatabase>) {
  const read = <K extends MetaKey>(key: K): Promise<MetaValue<K> | undefined> =>
    guard(async () => {
      const record = await (await db).get('meta', key);
      return record?.value as MetaValue<K> | undefined;
    });
  const write = <K extends MetaKey>(key: K, value: MetaValue<K>): Promise<void> =>
    guard(async () => {
      await (await db).put('meta', { key, value } as MetaRecord);
    });
  return {
    template: async (): Promise<Template> => (await read('template')) ?? DEFAULT_TEMPLATE,
    setTemplate: (template: Template) => write('template', template),
    settings: async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, ...(await read('settings')) }),
    setSettings: (settings: Settings) => write('settings', settings),
    suggestionModel: (): Promise<SuggestionModel | undefined> => read('suggestionModel'),
    reminders: async (): Promise<ReminderState> => (await read('reminders')) ?? { lastNotified: null },
    setReminders: (state: ReminderState) => write('reminders', state),
  };
}
