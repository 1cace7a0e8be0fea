/** What the toolbar badge says about the open issue. */
export interface BadgeState {
  text: string;
  tone: 'normal' | 'empty' | 'error';
}

export function badgeForQueue(count: number): BadgeState {
  if (count <= 0) return { text: '', tone: 'empty' };
  return { text: count > 999 ? '999+' : String(count), tone: 'normal' };
}

export const BADGE_COLORS: Record<BadgeState['tone'], string> = {
  normal: '#c0392b',
  empty: '#c0392b',
  error: '#8e44ad',
};
