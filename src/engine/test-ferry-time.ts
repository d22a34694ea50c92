/** The verdict the engine gives a sentence on one fact of the invented ferry story (aground in May 2019), for tests. */
import type { WrongValue } from '../pack/schema.ts';
import { indexedFerryFact } from './ferry-fact.ts';
import { matchFact } from './match-fact.ts';
import { foldText } from './normalize.ts';

/** The verdict of the fact, indexed, on one sentence (null: the sentence says nothing of it). */
export function verdictOn(indexed: ReturnType<typeof indexedFerryFact>) {
  return (sentence: string) => matchFact(foldText(sentence), indexed)?.verdict ?? null;
}

/** The same for the time-context fact 'ferry-time': the ferry aground as `statement` tells it, its date wrong when told by the `wrong` terms. */
export function verdictOnFerryTime(statement: string, wrong: WrongValue[]) {
  return verdictOn(
    indexedFerryFact({
      id: 'ferry-time',
      kind: 'time-context',
      statement,
      sources: ['herald'],
      confidence: 'high',
      about: [['ferry', 'aground']],
      details: [{ slot: 'date', wrong }],
    }),
  );
}
