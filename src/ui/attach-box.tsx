import { useRef } from 'preact/hooks';
import { useT } from './translate-context.ts';

export interface AttachTarget {
  id: string;
  label: string;
}

interface AttachBoxProps {
  targets: readonly AttachTarget[];
  disabled: boolean;
  onAttach: (id: string) => void;
}

/** The page as one more link of a queued item: picked from the queue, attached with one click. */
export function AttachBox({ targets, disabled, onAttach }: AttachBoxProps) {
  const t = useT();
  const select = useRef<HTMLSelectElement>(null);
  // Shown before the queue is read (its place held), there is nothing to pick yet.
  const empty = targets.length === 0;
  return (
    <div class="attach">
      <label for="capture-attach">{t('attachLabel')}</label>
      <div class="row">
        <select id="capture-attach" ref={select} disabled={empty}>
          <option value="">{t('attachChoose')}</option>
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="secondary"
          disabled={disabled || empty}
          onClick={() => {
            const id = select.current?.value;
            if (id) onAttach(id);
          }}
        >
          {t('attachButton')}
        </button>
      </div>
    </div>
  );
}
