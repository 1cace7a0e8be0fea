import { kindFieldName, kindWords } from './kind-words.ts';
import { useT } from './translate-context.ts';

interface KindFieldProps {
  id: string;
  /** The symbols the digest opens its entries with for their kind of page, most used first. */
  kinds: readonly string[];
  /** The entry's kind; '' for none. */
  value: string;
  onChange: (kind: string) => void;
}

/**
 * The kind of page an entry links, where the digest marks its entries so (📜, 📦, 🐦): one of the
 * digest's own symbols, or none. A kind the digest no longer uses stays offered while it is the value.
 * A task list's boxes are offered by what they mean (to do, done), as `[ ]` reads as no choice.
 */
export function KindField({ id, kinds, value, onChange }: KindFieldProps) {
  const t = useT();
  const offered = value === '' || kinds.includes(value) ? kinds : [value, ...kinds];
  return (
    <div class="field field-kind">
      <label for={id}>{kindFieldName(kinds, t)}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('kindNone')}</option>
        {offered.map((kind) => (
          <option key={kind} value={kind}>
            {kindWords(kind, t)}
          </option>
        ))}
      </select>
    </div>
  );
}
