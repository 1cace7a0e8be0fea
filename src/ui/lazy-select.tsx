import { toChildArray, type ComponentChildren, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface LazySelectProps {
  id: string;
  value: string;
  onChange: (e: Event & { currentTarget: HTMLSelectElement }) => void;
  /**
   * Only the chosen option is drawn until the page has painted; the others come in the next
   * moment, or at once when the editor reaches the picker first (focus, pointer).
   */
  later: boolean;
  children: ComponentChildren;
}

/**
 * A select whose options may wait for the first paint: a digest with hundreds of headings gives
 * the early form hundreds of options, the most of its elements, of which a closed picker shows one.
 */
export function LazySelect({ id, value, onChange, later, children }: LazySelectProps) {
  const [all, setAll] = useState(!later);
  // After the paint (an effect's moment), never before.
  useEffect(() => {
    if (!all) setAll(true);
  }, []);
  const fill = all ? undefined : () => setAll(true);
  return (
    <select id={id} value={value} onChange={onChange} onFocus={fill} onPointerDown={fill}>
      {all ? children : chosenOption(children, value)}
    </select>
  );
}

/** The option among `children` (in option groups too) whose value is `value`. */
function chosenOption(children: ComponentChildren, value: string): VNode | null {
  for (const child of toChildArray(children)) {
    if (typeof child !== 'object') continue;
    const childProps = child.props as { value?: unknown; children?: ComponentChildren };
    if (child.type === 'option' && childProps.value === value) return child;
    if (child.type === 'optgroup') {
      const inner = chosenOption(childProps.children, value);
      if (inner) return inner;
    }
  }
  return null;
}
