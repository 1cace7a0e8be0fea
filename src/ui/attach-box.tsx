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
  return (
    <div class="attach">
      <label for="capture-attach">{t('attachLabel')}</label>
      <div class="row">
        <select id="capture-attach" ref={select} disabled={targets.length === 0}>
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
          disabled={disabled}
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
