/** The card's own styles, inside its closed shadow root: the page's CSS cannot reach them. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(26rem, calc(100vw - 16px)); max-height: min(60vh, 28rem); overflow: hidden;
  display: flex; flex-direction: column;
  padding: 12px 14px; border-radius: 10px; border: 1px solid #c9ccd3;
  background: #ffffff; color: #1b1b1f; box-shadow: 0 6px 24px rgb(0 0 0 / 0.22);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: left; color-scheme: light;
}
.card[hidden] { display: none; }
.body { overflow: auto; min-height: 0; flex: 1 1 auto; overscroll-behavior: contain; margin: 0 -4px; padding: 0 4px 2px; }
.body[tabindex] + .foot { border-top: 1px solid #c9ccd3; }
.foot { flex: none; } .card[data-limited] :is(.hint, .page-text, .page-text-label) { display: none; } .foot dl { margin-top: 8px; }
.body:focus-visible { outline: 2px solid #0b57d0; outline-offset: -2px; }
.card:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
.head { flex: none; display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
.verdict { font-size: 12px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; }
.verdict.discrepant { color: #b3261e; } .verdict.imprecise { color: #8a4b00; } .verdict.unverified { color: #3f4fc4; } .verdict.consistent { color: #1b7a4a; }
.brand { font-size: 12px; color: #5c5f66; margin-right: auto; }
dl { margin: 0; } dd { margin: 0; }
dt { font-size: 11px; font-weight: 700; letter-spacing: 0.03em; color: #5c5f66; margin-top: 8px; }
dt:first-child { margin-top: 0; }
.comparison { font-size: 13px; } .nuance { font-size: 13px; }
.sources { margin: 0; padding: 0; list-style: none; font-size: 13px; }
.sources li { margin: 2px 0; }
a { color: #0b57d0; }
a:focus-visible, button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.close { border: 0; background: none; font: inherit; font-size: 18px; line-height: 1; cursor: pointer; color: #5c5f66; padding: 2px 6px; min-width: 28px; min-height: 28px; }
.unconfirmed { font-size: 12px; color: #5c5f66; }
.hint { font-size: 11px; color: #5c5f66; margin-top: 8px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2023; color: #e8e9ed; border-color: #3a3c42; color-scheme: dark; }
  .body[tabindex] + .foot { border-top-color: #3a3c42; }
  .verdict.discrepant { color: #f2b8b5; } .verdict.imprecise { color: #ffcc80; } .verdict.unverified { color: #b4bdff; } .verdict.consistent { color: #8fd6ae; }
  dt, .brand, .hint, .close, .unconfirmed { color: #a6a9b1; } a { color: #8ab4f8; }
}
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity 120ms ease-out; } }
`;
