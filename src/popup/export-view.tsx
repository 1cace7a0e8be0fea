import { ExportPanel } from '../ui/export-panel.tsx';
import { Notice } from '../ui/notice.tsx';
import { useExport, type ExportDeps } from './use-export.ts';

const renderPreview = async (markdown: string, fileName: string): Promise<string> =>
  (await import('../ui/markdown-html.ts')).markdownToSafeHtml(markdown, { mdx: /\.mdx$/i.test(fileName) });

/** The Export tab, loaded when first opened. */
export default function ExportView(deps: ExportDeps) {
  const exp = useExport(deps);
  if (exp.error && !exp.view) return <Notice tone="error">{exp.error}</Notice>;
  if (!exp.view) return null;
  const { issue, items, markdown } = exp.view.exported;
  return (
    <>
      {exp.error ? <Notice tone="error">{exp.error}</Notice> : null}
      {exp.view.exported.plan.dormant ? <Notice tone="info">{deps.t('exportDormant')}</Notice> : null}
      <ExportPanel
        issueKey={issue.key}
        start={issue.period?.start ?? ''}
        end={issue.period?.end ?? ''}
        hasSubtitle={exp.view.template.titlePattern.includes('{subtitle}')}
        subtitle={exp.view.exported.plan.subtitle}
        intro={exp.view.exported.plan.intro}
        markdown={markdown}
        fileName={issue.fileName ?? ''}
        itemCount={items.length}
        problems={exp.view.problems}
        handedOver={exp.handedOver}
        onOpenInTab={deps.openInTab}
        busy={exp.busy}
        renderPreview={renderPreview}
        onChangePlan={(p) => void exp.changePlan(p)}
        onCopy={() => void exp.copy()}
        onDownload={exp.download}
        onPublish={() => void exp.publish()}
        onRemoveTracking={(itemId, url) => void exp.removeTracking(itemId, url)}
      />
    </>
  );
}
