/**
 * A line's marker where a digest lists its entries with a symbol Markdown does not read as one
 * (`🔗 `, `• `, `▸ `, `→ `, `✓ `): one to three symbols, none a letter, digit, space or mark of
 * Markdown's own, then a space.
 */
export const SYMBOL_MARKER = /^ {0,3}(?:[^\p{L}\p{N}\p{Pd}\s\\`*_[\]<>#|+\-=~!(){}'"&.,;:?/@$%^（【「『《〈]){1,3}[ \t]+(?=\S)/u;

/** The symbol marker a line starts with, or undefined. */
export function symbolMarkerOf(line: string): string | undefined {
  return SYMBOL_MARKER.exec(line)?.[0];
}
