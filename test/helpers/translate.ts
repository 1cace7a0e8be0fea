import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { translatorFor, type MessageFile } from '../../src/core/contracts/message-file.ts';
import type { Translate } from '../../src/core/contracts/text-keys.ts';

export function loadMessages(locale: string): MessageFile {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as MessageFile;
}

/** The extension's texts in one language, as the browser would give them. */
export function translator(locale = 'en'): Translate {
  return translatorFor(loadMessages(locale));
}
