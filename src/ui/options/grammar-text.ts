import type { TextKey } from '../../core/contracts/text-keys.ts';
import type { ItemGrammar } from '../../core/model/template.ts';

/** How each item grammar is named to the editor (the Format panel's choice, the import's reading). */
export const GRAMMAR_TEXT: Readonly<Record<ItemGrammar, TextKey>> = { paragraph: 'grammarParagraph', bullet: 'grammarBullet', numbered: 'grammarNumbered', heading: 'grammarHeading' };
