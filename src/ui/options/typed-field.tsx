interface TypedFieldProps {
  id: string;
  label: string;
  hint: string;
  /** The text as typed, kept by the panel apart from what it reads into the draft. */
  value: string;
  /** A text area of so many rows; a line otherwise. */
  rows?: number;
  /** Off for addresses and markup, which a spell checker only underlines. */
  spellcheck?: boolean;
  onText: (text: string) => void;
}

/** A field of the Format panel the editor types a setting into, its hint under it. */
export function TypedField({ id, label, hint, value, rows, spellcheck, onText }: TypedFieldProps) {
  const common = { id, 'aria-describedby': `${id}-hint`, value, ...(spellcheck === undefined ? {} : { spellcheck }) };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {rows === undefined ? (
        <input {...common} onInput={(e) => onText(e.currentTarget.value)} />
      ) : (
        <textarea {...common} rows={rows} onInput={(e) => onText(e.currentTarget.value)} />
      )}
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
