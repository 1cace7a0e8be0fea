import { Toggle } from '../toggle.tsx';
import { useT } from '../translate-context.ts';

interface PopupPanelProps {
  closeAfterSave: boolean;
  onChange: (closeAfterSave: boolean) => void;
}

/** How the toolbar popup behaves once a page is saved. */
export function PopupPanel({ closeAfterSave, onChange }: PopupPanelProps) {
  const t = useT();
  return <Toggle id="popup-close-after-save" label={t('fieldCloseAfterSave')} checked={closeAfterSave} onChange={onChange} />;
}
