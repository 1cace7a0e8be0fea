import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDef<Id extends string> {
  id: Id;
  label: string;
  badge?: string;
}

interface TabsProps<Id extends string> {
  label: string;
  tabs: readonly TabDef<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  children: ComponentChildren;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between them. */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect, children }: TabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (index: number): void => {
    const tab = tabs[(index + tabs.length) % tabs.length] as TabDef<Id>;
    onSelect(tab.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${tab.id}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    const at = tabs.findIndex((t) => t.id === selected);
    const move = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (move === undefined) return;
    e.preventDefault();
    focusTab(move);
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            class="tab"
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.badge ? (
              <span class="tab-badge" aria-hidden="true">
                {tab.badge}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div id={`panel-${selected}`} role="tabpanel" aria-labelledby={`tab-${selected}`} class="panel">
        {children}
      </div>
    </>
  );
}
