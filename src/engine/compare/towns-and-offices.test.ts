/**
 * Places and bodies put into a recorded event (the embedded pack's Rochester record: the stop on Whitney Street in
 * Rochester, NY, where Border Patrol asked for help and Rochester police came; the mayor and the chief announced an
 * internal investigation):
 * - a smaller town of the story's state (data/places.json) is known, so an event put there is wrong;
 * - "<Town> police" is that town's police department;
 * - a speaking with no named speaker ("officials said", "the city says") leaves the verb after it its doer;
 * - an office by its title alone, doing a recorded act no one of the story holding it took part in, is another actor;
 * - a town before a noun for one person ("a Buffalo man") says where that person is from.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const at = (sentence: string) => compareSentence(sentence, rochester, '2025-05-01')?.outcome;

describe('a smaller town of the story\u2019s state', () => {
  it('is another place for the event', () => {
    expect(at('The stop happened in Utica on Monday evening.')).toBe('discrepant');
    expect(at('Federal agents pulled over a van in Irondequoit.')).toBe('discrepant');
    expect(at('Ten Schenectady officers responded to the call.')).toBe('discrepant');
    expect(
      at('Utica first declared itself a sanctuary city through a City Council resolution in 1986.'),
    ).toBe('discrepant');
  });

  it('is left alone for other things', () => {
    expect(at('Residents from Utica to Buffalo followed the story.')).not.toBe('discrepant');
    expect(at('Utica has been a sanctuary city since 2020.')).not.toBe('discrepant');
    expect(at('Utica officers were not involved.')).not.toBe('discrepant');
  });
});

describe('a town\u2019s police by the town\u2019s name', () => {
  it('is that town\u2019s department', () => {
    expect(at('Utica police answered the backup call from Border Patrol.')).toBe('discrepant');
    expect(at('Cleveland police responded to the call for backup.')).toBe('discrepant');
  });

  it('agrees for the story\u2019s town and stays silent when denied', () => {
    expect(at('Rochester police answered the backup call from Border Patrol.')).not.toBe(
      'discrepant',
    );
    expect(at('Buffalo police were not involved in the stop.')).not.toBe('discrepant');
  });
});

describe('a speaking with no named speaker', () => {
  it('leaves the verb after it its doer', () => {
    expect(
      at(
        'Officials said DEA dispatchers called the Monroe County 911 center asking for an emergency response.',
      ),
    ).toBe('discrepant');
    expect(
      at(
        'From what the city says, FBI agents phoned the county 911 center asking for an emergency response.',
      ),
    ).toBe('discrepant');
    expect(at('Police said ATF agents asked for backup.')).toBe('discrepant');
  });

  it('agrees with the recorded doer', () => {
    expect(
      at(
        'Officials said Border Patrol dispatchers called the Monroe County 911 center asking for an emergency response.',
      ),
    ).not.toBe('discrepant');
    expect(at('The city says Border Patrol asked Rochester police for backup.')).not.toBe(
      'discrepant',
    );
    expect(at('Records show Border Patrol agents asked for help.')).not.toBe('discrepant');
  });
});

describe('an office by its title alone, doing a recorded act', () => {
  it('is an actor the record does not have', () => {
    expect(
      at('The state attorney general has opened an investigation into what the officers did.'),
    ).toBe('discrepant');
    expect(at('UPDATE: The county sheriff opened an investigation into the officers.')).toBe(
      'discrepant',
    );
  });

  it('agrees for the story\u2019s office holders and leaves other wordings alone', () => {
    expect(at('The police chief opened an internal investigation into the officers.')).not.toBe(
      'discrepant',
    );
    expect(
      at('The mayor announced an internal investigation into what the officers did.'),
    ).not.toBe('discrepant');
    expect(at('The attorney general sued the city in federal court.')).not.toBe('discrepant');
    expect(at('The state attorney general was not involved in the investigation.')).not.toBe(
      'discrepant',
    );
    expect(
      at('Critics asked whether the state attorney general should open an investigation.'),
    ).not.toBe('discrepant');
    expect(at('A federal judge dismissed the suit.')).not.toBe('discrepant');
  });
});

describe('a town before a noun for one person', () => {
  it('says where the person is from', () => {
    expect(at('A Buffalo man was among the protesters at City Hall.')).not.toBe('discrepant');
    expect(at('The Syracuse woman who filmed the stop posted the video.')).not.toBe('discrepant');
  });
});

describe('a town or an agency in a clause not judged for its mood', () => {
  it('is not confirmed when the story has no such place or body', () => {
    expect(
      at('The Utica statement should be credited to the city\u2019s public information office.'),
    ).toBe('unconfirmed');
    expect(at('In the chief\u2019s words, the DEA \u201Cshould be initiating contact.\u201D')).toBe(
      'unconfirmed',
    );
  });

  it('says nothing of the story\u2019s own', () => {
    expect(
      at('In the chief\u2019s words, Border Patrol \u201Cshould be initiating contact.\u201D'),
    ).toBeUndefined();
    expect(
      at('Rochester officers could have stayed back and kept the scene safe.'),
    ).toBeUndefined();
  });
});
