/** A worker's named handlers: each takes one plain value and answers one (see `answerCalls`). */
export type WorkerHandlers = Record<string, (args: never) => Promise<unknown>>;

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false };
type Outcome<T> = { ok: true; value: T } | { ok: false };

/**
 * Calls a dedicated worker's named handlers (see `answerCalls`), for work too long for a page's
 * thread (an import of hundreds of issues): the page stays responsive meanwhile. The worker is
 * made at the first call and kept; one that cannot be made, or a handler that fails, answers
 * `{ ok: false }`, and the caller does the work itself.
 */
export function workerCall<H extends WorkerHandlers>(make: () => Worker) {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, (answer: Outcome<unknown>) => void>();
  const failAll = (): void => {
    for (const done of waiting.values()) done({ ok: false });
    waiting.clear();
    worker?.terminate();
    worker = undefined;
  };
  return <K extends keyof H & string>(name: K, args: Parameters<H[K]>[0]): Promise<Outcome<Awaited<ReturnType<H[K]>>>> =>
    new Promise((resolve) => {
      try {
        if (!worker) {
          worker = make();
          worker.onmessage = (event: MessageEvent<Answer>) => {
            const done = waiting.get(event.data.id);
            waiting.delete(event.data.id);
            done?.(event.data.ok ? { ok: true, value: event.data.value } : { ok: false });
          };
          worker.onerror = failAll;
          worker.onmessageerror = failAll;
        }
        const id = ++next;
        waiting.set(id, resolve as (answer: Outcome<unknown>) => void);
        worker.postMessage({ id, name, args });
      } catch {
        resolve({ ok: false });
      }
    });
}

/** In a worker: answers each `workerCall` with its named handler's value, or a failure. */
export function answerCalls(scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage: (message: unknown) => void }, handlers: WorkerHandlers): void {
  scope.onmessage = (event: MessageEvent<{ id: number; name: string; args: never }>) => {
    const { id, name, args } = event.data;
    const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    const answer = handler ? handler(args) : Promise.reject(new Error(name));
    answer.then(
      (value) => scope.postMessage({ id, ok: true, value } satisfies Answer),
      () => scope.postMessage({ id, ok: false } satisfies Answer),
    );
  };
}
