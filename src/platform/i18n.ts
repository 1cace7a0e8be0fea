import { nativeBrowser as browser } from './native-browser.ts';
import type { Translate } from '../core/contracts/text-keys.ts';

/** A UI text from `_locales`, in the browser's language. */
export const uiText: Translate = (key, substitutions) => {
  const subs = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  return browser.i18n.getMessage(key, subs);
};

/** The language the UI speaks, for `lang` attributes and formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
