import type { CaptureNotice } from '../app/capture-notices.ts';
import { refusalWording, say } from '../core/contracts/wording.ts';
import { Notice } from './notice.tsx';
import { useT } from './translate-context.ts';

/** One of the capture form's notices, worded. */
export function CaptureNoticeView({ notice }: { notice: CaptureNotice }) {
  const t = useT();
  switch (notice.kind) {
    case 'saved':
      return <Notice tone="success" title={t('noticeSaved', notice.count)} />;
    case 'updated':
      return <Notice tone="success" title={t('noticeUpdated')} />;
    case 'queued':
      return <Notice tone="info" title={t('noticeQueued')}>{t('noticeQueuedDetail')}</Notice>;
    case 'in-queue':
      return <Notice tone="warning">{t('noticeInQueue', notice.title)}</Notice>;
    case 'published':
      return <Notice tone="warning" title={t('noticePublished', notice.issue)}>{t('noticePublishedDetail')}</Notice>;
    case 'restricted':
      return <Notice tone="warning">{t('noticeRestricted', say(t, refusalWording(notice.reason)))}</Notice>;
    case 'no-title':
      return <Notice tone="info">{t('noticeNoTitle')}</Notice>;
    case 'draft-restored':
      return <Notice tone="success">{t('noticeDraftRestored')}</Notice>;
  }
}
