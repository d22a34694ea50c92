/**
 * The labelled development set: where each part lives, the label-file format,
 * and how a label's anchor (at most six words of a sentence) is found in a page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabels, type PageLabels } from '../../src/cli/eval-labels.ts';

export * from '../../src/cli/eval-labels.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One part of the labelled set: a label file and the folder its pages are in. */
export interface LabelSet {
  name: 'seeds' | 'pages' | 'demo' | 'held-out';
  labelFile: string;
  dir: string;
}

export const SETS: readonly LabelSet[] = [
  {
    name: 'seeds',
    labelFile: join(ROOT, 'eval/labels/seeds.json'),
    dir: resolve(ROOT, '../shared/seeds'),
  },
  { name: 'pages', labelFile: join(ROOT, 'eval/labels/pages.json'), dir: join(ROOT, 'eval/pages') },
  { name: 'demo', labelFile: join(ROOT, 'eval/labels/demo.json'), dir: join(ROOT, 'demo/pages') },
];

/**
 * The held-out pages: scored only by `npm run eval -- --held-out`, once, at the end of
 * issue 14 (like the perturbation suite's held-out part). Nobody tunes the engine on them.
 */
export const HELD_OUT_SETS: readonly LabelSet[] = [
  {
    name: 'held-out',
    labelFile: join(ROOT, 'eval/labels/pages-held-out.json'),
    dir: join(ROOT, 'eval/pages-held-out'),
  },
];

/**
 * Development pages in new voices (wire copy, TV script, list, Q&A, opinion column,
 * translated-sounding prose) added in issue 14. They are scored and listed like the other
 * pages, but their totals are a separate block, "new voices (reported, no target yet)": the
 * targets apply to the other pages only. A page leaves this list when the engine meets the
 * targets on it.
 */
export const NEW_VOICE_PAGES_NO_TARGET_YET: readonly string[] = [
  'rochester-wire-westside-stop.html',
  'rochester-five-things-column.html',
  'rochester-qa-translated.html',
  'police-chiefs-tv-script.html',
  'police-chiefs-five-things-translated.html',
  // Red-team pages: true sentences only, in constructions careless rules misjudge.
  'rochester-redteam-true-voices.html',
  'police-chiefs-redteam-true-voices.html',
  // Issue 14, second batch: local-TV web rewrite, partisan aggregator, newsletter digest,
  // Reddit-style TL;DR, advocacy press release, machine-translated foreign outlet.
  'rochester-tv-web-update.html',
  'rochester-aggregator-homan-visit.html',
  'rochester-newsletter-digest.html',
  'police-chiefs-reddit-tldr.html',
  'police-chiefs-advocacy-release.html',
  'police-chiefs-translated-foreign.html',
  // Issue 14, third batch, written blind (from ../shared/sources.md A-C only, without reading the
  // engine, the packs, the seeds or the engine's output): live blog, timeline listicle, forum
  // thread, fact-check article, podcast episode summary, padded SEO blog with a spammy related box.
  'rochester-live-blog-homan-day.html',
  'rochester-timeline-listicle.html',
  'rochester-forum-thread.html',
  'police-chiefs-fact-check.html',
  'police-chiefs-podcast-episode.html',
  'police-chiefs-seo-blog.html',
  // Issue 14, fourth batch, written blind in the same way: local radio transcript, wiki-style summary,
  // long Facebook post, college-newspaper explainer, keyword-stuffed content-farm release, lawyer Q&A.
  'rochester-radio-morning-transcript.html',
  'rochester-wiki-summary.html',
  'rochester-facebook-long-post.html',
  'police-chiefs-college-explainer.html',
  'police-chiefs-content-farm-release.html',
  'police-chiefs-lawyer-qa.html',
  // Issue 14, fifth batch, written blind in the same way: a neighbourhood association's meeting summary, a
  // YouTube video description with chapters, a parish bulletin note, a civics worksheet answer key.
  'rochester-council-minutes-summary.html',
  'rochester-youtube-description.html',
  'police-chiefs-church-bulletin.html',
  'police-chiefs-civics-answer-key.html',
  // Issue 14, sixth batch, written blind in the same way (stop 15): a reporter's X thread, a police union newsletter,
  // an AI "key takeaways" summary, a letter to the editor, a law firm's client alert, a translated Spanish-language weekly.
  'rochester-x-thread-reporter.html',
  'rochester-union-newsletter.html',
  'rochester-ai-key-takeaways.html',
  'police-chiefs-letter-to-editor.html',
  'police-chiefs-law-firm-alert.html',
  'police-chiefs-spanish-paper-translated.html',
  // Issue 14, seventh batch, written blind in the same way (stop 15): a TV push-notification digest, a city
  // watchdog blog, a translated Spanish-language radio segment, a retired cop's newsletter, a wiki talk page,
  // a high-school op-ed.
  'police-chiefs-highschool-oped.html',
  'police-chiefs-retired-cop-substack.html',
  'police-chiefs-wiki-talk.html',
  'rochester-spanish-radio-translated.html',
  'rochester-tv-push-digest.html',
  'rochester-watchdog-blog.html',
  // Issue 14, eighth batch, written blind in the same way (stop 16): a council candidate's campaign email, a
  // textbook case-study box, a Telegram channel, a think-tank brief, a quiz with answers explained, a press review.
  'rochester-council-campaign-email.html',
  'rochester-textbook-case-box.html',
  'rochester-telegram-channel.html',
  'police-chiefs-think-tank-brief.html',
  'police-chiefs-quiz-explained.html',
  'police-chiefs-press-review.html',
  // Issue 14, ninth batch, written blind in the same way (stop 16, scored after its second round): a newsroom
  // correction notice, a state legislator's floor speech, an "On this day" entry, a debate-prep memo, a
  // personal essay, a two-host podcast transcript.
  'rochester-correction-notice.html',
  'rochester-floor-speech.html',
  'rochester-on-this-day.html',
  'police-chiefs-debate-prep-memo.html',
  'police-chiefs-personal-essay.html',
  'police-chiefs-podcast-transcript.html',
  // Issue 14, tenth batch, written blind in the same way (stop 17; its first score came before this stop's
  // fixes were merged): a documentary narration, a chatbot answer, a merchants' email chain, a court-watch
  // summary, a myth-vs-fact handout, slide notes, a book excerpt, a comment section.
  'rochester-documentary-narration.html',
  'rochester-chatbot-answer.html',
  'rochester-neighborhood-email-chain.html',
  'rochester-court-watch-summary.html',
  'police-chiefs-myth-vs-fact.html',
  'police-chiefs-slide-notes.html',
  'police-chiefs-book-excerpt.html',
  'police-chiefs-comment-section.html',
  // Issue 14, eleventh batch, written blind in the same way (stop 17, scored once after all of this stop's fixes):
  // a neighbourhood app post, a candidate questionnaire, a year-in-review, a grant proposal's background, a
  // sports-radio rant, an amicus brief's statement of facts, an academy exam answer, a museum exhibit label.
  'rochester-neighborhood-app-post-b11.html',
  'rochester-council-candidate-questionnaire-b11.html',
  'rochester-year-in-review-b11.html',
  'rochester-grant-proposal-background-b11.html',
  'police-chiefs-sports-radio-rant-b11.html',
  'police-chiefs-amicus-statement-of-facts-b11.html',
  'police-chiefs-academy-exam-answer-b11.html',
  'police-chiefs-museum-exhibit-label-b11.html',
  // Issue 14, twelfth batch, written blind in the same way (stop 18, scored first before the stop's merges and again after them):
  'rochester-student-newspaper-b12.html',
  'rochester-trivia-night-b12.html',
  'rochester-app-recap-b12.html',
  'rochester-linkedin-post-b12.html',
  'police-chiefs-debate-brief-b12.html',
  'police-chiefs-advice-column-b12.html',
  'police-chiefs-callin-summary-b12.html',
  'police-chiefs-short-video-b12.html',
  'rochester-tv-web-story-b13.html',
  'rochester-podcast-show-notes-b13.html',
  'rochester-civics-worksheet-key-b13.html',
  'rochester-timeline-b13.html',
  'police-chiefs-wiki-section-b13.html',
  'police-chiefs-legal-blog-b13.html',
  'police-chiefs-newsletter-digest-b13.html',
  'police-chiefs-letter-to-editor-b13.html',
  'rochester-kids-news-explainer-b14.html',
  'rochester-sermon-homily-b14.html',
  'rochester-public-comment-transcript-b14.html',
  'rochester-immigration-clinic-newsletter-b14.html',
  'police-chiefs-retired-sheriff-column-b14.html',
  'police-chiefs-quora-answer-b14.html',
  'police-chiefs-literature-review-b14.html',
  'police-chiefs-book-review-b14.html',
  'rochester-ask-me-anything-b15.html',
  'rochester-public-radio-interview-b15.html',
  'rochester-chamber-newsletter-b15.html',
  'rochester-police-training-handout-b15.html',
  'police-chiefs-conference-talk-notes-b15.html',
  'police-chiefs-advocacy-fact-sheet-b15.html',
  'police-chiefs-german-wire-translated-b15.html',
  'police-chiefs-then-and-now-b15.html',
  'rochester-council-agenda-memo-b16.html',
  'rochester-standup-comedy-transcript-b16.html',
  'rochester-risk-pool-bulletin-b16.html',
  'rochester-voicemail-transcript-b16.html',
  'police-chiefs-history-society-talk-b16.html',
  'police-chiefs-crossword-explainer-b16.html',
  'police-chiefs-debate-judge-ballot-b16.html',
  'police-chiefs-travel-guide-aside-b16.html',
  'rochester-jschool-case-study-b17.html',
  'rochester-academy-lesson-plan-b17.html',
  'rochester-ombudsman-column-b17.html',
  'rochester-diary-entry-b17.html',
  'police-chiefs-reader-mail-b17.html',
  'police-chiefs-plain-language-faq-b17.html',
  'police-chiefs-mock-trial-exhibit-b17.html',
  'police-chiefs-library-research-guide-b17.html',
  'rochester-foil-request-b18.html',
  'rochester-discord-log-b18.html',
  'rochester-walking-tour-b18.html',
  'rochester-polling-memo-b18.html',
  'police-chiefs-cle-seminar-handout-b18.html',
  'police-chiefs-council-resolution-b18.html',
  'police-chiefs-thesis-abstract-b18.html',
  'police-chiefs-fundraising-letter-b18.html',
  'rochester-neighbourhood-minutes-b19.html',
  'rochester-clippings-file-b19.html',
  'police-chiefs-city-manager-briefing-b19.html',
  'police-chiefs-podcast-chapters-b19.html',
  'rochester-door-knocking-script-b19.html',
  'rochester-insurance-adjuster-summary-b19.html',
  'police-chiefs-panel-moderator-recap-b19.html',
  'police-chiefs-seminar-reading-response-b19.html',
  'rochester-bond-disclosure-a-b20.html',
  'rochester-transit-recap-a-b20.html',
  'police-chiefs-quote-bank-a-b20.html',
  'police-chiefs-playbill-note-a-b20.html',
  'rochester-auction-catalogue-b-b20.html',
  'rochester-food-truck-email-b-b20.html',
  'police-chiefs-pronouncer-sheet-b-b20.html',
  'police-chiefs-series-bible-b-b20.html',
  'rochester-interpreter-prep-a-b21.html',
  'rochester-photo-captions-a-b21.html',
  'police-chiefs-steno-dictation-a-b21.html',
  'police-chiefs-consular-cable-a-b21.html',
  'rochester-tabletop-module-b-b21.html',
  'rochester-relocation-guide-b-b21.html',
  'police-chiefs-screenplay-treatment-b-b21.html',
  'police-chiefs-linguistics-fieldnotes-b-b21.html',
  'rochester-rfp-scope-a-b22.html',
  'rochester-security-advisory-a-b22.html',
  'police-chiefs-syndication-ledger-a-b22.html',
  'police-chiefs-benchmarking-a-b22.html',
  'rochester-storyslam-b-b22.html',
  'rochester-oral-history-b-b22.html',
  'police-chiefs-potluck-welcome-b-b22.html',
  'police-chiefs-retirement-toast-b-b22.html',
  'rochester-dog-walk-club-report-b23.html',
  'rochester-metro-desk-budget-b23.html',
  'police-chiefs-toastmasters-recap-b23.html',
  'police-chiefs-time-capsule-letter-b23.html',
  'rochester-zine-b23.html',
  'rochester-mural-proposal-b23.html',
  'police-chiefs-liner-notes-b23.html',
  'police-chiefs-recipe-blog-b23.html',
  'rochester-dataset-readme-b24.html',
  'rochester-sister-city-dispatch-b24.html',
  'police-chiefs-constituent-reply-b24.html',
  'police-chiefs-commencement-speech-b24.html',
  'rochester-hotel-guest-advisory-b24.html',
  'rochester-memory-quilt-panel-key-b24.html',
  'police-chiefs-executive-search-dossier-b24.html',
  'police-chiefs-hotline-shift-log-b24.html',
  'rochester-oem-aar-a-b25.html',
  'rochester-council-debate-a-b25.html',
  'police-chiefs-alumni-newsletter-a-b25.html',
  'police-chiefs-library-bookclub-a-b25.html',
  'rochester-district-newsletter-b-b25.html',
  'rochester-watch-digest-b-b25.html',
  'police-chiefs-sheriff-stump-b-b25.html',
  'police-chiefs-kids-encyclopedia-b-b25.html',
  'rochester-pta-meeting-notes-a-b26.html',
  'rochester-radio-newsroom-rundown-a-b26.html',
  'police-chiefs-union-bulletin-a-b26.html',
  'police-chiefs-timeline-infographic-a-b26.html',
  'rochester-ombudsman-report-b-b26.html',
  'rochester-sermon-notes-b-b26.html',
  'police-chiefs-oral-history-b-b26.html',
  'police-chiefs-trade-magazine-sidebar-b-b26.html',
  'rochester-council-speech-a-b27.html',
  'rochester-police-blotter-a-b27.html',
  'police-chiefs-voter-guide-a-b27.html',
  'police-chiefs-esl-reader-a-b27.html',
  'rochester-news-ticker-b-b27.html',
  'rochester-complaint-facts-b-b27.html',
  'police-chiefs-historian-blog-b-b27.html',
  'police-chiefs-radio-monologue-b-b27.html',
  'rochester-community-board-a-b28.html',
  'rochester-reporter-notebook-a-b28.html',
  'police-chiefs-library-guide-a-b28.html',
  'police-chiefs-sports-radio-a-b28.html',
  'rochester-radio-explainer-b-b28.html',
  'rochester-advocate-handout-b-b28.html',
  'police-chiefs-lecture-slides-b-b28.html',
  'police-chiefs-consular-cable-b-b28.html',
  'rochester-press-gaggle-a-b29.html',
  'rochester-legislator-newsletter-a-b29.html',
  'police-chiefs-association-minutes-a-b29.html',
  'police-chiefs-audio-guide-a-b29.html',
  'rochester-watch-flyer-b-b29.html',
  'rochester-family-chat-b-b29.html',
  'police-chiefs-mayor-column-b-b29.html',
  'police-chiefs-oped-rebuttal-b-b29.html',
  'rochester-interfaith-vigil-program-a-b30.html',
  'rochester-grandparent-letter-a-b30.html',
  'police-chiefs-homeschool-coop-unit-a-b30.html',
  'police-chiefs-health-center-patient-letter-a-b30.html',
  'rochester-record-store-newsletter-b-b30.html',
  'rochester-film-fest-program-note-b-b30.html',
  'police-chiefs-patch-collector-bulletin-b-b30.html',
  'police-chiefs-letterpress-shop-listing-b-b30.html',
  'rochester-rowing-club-newsletter-a-b31.html',
  'rochester-warehouse-safety-huddle-a-b31.html',
  'police-chiefs-backpacker-travelogue-a-b31.html',
  'police-chiefs-journal-club-notes-a-b31.html',
  'rochester-oppo-file-b-b31.html',
  'rochester-moderation-ticket-b-b31.html',
  'police-chiefs-bench-memo-b-b31.html',
  'police-chiefs-media-critic-newsletter-b-b31.html',
  'rochester-birders-field-log-a-b32.html',
  'rochester-parents-forum-digest-a-b32.html',
  'police-chiefs-quilting-guild-newsletter-a-b32.html',
  'police-chiefs-senior-center-circle-a-b32.html',
  'rochester-franchise-owners-memo-b-b32.html',
  'rochester-twitch-vod-recap-b-b32.html',
  'police-chiefs-equity-research-note-b-b32.html',
  'police-chiefs-youth-legislature-guide-b-b32.html',
  'rochester-lacrosse-league-bulletin-a-b33.html',
  'rochester-midwifery-practice-newsletter-a-b33.html',
  'police-chiefs-quaker-meeting-newsletter-a-b33.html',
  'police-chiefs-fly-fishing-outfitter-blog-a-b33.html',
  'rochester-concierge-sheet-b-b33.html',
  'rochester-scanner-app-changelog-b-b33.html',
  'police-chiefs-cruise-port-briefing-b-b33.html',
  'police-chiefs-media-literacy-sheet-b-b33.html',
  'rochester-roofing-crew-bulletin-a-b34.html',
  'rochester-tow-operator-forum-a-b34.html',
  'police-chiefs-apprentice-newsletter-a-b34.html',
  'police-chiefs-harvest-crew-memo-a-b34.html',
  'rochester-tandem-exchange-sheet-b-b34.html',
  'rochester-liceo-citizenship-unit-b-b34.html',
  'police-chiefs-exam-comprehension-b-b34.html',
  'police-chiefs-exchange-letter-home-b-b34.html',
  'rochester-fleet-lease-desk-a-b36.html',
  'rochester-title-agency-newsletter-a-b36.html',
  'police-chiefs-pawnbroker-newsletter-a-b36.html',
  'police-chiefs-rental-owners-bulletin-a-b36.html',
  'rochester-prayer-chain-email-b-b36.html',
  'rochester-family-reunion-newsletter-b-b36.html',
  'police-chiefs-thanksgiving-diary-blog-b-b36.html',
  'police-chiefs-confirmation-sponsor-letter-b-b36.html',
  'rochester-curling-club-bulletin-a-b37.html',
  'rochester-cycling-club-ride-report-a-b37.html',
  'police-chiefs-race-director-memo-a-b37.html',
  'police-chiefs-softball-league-newsletter-a-b37.html',
  'rochester-dramaturg-packet-b-b37.html',
  'rochester-printmaker-statement-b-b37.html',
  'police-chiefs-doc-pitch-deck-b-b37.html',
  'police-chiefs-chapbook-endnotes-b-b37.html',
  'rochester-model-un-background-a-b38.html',
  'rochester-civic-observer-report-a-b38.html',
  'police-chiefs-mock-council-role-card-a-b38.html',
  'police-chiefs-citizens-academy-syllabus-a-b38.html',
  'rochester-coworking-member-bulletin-b-b38.html',
  'rochester-courier-zone-weekly-b-b38.html',
  'police-chiefs-media-monitoring-alert-b-b38.html',
  'police-chiefs-hackathon-challenge-brief-b-b38.html',
  'rochester-bowling-league-bulletin-a-b39.html',
  'rochester-driving-school-handout-a-b39.html',
  'police-chiefs-almanac-entry-a-b39.html',
  'police-chiefs-citizenship-tutor-notes-a-b39.html',
  'rochester-laundromat-notice-board-b-b39.html',
  'rochester-ham-radio-net-log-b-b39.html',
  'police-chiefs-latino-tenants-union-flyer-b-b39.html',
  'police-chiefs-jschool-sourcing-key-b-b39.html',
  'rochester-beekeepers-newsletter-a-b35.html',
  'rochester-health-outreach-bulletin-a-b35.html',
  'police-chiefs-grand-rounds-handout-a-b35.html',
  'police-chiefs-native-plant-newsletter-a-b35.html',
  'rochester-board-game-cafe-newsletter-b-b35.html',
  'rochester-improv-troupe-notes-b-b35.html',
  'police-chiefs-larp-newsletter-b-b35.html',
  'police-chiefs-patreon-post-b-b35.html',
];

/** The page sets a run scores: the development part by default, only the held-out pages with `--held-out`. */
export const pageSetsFor = (heldOut: boolean): readonly LabelSet[] =>
  heldOut ? HELD_OUT_SETS : SETS;

/** Whether a scored page counts towards the targets (every page but the `pages` set's new voices). */
export const countsTowardTargets = (set: string, file: string): boolean =>
  !(set === 'pages' && NEW_VOICE_PAGES_NO_TARGET_YET.includes(file));

export const seedsAvailable = (): boolean => existsSync(SETS[0]!.dir);

/** Reads and validates a label file; throws one readable message per problem. */
export function loadLabels(path: string): PageLabels[] {
  return parseLabels(JSON.parse(readFileSync(path, 'utf8')), path);
}
