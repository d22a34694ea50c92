/**
 * The kinds of page-level problem the engine reports (a signal): not a sentence compared with the record, but how
 * the page is made. One list for the engine's type, the extension's stored report and the label files.
 */
export const SIGNAL_KINDS = [
  'spam',
  'generated-text',
  'duplicated-story',
  'artifact',
  'no-original-link',
  'undated-old-story',
  'misspelled-name',
] as const;

export type SignalKind = (typeof SIGNAL_KINDS)[number];
