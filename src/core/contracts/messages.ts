/**
 * The messages that cross extension contexts, each with its request and response. Senders and
 * listeners are typed by this map; no code compares message names by hand.
 */
export interface MessageMap {
  /** The queue changed (a save, an edit, a publish): recount the badge, refresh open views. */
  queueChanged: { request: { source: 'popup' | 'options' | 'background' }; response: void };
  /** Anything an import or restore changed: reload what is shown. */
  dataChanged: { request: { source: 'popup' | 'options' | 'background' }; response: void };
}

export type MessageName = keyof MessageMap;

export type MessageHandlers = {
  [K in MessageName]: (payload: MessageMap[K]['request']) => MessageMap[K]['response'] | Promise<MessageMap[K]['response']>;
};

export interface WireMessage<K extends MessageName> {
  name: K;
  payload: MessageMap[K]['request'];
}
