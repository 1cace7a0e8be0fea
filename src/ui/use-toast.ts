import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ToastMessage } from './toast.tsx';

/** The last action's message: it goes after a few seconds, or longer while it offers an undo. */
export function useToast() {
  const [toast, setToast] = useState<ToastMessage | undefined>();
  const id = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback((text: string, action?: ToastMessage['action']) => {
    clearTimeout(timer.current);
    setToast({ id: ++id.current, text, ...(action ? { action } : {}) });
    timer.current = setTimeout(() => setToast(undefined), action ? 10_000 : 6000);
  }, []);
  const dismiss = useCallback(() => setToast(undefined), []);
  return { toast, show, dismiss };
}
