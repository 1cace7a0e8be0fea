import type { TeamFailureCode } from '../team/team-connection.ts';

/**
 * The messages that cross extension contexts, each with its request and response. Senders and
 * listeners are typed by this map; no code compares message names by hand.
 */
export interface MessageMap {
  /** The queue changed (a save, an edit, a publish): recount the badge, refresh open views. */
  queueChanged: { request: { source: 'popup' | 'options' | 'background' }; response: void };
  /** Anything an import or restore changed: reload what is shown. */
  dataChanged: { request: { source: 'popup' | 'options' | 'background' }; response: void };
  /** Join a team's repository (the host permission was granted at the editor's click). */
  teamConnect: { request: { url: string; token: string; author: string; postsDir: string }; response: TeamReply<{ started: boolean }> };
  /** Send what waits and take in the team's changes now. */
  teamSync: { request: Record<string, never>; response: TeamReply<{ sent: number; at: string }> };
  teamDisconnect: { request: Record<string, never>; response: void };
  /** Push a published issue's post on a branch of its own. */
  teamPushPost: { request: { key: string }; response: TeamReply<{ branch: string; compareUrl: string | undefined }> };
}

/** A team action's answer: done (with what it did) or failed with a code the view words. */
export type TeamReply<T> = ({ outcome: 'done' } & T) | { outcome: 'failed'; code: TeamFailureCode };

export type MessageName = keyof MessageMap;

export type MessageHandlers = {
  [K in MessageName]: (payload: MessageMap[K]['request']) => MessageMap[K]['response'] | Promise<MessageMap[K]['response']>;
};

export interface WireMessage<K extends MessageName> {
  name: K;
  payload: MessageMap[K]['request'];
}
