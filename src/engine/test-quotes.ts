/** For tests: recorded quotes, and the check details of a Harbour Town pack (pack/test-pack.ts) of people and their quotes. */
import type { Quote } from '../pack/schema.ts';
import { testPack } from '../pack/test-pack.ts';
import { indexPacks, type StoryChecks } from './pack-index.ts';

type QuoteSpec = Pick<Quote, 'id' | 'speaker' | 'text'> & Partial<Quote>;

/** A verified quote said in a statement, printed by the Gazette on 2 January 2025, unless `spec` says otherwise. */
export const quote = (spec: QuoteSpec): Quote => ({
  date: '2025-01-02',
  occasion: 'in a statement',
  sources: ['gazette'],
  status: 'verified',
  ...spec,
});

/** A quote said talking to reporters, printed by the Gazette on 2 January 2025, with the status it is given. */
export const reporterQuote = (spec: QuoteSpec & Pick<Quote, 'status'>): Quote =>
  quote({ occasion: 'talking to reporters', ...spec });

/** Mara Quill, the harbour fire chief ("Chief Quill"), and Owen Dray, the mayor ("Mayor Dray"). */
export const QUILL_AND_DRAY = [
  {
    id: 'mara-quill',
    kind: 'person',
    name: 'Mara Quill',
    aliases: ['Chief Quill'],
    role: 'Harbour fire chief',
  },
  { id: 'owen-dray', kind: 'person', name: 'Owen Dray', aliases: ['Mayor Dray'], role: 'Mayor' },
];

/** The check details of the one story of a test pack of these people (or bodies) and their quotes. */
export function quoteChecks(entities: unknown[], quotes: Quote[]): StoryChecks {
  return indexPacks([testPack({ entities, quotes })]).stories[0]!.checks();
}
