/**
 * The envelope every Sourcelight message travels in, tagged with the channel
 * name. On its own, without the protocol's schemas, so the gates can build one
 * and stay small; messenger.ts builds every other message with it.
 */
export const CHANNEL = 'sourcelight/v1';

export interface Envelope {
  channel: typeof CHANNEL;
  type: string;
  payload: unknown;
}

export const envelope = (type: string, payload: unknown): Envelope => ({
  channel: CHANNEL,
  type,
  payload,
});
