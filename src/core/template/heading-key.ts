/**
 * What a heading is known by when headings are compared: without the emoji or symbols in front
 * (`⚛️ React` is `React`), in any case.
 */
export function headingKey(name: string): string {
  return name.replace(/^[^\p{L}\p{N}]+/u, '').trim().toLowerCase();
}
