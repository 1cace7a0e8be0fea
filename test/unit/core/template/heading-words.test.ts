import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { headingWords } from '../../../../src/core/template/heading-words.ts';

function parse(name: string, text: string): ParsedIssue {
  const r = parseIssue(text, { fileName: name });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const BACK = '[↑ Contents](#contents)';

describe('headingWords: words closing each heading', () => {
  it('is the words one issue closes two headings or more with after their entries', () => {
    const issue = parse('w-2.md', `# W 2\n\n## Tools\n\n- [A](https://a.example/) - words.\n\n${BACK}\n\n## Reading\n\n- [B](https://b.example/) - words.\n\n${BACK}\n\n## Talks\n\n- [C](https://c.example/) - words.\n`);
    expect(headingWords([issue]).closingEach).toEqual(new Set([BACK]));
  });

  it('is not words closing one heading an issue (whichever came last under a section), nor what ends the issue', () => {
    const once = parse('w-2.md', `# W 2\n\n## Tools\n\n- [A](https://a.example/) - words.\n\n## Reading\n\n- [B](https://b.example/) - words.\n\n${BACK}\n\n## Talks\n\n- [C](https://c.example/) - words.\n\n${BACK}\n`);
    expect(headingWords([once]).closingEach).toEqual(new Set());
  });
});
