/**
 * The architecture, as rules `npm test` checks (npm run arch). Layers, lowest first:
 *
 *   src/shared          helpers that know no story (sizes, capped reads, month names, page dates)
 *   src/pack            the claim-pack format: schema, parsing, the embedded pack
 *   src/world           the world file's format and index (uses the pack format's basics)
 *   src/engine          the pure engine; its public entries: index.ts (analysis), lite.ts (the gates'
 *                       text folding) and drafting.ts (the reader and record, for the pack drafter)
 *   src/signing         pack signatures (WebCrypto)
 *   src/extension, src/cli   the two programs built on the layers above
 *
 * A layer imports only layers below it; nothing outside src/engine imports an engine internal;
 * no import cycles.
 */
/** Tests may reach across layers (a pack test that runs the engine on its output; fixtures under test/). */
const TEST = '[.](test|spec)[.]tsx?$';
/** The stories, packs and worlds made up for tests; only tests may import them. */
const TEST_HELPERS =
  '^src/(engine|engine/compare|engine/read|cli|cli/pack-draft)/test-[a-z-]+[.]ts$|^src/(engine/ferry-fact|world/test-world|pack/test-pack)[.]ts$';
const NOT_CHECKED = [TEST, TEST_HELPERS];
const ENGINE_ENTRIES = '^src/engine/(index|lite|drafting)[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'Import cycles make the load order matter and the layers meaningless (types alone load nothing).',
      from: { path: '^src/' },
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
    {
      name: 'engine-internal',
      severity: 'error',
      comment:
        'Outside the engine, use its public entries (index.ts; lite.ts for the gates; drafting.ts for the pack drafter).',
      // The speed bench (scripts/bench/competitors.ts) times the engine's parts against peers: it alone may.
      from: {
        path: '^(src|scripts|e2e|test)/',
        pathNot: ['^src/engine/', '^scripts/bench/competitors[.]ts$'],
      },
      to: { path: '^src/engine/', pathNot: ENGINE_ENTRIES },
    },
    {
      name: 'shared-is-lowest',
      severity: 'error',
      comment: 'src/shared knows nothing of packs, the engine or the programs.',
      from: { path: '^src/shared/', pathNot: NOT_CHECKED },
      to: { path: '^src/(?!shared/)' },
    },
    {
      name: 'pack-below-engine',
      severity: 'error',
      comment: 'The pack format is below the engine, the world file and the programs.',
      from: { path: '^src/pack/', pathNot: NOT_CHECKED },
      to: { path: '^src/(engine|world|signing|extension|cli)/' },
    },
    {
      name: 'world-below-engine',
      severity: 'error',
      comment:
        'The world file is data under the engine: it may use the pack format, nothing above.',
      from: { path: '^src/world/', pathNot: NOT_CHECKED },
      to: { path: '^src/(engine|signing|extension|cli)/' },
    },
    {
      name: 'engine-below-programs',
      severity: 'error',
      comment: 'The engine is pure: it never imports the extension, the CLI or signing.',
      from: { path: '^src/engine/', pathNot: NOT_CHECKED },
      to: { path: '^src/(signing|extension|cli)/' },
    },
    {
      name: 'signing-below-programs',
      severity: 'error',
      from: { path: '^src/signing/', pathNot: NOT_CHECKED },
      to: { path: '^src/(engine|extension|cli)/' },
    },
    {
      name: 'extension-not-cli',
      severity: 'error',
      comment: 'The extension ships alone: nothing of the CLI enters it.',
      from: { path: '^src/extension/', pathNot: NOT_CHECKED },
      to: { path: '^src/cli/' },
    },
    {
      name: 'cli-reads-pages-only',
      severity: 'error',
      comment:
        "The CLI shares the extension's page reading (content/dom) so both read a page alike; nothing else of the extension.",
      from: { path: '^src/cli/', pathNot: NOT_CHECKED },
      to: { path: '^src/extension/', pathNot: '^src/extension/content/dom/' },
    },
    {
      name: 'src-not-scripts',
      severity: 'error',
      comment: 'Build and evaluation scripts sit above the code they build.',
      from: { path: '^src/', pathNot: NOT_CHECKED },
      to: { path: '^(scripts|e2e|test)/' },
    },
    {
      name: 'test-helpers-in-tests',
      severity: 'error',
      comment: 'Made-up stories, packs and worlds are for tests only.',
      from: { pathNot: NOT_CHECKED },
      to: { path: TEST_HELPERS },
    },
    {
      name: 'resolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};
