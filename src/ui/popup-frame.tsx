import type { ComponentChildren } from 'preact';
import type { Due } from '../core/schedule/due-date.ts';
import { issueIdOf, type IssueKey } from '../core/model/issue-key.ts';
import { dueWording, say } from '../core/contracts/wording.ts';
import { Tabs } from './tabs.tsx';
import { useT } from './translate-context.ts';

export type TabId = 'capture' | 'queue' | 'export';

interface PopupFrameProps {
  /** The issue being collected, and when it is due. */
  status: { key: IssueKey; due: Due };
  /** How many items wait in the queue; undefined until read. */
  queueCount: number | undefined;
  tab: TabId;
  onSelectTab: (tab: TabId) => void;
  onOpenOptions: () => void;
  /** Absent where the views already stand in the side panel. */
  onOpenPanel?: (() => void) | undefined;
  /** What stands above the tabs (the side panel's request, the first run's offer). */
  banner?: ComponentChildren;
  /** What stays at the bottom whatever the tab (the toast). */
  footer?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * The popup around its views: the header with the open issue, and the tabs. One component for
 * the early form the page paints first and for the application that takes over from it, so the
 * hand-over moves nothing on screen.
 */
export function PopupFrame({ status, queueCount, tab, onSelectTab, onOpenOptions, onOpenPanel, banner, footer, children }: PopupFrameProps) {
  const t = useT();
  const due = dueWording(status.due);
  return (
    <div class="popup">
      <header class="header">
        {/* The issue and when it is due, one over the other: each whole in a narrow popup. */}
        <div class="header-issue">
          <h1>
            <img src="/icons/icon-32.png" alt="" width={20} height={20} />
            {/* An issue named by its day is called by its day. */}
            <span>{t(issueIdOf(status.key)?.dated ? 'issueHeadingDay' : 'issueHeading', status.key)}</span>
          </h1>
          {due ? <span class={`due due-${status.due.state}`}>{say(t, due)}</span> : null}
        </div>
        {onOpenPanel ? (
          <button type="button" class="link-button" title={t('buttonOpenPanelTitle')} onClick={onOpenPanel}>
            {t('buttonOpenPanel')}
          </button>
        ) : null}
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      </header>
      <main class="popup-main">
        {banner}
        <Tabs
          label={t('tabsLabel')}
          selected={tab}
          onSelect={onSelectTab}
          tabs={[
            { id: 'capture', label: t('tabCapture') },
            { id: 'queue', label: t('tabQueue'), ...(queueCount ? { badge: String(queueCount) } : {}) },
            { id: 'export', label: t('tabExport') },
          ]}
        >
          {children}
        </Tabs>
      </main>
      {footer}
    </div>
  );
}
