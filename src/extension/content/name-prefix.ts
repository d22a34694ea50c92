/**
 * The prefix of every name Sourcelight gives what it adds to a page (page-names.ts):
 * the gates and the page watcher pass over any element whose tag starts with it.
 * On its own so the gates take this one string and nothing else.
 */
export const NAME_PREFIX = 'sourcelight-';
