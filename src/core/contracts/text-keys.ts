import type en from '../../../public/_locales/en/messages.json';

/** The name of every UI string; a key missing from `_locales/en` does not type-check. */
export type TextKey = keyof typeof en;

/** Looks up a UI string; entry points pass the browser's, tests a fake that holds the files. */
export type Translate = (key: TextKey, substitutions?: string | number | (string | number)[]) => string;
