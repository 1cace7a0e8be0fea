import { fencedLines } from './code-fence.ts';
import { codeSpans } from './markdown-links.ts';

/**
 * Words as an MDX page may hold them, each mark it would read as code of its own made `to(mark)`:
 * a brace that is neither in code (a span or a fenced block) nor escaped already (`{children}` in
 * words opens JavaScript), and a tag's `<` where the words do not close that tag (`the <dialog>
 * element` opens JSX that never ends, and the page does not build). Code shows both as they are;
 * a tag the words close, or that closes itself (`<kbd>Ctrl</kbd>`, `<br />`), stands.
 */
export function mdxMarksOutsideCode(text: string, to: (mark: '{' | '}' | '<') => string): string {
  if (!/[{}<]/.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const words = lines.map((line, i) => (fenced[i] ? '' : withoutCode(line))).join('\n');
  return lines
    .map((line, i) => {
      if (fenced[i] || !/[{}<]/.test(line)) return line;
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
        const escaped = slashes % 2 === 1;
        if ((ch === '{' || ch === '}') && !escaped) out += to(ch);
        else if (ch === '<' && !escaped && opensUnclosedTag(line, at, words)) out += to(ch);
        else out += ch;
      }
      return out;
    })
    .join('\n');
}

/** A line with its code spans blanked out: where tags are looked for. */
function withoutCode(line: string): string {
  let out = line;
  for (const span of codeSpans(line)) out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
  return out;
}

/**
 * Whether the `<` at `at` starts a tag the words do not close: one of a name whose opening and
 * closing tags do not pair up (a tag closing itself aside). Not a tag at all (`a < b`, `<3`) is
 * no JSX either.
 */
function opensUnclosedTag(line: string, at: number, words: string): boolean {
  const tag = /^<(\/?)([A-Za-z][\w.:-]*)(?=[\s/>])[^<>]*?(\/?)>/.exec(line.slice(at));
  if (!tag) return /^<\/?[A-Za-z]/.test(line.slice(at));
  const [, , name, self] = tag as unknown as [string, string, string, string];
  if (self === '/') return false;
  const open = new RegExp(`<${name.replace(/[.]/g, '\\.')}(?=[\\s/>])`, 'g');
  const close = new RegExp(`</${name.replace(/[.]/g, '\\.')}\\s*>`, 'g');
  return (words.match(open) ?? []).length !== (words.match(close) ?? []).length;
}
