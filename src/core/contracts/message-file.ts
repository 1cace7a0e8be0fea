import type { Translate } from './text-keys.ts';

/** A `_locales/<lang>/messages.json` file as the browser reads it. */
export type MessageFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * `chrome.i18n.getMessage` over a message file, for where the browser's is not at hand (the
 * command-line tool, tests): named placeholders first, then `$1`…`$9`, and `$$` for a dollar.
 */
export function translatorFor(messages: MessageFile): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat().map(String);
    const fill = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''))
      .replace(/\$\$/g, '$');
  };
}
