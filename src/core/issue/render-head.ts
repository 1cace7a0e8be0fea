import type { IssueHead } from '../model/issue.ts';
import { fieldLine } from './front-matter.ts';

/** The head as written: the block's lines, or the title heading. */
export function renderHead(head: IssueHead): string {
  switch (head.kind) {
    case 'yaml':
    case 'toml':
      // (Hexo's YAML has no opening line, only its closing one.)
      return [...(head.open === '' ? [] : [head.open]), ...head.fields.map(fieldLine), head.close].join('\n');
    case 'json':
      // One member a line, a comma after each but the last (see readHead).
      return [head.open, ...head.fields.map((f, i) => fieldLine(f) + (i < head.fields.length - 1 ? ',' : '')), head.close].join('\n');
    case 'header':
      return head.fields.map(fieldLine).join('\n');
    case 'heading':
      return head.open;
    case 'properties':
      return [head.open, ...head.fields.map(fieldLine)].join('\n');
    case 'none':
      return '';
  }
}
