import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Names listed as one phrase: `a, b, c` in English, `a、b、c` in Chinese. */
export type FormatList = (names: readonly string[]) => string;

const ListContext = createContext<FormatList>((names) => names.join(', '));

export const ListProvider = ListContext.Provider;

/** How the page's language lists names (see listFormatOf), provided once by the entry point. */
export function useFormatList(): FormatList {
  return useContext(ListContext);
}

/** Names listed as `language` lists them, with no word before the last (`a, b, c`, `a、b、c`). */
export function listFormatOf(language: string): FormatList {
  const format = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
  return (names) => format.format(names);
}
