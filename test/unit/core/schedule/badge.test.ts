import { describe, expect, it } from 'vitest';
import { badgeForQueue } from '../../../../src/core/schedule/badge.ts';

describe('badgeForQueue', () => {
  it('shows the count, nothing for an empty queue, and caps long numbers', () => {
    expect(badgeForQueue(0)).toEqual({ text: '', tone: 'empty' });
    expect(badgeForQueue(7)).toEqual({ text: '7', tone: 'normal' });
    expect(badgeForQueue(1200).text).toBe('999+');
  });

  it('changes colour when the issue is due, and shows a dot on an empty queue then', () => {
    expect(badgeForQueue(3, 'later')).toEqual({ text: '3', tone: 'normal' });
    expect(badgeForQueue(3, 'soon')).toEqual({ text: '3', tone: 'due' });
    expect(badgeForQueue(3, 'today')).toEqual({ text: '3', tone: 'due' });
    expect(badgeForQueue(0, 'overdue')).toEqual({ text: '•', tone: 'overdue' });
  });
});
