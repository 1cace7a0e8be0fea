import browser from './browser.ts';
import type { MessageHandlers, MessageMap, MessageName, WireMessage } from '../core/contracts/messages.ts';

/** Sends a named message to the other extension contexts; resolves with the handler's answer. */
export async function sendMessage<K extends MessageName>(
  name: K,
  payload: MessageMap[K]['request'],
): Promise<MessageMap[K]['response'] | undefined> {
  try {
    return (await browser.runtime.sendMessage({ name, payload } satisfies WireMessage<K>)) as MessageMap[K]['response'];
  } catch {
    // Nobody listening (no other page open, the worker starting up): a broadcast, not an order.
    return undefined;
  }
}

/** Answers named messages with the given handlers; unknown names are left to other listeners. */
export function listenToMessages(handlers: Partial<MessageHandlers>, signal?: AbortSignal): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    const wire = message as Partial<WireMessage<MessageName>> | null;
    if (!wire || typeof wire.name !== 'string' || !(wire.name in handlers)) return undefined;
    const handler = handlers[wire.name] as ((payload: unknown) => unknown) | undefined;
    return handler ? Promise.resolve(handler(wire.payload)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
