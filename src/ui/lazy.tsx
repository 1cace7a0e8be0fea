import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown: the popup's queue and export views
 * stay out of what the capture form has to load.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P & { fallback?: ComponentChildren }> & { preload: () => void } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = (): Promise<ComponentType<P>> => (loading ??= load().then((c) => (loaded = c)));
  function Lazy(props: P & { fallback?: ComponentChildren }) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      void start().then((c) => live && setComponent(() => c));
      return () => {
        live = false;
      };
    }, [component]);
    if (!component) return <>{props.fallback ?? null}</>;
    const Component = component;
    return <Component {...props} />;
  }
  // Loads the code ahead of the first showing (a failed load is tried again then).
  Lazy.preload = (): void => void start().catch(() => (loading = undefined));
  return Lazy;
}
