import { fencedLines } from './code-fence.ts';
import { codeSpans } from './markdown-links.ts';

/**
 * Text with each brace that is neither in code (a span or a fenced block) nor escaped already
 * replaced by `to(brace)`: what an MDX page would read as JavaScript (`{children}` in words),
 * while code shows braces as they are and an escaped one is one already.
 */
export function bracesOutsideCode(text: string, to: (brace: '{' | '}') => string): string {
  if (!/[{}]/.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  return lines
    .map((line, i) => {
      if (fenced[i] || !/[{}]/.test(line)) return line;
      const spans = codeSpans(line);
      let out = '';
      let span = 0;
      for (let at = 0; at < line.length; at++) {
        const inCode = spans[span];
        if (inCode && at === inCode.start) {
          out += line.slice(inCode.start, inCode.end);
          at = inCode.end - 1;
          span++;
          continue;
        }
        const ch = line[at] as string;
        // Escaped where an odd run of backslashes stands before it.
        let slashes = 0;
        while (line[at - 1 - slashes] === '\\') slashes++;
        out += (ch === '{' || ch === '}') && slashes % 2 === 0 ? to(ch) : ch;
      }
      return out;
    })
    .join('\n');
}
