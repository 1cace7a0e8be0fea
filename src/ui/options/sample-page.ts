import type { Translate } from '../../core/contracts/text-keys.ts';
import type { SamplePage } from '../../core/issue/entry-sample.ts';

/** The made-up page a sample entry links, in the UI's language: the import preview's, the headings'. */
export function samplePage(t: Translate): SamplePage {
  return { url: 'https://example.org/page', title: t('importSampleTitle'), author: t('importSampleAuthor') };
}
