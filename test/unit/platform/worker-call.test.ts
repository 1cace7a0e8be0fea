import { afterEach, describe, expect, it } from 'vitest';
import { answerCalls, workerCall } from '../../../src/platform/worker-call.ts';

/** A worker and its page as the two ends of a message channel: what goes in one comes out of the other. */
function channelWorker(handlers: Parameters<typeof answerCalls>[1]) {
  const channel = new MessageChannel();
  answerCalls(channel.port2 as unknown as Parameters<typeof answerCalls>[0], handlers);
  const worker = channel.port1 as unknown as Worker & { terminated?: boolean };
  worker.terminate = () => {
    worker.terminated = true;
    channel.port1.close();
  };
  opened.push(channel);
  return worker;
}
const opened: MessageChannel[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

describe('workerCall', () => {
  const handlers = {
    double: async (n: number) => n * 2,
    fail: async (_: string): Promise<string> => {
      throw new Error('no');
    },
  };

  it('calls the worker’s named handlers, each answer to its own call', async () => {
    let made = 0;
    const call = workerCall<typeof handlers>(() => {
      made++;
      return channelWorker(handlers);
    });
    expect(await Promise.all([call('double', 2), call('double', 21)])).toEqual([
      { ok: true, value: 4 },
      { ok: true, value: 42 },
    ]);
    // One worker, made at the first call and kept.
    expect(made).toBe(1);
  });

  it('answers a failing handler, an unknown one or a worker that cannot be made as a failure, for the caller to do the work', async () => {
    const call = workerCall<typeof handlers>(() => channelWorker(handlers));
    expect(await call('fail', 'x')).toEqual({ ok: false });
    expect(await (call as (name: string, args: unknown) => Promise<unknown>)('missing', 1)).toEqual({ ok: false });
    expect(await call('double', 3)).toEqual({ ok: true, value: 6 });
    const none = workerCall<typeof handlers>(() => {
      throw new Error('no workers here');
    });
    expect(await none('double', 1)).toEqual({ ok: false });
  });

  it('answers every waiting call as a failure when the worker errs, and makes a new one for the next', async () => {
    const workers: (Worker & { terminated?: boolean })[] = [];
    const call = workerCall<typeof handlers>(() => {
      const worker = channelWorker({ double: () => new Promise<number>(() => undefined) });
      workers.push(worker);
      return worker;
    });
    const waiting = call('double', 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    workers[0]!.onerror?.(new Event('error') as ErrorEvent);
    expect(await waiting).toEqual({ ok: false });
    expect(workers[0]!.terminated).toBe(true);
    void call('double', 2);
    expect(workers).toHaveLength(2);
  });
});
