import type { TextKey } from '../../core/contracts/text-keys.ts';
import type { EntryWay } from '../../core/template/entry-way.ts';
import { GRAMMAR_TEXT } from './grammar-text.ts';

/** How each way of writing entries is named to the editor (the import's reading). */
export const WAY_TEXT: Readonly<Record<EntryWay, TextKey>> = { ...GRAMMAR_TEXT, changeLog: 'wayChangeLog', htmlList: 'wayHtmlList', htmlForm: 'wayHtmlForm' };
