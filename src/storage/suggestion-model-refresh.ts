import { trainSuggestionModel, type SuggestionModel } from '../core/project-suggestion.ts';
import { QUEUE_BUCKET, type DigestDatabase, type MetaRecord } from './schema.ts';
import { guard } from './storage-failure.ts';
import { fromStored } from './stored-item.ts';

/**
 * Learns the suggestion model again from every published item and stores it, so the popup
 * reads one record instead of the archive.
 */
export function refreshSuggestionModel(db: Promise<DigestDatabase>): Promise<SuggestionModel> {
  return guard(async () => {
    const database = await db;
    const published = (await database.getAll('items')).filter((i) => i.bucket !== QUEUE_BUCKET).map(fromStored);
    const model = trainSuggestionModel(published);
    await database.put('meta', { key: 'suggestionModel', value: model } satisfies MetaRecord);
    return model;
  });
}
