/** The records of the embedded pack's two stories, built once for a test file (test-embedded.ts). */
import { embeddedStory } from './test-embedded.ts';

/** The police chiefs who said, 14–16 November 2016, they would stay out of immigration enforcement. */
export const chiefs = embeddedStory('police-chiefs-immigration-2016');
/** Rochester's officers who helped Border Patrol at a traffic stop, March 2025, and what followed. */
export const rochester = embeddedStory('rochester-border-patrol-backup-2025');
