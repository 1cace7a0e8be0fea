import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../core/contracts/text-keys.ts';

const TranslateContext = createContext<Translate>((key) => key);

export const TranslateProvider = TranslateContext.Provider;

/** The UI strings of the page's language, provided once by the entry point. */
export function useT(): Translate {
  return useContext(TranslateContext);
}
