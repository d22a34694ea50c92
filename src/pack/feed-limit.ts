/**
 * The most a feed may send, in bytes: the extension stops reading a feed there, and `pack sign` refuses to sign a
 * larger pack, so that publishers hear of the limit before subscribers do.
 */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;
