import { useEffect, useState } from 'preact/hooks';

interface ToggleProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * A checkbox for a stored setting: it follows the click at once, and the stored value, written
 * a moment later, catches up; a value changed elsewhere shows when it arrives.
 */
export function Toggle({ id, label, checked, onChange }: ToggleProps) {
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={shown}
        onChange={(e) => {
          setShown(e.currentTarget.checked);
          onChange(e.currentTarget.checked);
        }}
      />
      <label for={id}>{label}</label>
    </div>
  );
}
