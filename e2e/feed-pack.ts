/** A made-up story for subscribed-pack tests: its pack (signed by the tests) and a page retelling it wrongly, in our own words. */

export const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Town news</title></head><body><main><article>
<h1>Blaze on the Harbour Town quay</h1>
<p>A warehouse fire swept through a storage building on the quay in Harbour Town early on Saturday morning.</p>
<p>Three firefighters were hurt while they fought the flames, according to this page.</p>
<p>The harbour master said the quay would reopen on Monday.</p>
</article></main></body></html>`;
export const WRONG =
  'Three firefighters were hurt while they fought the flames, according to this page.';
export const BRIDGE_CLAIM =
  'The Harbour Bridge will be closed to traffic permanently starting next month, a post said.';
export const BRIDGE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge worries</title></head><body><main><article>
<h1>Bridge worries</h1><p>Drivers are worried. ${BRIDGE_CLAIM}</p></article></main></body></html>`;

export function pack(
  keyId: string,
  version: string,
  expires = '2099-12-31',
  ids = { pack: 'harbour-desk', story: 'harbour-fire' },
) {
  return JSON.stringify(
    {
      format: 'sourcelight-pack',
      formatVersion: 1,
      id: ids.pack,
      version,
      publisher: 'Harbour desk',
      updated: '2026-05',
      expires,
      keyId,
      stories: [
        {
          id: ids.story,
          title: 'A warehouse fire in Harbour Town',
          summary: 'A warehouse on the quay burned; nobody was hurt.',
          timeContext: { start: '2026-05-02', end: '2026-05-03', summary: 'Early May 2026.' },
          originals: [
            {
              id: 'gazette',
              publisher: 'Harbour Gazette',
              headline: 'Fire guts quay warehouse',
              date: '2026-05-02',
              url: 'https://gazette.example/fire',
              urlConfirmed: true,
            },
          ],
          recognition: {
            threshold: 3,
            requireAny: ['place'],
            cues: [
              { id: 'place', terms: ['Harbour Town'], weight: 2 },
              { id: 'fire', terms: ['warehouse fire', 'blaze'], weight: 1 },
            ],
          },
          facts: [
            {
              id: 'injuries',
              kind: 'number',
              confidence: 'high',
              sources: ['gazette'],
              statement: 'Nobody was hurt in the fire.',
              about: [['hurt', 'injured']],
              details: [
                {
                  slot: 'number',
                  accepted: ['nobody', 'no one'],
                  wrong: [
                    {
                      terms: ['three firefighters'],
                      severity: 'false',
                      explanation: 'Nobody was hurt; the page reports three injured firefighters.',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    null,
    2,
  );
}
