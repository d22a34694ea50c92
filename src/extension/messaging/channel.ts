/** The tag every Sourcelight message carries (messenger.ts); on its own so the gates can use it without the protocol's schemas. */
export const CHANNEL = 'sourcelight/v1';
