// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveText } from '../../../src/ui/live-text.tsx';

afterEach(cleanup);

describe('LiveText', () => {
  it('hands on every keystroke, keeps what is typed while a stored value catches up, and shows a value changed elsewhere', () => {
    const typed: string[] = [];
    const view = (value: string) => <LiveText id="f" value={value} onText={(t) => typed.push(t)} />;
    const { rerender } = render(view('old'));
    const field = screen.getByRole('textbox') as HTMLInputElement;
    fireEvent.focus(field);
    fireEvent.input(field, { target: { value: 'ne' } });
    fireEvent.input(field, { target: { value: 'new' } });
    expect(typed).toEqual(['ne', 'new']);
    // The store answers the first keystroke late: the field keeps the later text.
    rerender(view('ne'));
    expect(field.value).toBe('new');
    rerender(view('new'));
    fireEvent.blur(field);
    expect(field.value).toBe('new');
    rerender(view('from another page'));
    expect(field.value).toBe('from another page');
  });
});
