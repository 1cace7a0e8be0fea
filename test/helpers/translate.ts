import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageKey, Translate } from '../../src/core/message-keys.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function loadMessages(locale: string): Messages {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as Messages;
}

/** chrome.i18n.getMessage over the real message files: named placeholders, then $1…$9. */
export function translator(locale = 'en'): Translate {
  const messages = loadMessages(locale);
  return (key: MessageKey, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat().map(String);
    let text = entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
    text = text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return text;
  };
}
