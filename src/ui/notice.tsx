import type { ComponentChildren } from 'preact';

interface NoticeProps {
  tone: 'info' | 'warning' | 'error' | 'success';
  title?: string;
  children?: ComponentChildren;
}

/** A message about the page or the last action; errors are announced to screen readers at once. */
export function Notice({ tone, title, children }: NoticeProps) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <strong class="notice-title">{title}</strong> : null}
      {children ? <div class="notice-body">{children}</div> : null}
    </div>
  );
}
