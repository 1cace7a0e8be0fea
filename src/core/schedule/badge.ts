import type { DueState } from './due-date.ts';

/** What the toolbar badge says about the open issue. */
export interface BadgeState {
  text: string;
  tone: 'normal' | 'empty' | 'due' | 'overdue' | 'error';
}

/** The count of queued items, coloured when the issue is due (only where reminders are on). */
export function badgeForQueue(count: number, due: DueState = 'none'): BadgeState {
  const tone: BadgeState['tone'] = due === 'overdue' ? 'overdue' : due === 'today' || due === 'soon' ? 'due' : count <= 0 ? 'empty' : 'normal';
  if (count <= 0) return { text: tone === 'empty' ? '' : '•', tone };
  return { text: count > 999 ? '999+' : String(count), tone };
}

export const BADGE_COLORS: Record<BadgeState['tone'], string> = {
  normal: '#c0392b',
  empty: '#c0392b',
  due: '#d35400',
  overdue: '#7d3c98',
  error: '#5d6d7e',
};
