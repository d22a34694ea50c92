/** "and" before a subject pronoun opens a clause of its own, with its own verb and time (clauses.ts). */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const read = (s: string) =>
  readSentence(s, buildGazetteer([])).map((c) =>
    c.mentions.map((m) => `${m.type}:${m.text}`).join(' '),
  );

describe('"and" before he, she, they or we', () => {
  it("cuts the sentence so the weekday is the second verb's", () => {
    const clauses = read("They passed the check and they're opening Tuesday for dinner.");
    expect(clauses.length).toBe(2);
    expect(clauses[1]).toContain('weekday:Tuesday');
    expect(clauses[0]).not.toContain('weekday');
  });

  it('keeps a pair of objects or names in one clause', () => {
    expect(read('The mayor thanked the crews and their chief on Tuesday.').length).toBe(1);
    expect(read('Crews from Dayton and Kettering arrived on Tuesday.').length).toBe(1);
  });
});
