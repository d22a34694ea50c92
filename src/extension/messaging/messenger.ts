/**
 * Typed send and handle over the protocol. Every message travels in an
 * envelope tagged with a channel name; a receiver ignores anything that is
 * not a known message type with a payload matching its schema, or that comes
 * from a sender the handler's `accept` rejects.
 */
import * as v from 'valibot';
import {
  onRuntimeMessage,
  sendRuntimeMessage,
  sendTabMessage,
  type MessageSender,
} from '../platform/browser-api.ts';
import type {
  Call,
  ContentToBackground,
  ExtensionToContent,
  OptionsToBackground,
  Schemas,
} from './protocol.ts';
import { PageStateSchema, ShortcutsSchema, type Shortcuts } from './protocol.ts';
import { CHANNEL, envelope } from './envelope.ts';

const EnvelopeSchema = v.object({
  channel: v.literal(CHANNEL),
  type: v.pipe(v.string(), v.maxLength(64)),
  payload: v.unknown(),
});

type Req<C> = C extends Call<infer Q, unknown> ? Q : never;
type Res<C> = C extends Call<unknown, infer R> ? R : never;

export type Handlers<Map> = {
  [K in keyof Map]: (payload: Req<Map[K]>, sender: MessageSender) => Promise<Res<Map[K]>>;
};

/**
 * Answers one direction of the protocol: a function from a received message
 * and its sender to the reply, or undefined for anything it does not accept.
 * `accept` decides, per message, whether its sender may speak that direction at all.
 */
function dispatcher<Map>(
  schemas: Schemas<Map>,
  handlers: Handlers<Map>,
  accept: (sender: MessageSender) => boolean,
): (message: unknown, sender: MessageSender) => Promise<unknown> | undefined {
  return (message, sender) => {
    const parsed = v.safeParse(EnvelopeSchema, message);
    if (!parsed.success || !accept(sender)) return undefined;
    const type = parsed.output.type;
    if (!Object.hasOwn(schemas, type)) return undefined;
    const key = type as keyof Map;
    const payload = v.safeParse(schemas[key], parsed.output.payload);
    if (!payload.success) return undefined;
    return handlers[key](payload.output as Req<Map[typeof key]>, sender);
  };
}

/** Listens for one direction of the protocol (see `dispatcher`); returns a function that stops listening. */
export function handleMessages<Map>(
  schemas: Schemas<Map>,
  handlers: Handlers<Map>,
  accept: (sender: MessageSender) => boolean,
): () => void {
  return onRuntimeMessage(dispatcher(schemas, handlers, accept));
}

/** Content script → background. */
export function sendToBackground<K extends keyof ContentToBackground>(
  type: K,
  payload: Req<ContentToBackground[K]>,
): Promise<void> {
  return sendRuntimeMessage(envelope(type, payload)).then(() => undefined);
}

/** Content script → background: the keys assigned to the step-through commands (a content script cannot read them itself). */
export async function askShortcuts(): Promise<Shortcuts> {
  return v.parse(ShortcutsSchema, await sendRuntimeMessage(envelope('get-shortcuts', null)));
}

/** Replies from a content script are checked like any message: a tab is not trusted on its shape. */
const replySchemas: {
  [K in keyof ExtensionToContent]: v.GenericSchema<unknown, Res<ExtensionToContent[K]>>;
} = {
  'get-page-state': PageStateSchema,
  'step-finding': v.boolean(),
  'show-finding': v.boolean(),
};

/** Popup or background → the content script of a tab. Rejects when the tab has no content script (browser pages, PDFs). */
export async function askContent<K extends keyof ExtensionToContent>(
  tabId: number,
  type: K,
  payload: Req<ExtensionToContent[K]>,
): Promise<Res<ExtensionToContent[K]>> {
  const reply = await sendTabMessage(tabId, envelope(type, payload));
  return v.parse(replySchemas[type], reply);
}

/** Options page → background. The reply comes from Sourcelight's own background; a refusal rejects with its reason. */
export async function askBackground<K extends keyof OptionsToBackground>(
  type: K,
  payload: Req<OptionsToBackground[K]>,
): Promise<Extract<Res<OptionsToBackground[K]>, { ok: true }>['value']> {
  const reply = (await sendRuntimeMessage(envelope(type, payload))) as
    Res<OptionsToBackground[K]> | undefined;
  if (!reply || typeof reply !== 'object')
    throw new Error("Sourcelight's background did not answer");
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
