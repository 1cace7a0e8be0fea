import { useEffect, useRef, useState } from 'preact/hooks';

interface LiveTextProps {
  id: string;
  value: string;
  placeholder?: string;
  /** Lines of a text area; a one-line input when absent. */
  rows?: number;
  /** Called with every change as it is typed, so nothing typed waits for a blur to be kept. */
  onText: (text: string) => void;
}

/**
 * A text field whose every keystroke is handed on at once, while what the editor sees is what
 * they typed: a stored value catching up a moment later never moves the text under the cursor.
 * A value changed elsewhere shows as soon as the field is not being typed in.
 */
export function LiveText({ id, value, placeholder, rows, onText }: LiveTextProps) {
  const [text, setText] = useState(value);
  const typing = useRef(false);
  useEffect(() => {
    if (!typing.current) setText(value);
  }, [value]);
  const common = {
    id,
    value: text,
    placeholder,
    onFocus: () => (typing.current = true),
    onBlur: () => {
      typing.current = false;
      setText(value);
    },
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      setText(e.currentTarget.value);
      onText(e.currentTarget.value);
    },
  };
  return rows === undefined ? <input {...common} /> : <textarea rows={rows} {...common} />;
}
