export interface ToastMessage {
  id: number;
  text: string;
  action?: { label: string; run: () => void };
}

interface ToastProps {
  toast: ToastMessage | undefined;
  onDismiss: () => void;
}

/** The result of the last action, with its undo where there is one. */
export function Toast({ toast, onDismiss }: ToastProps) {
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div class="toast" key={toast.id}>
          <span>{toast.text}</span>
          {toast.action ? (
            <button
              type="button"
              class="link-button"
              onClick={() => {
                toast.action?.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
