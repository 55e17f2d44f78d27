// The overlay's stylesheet, as a string for a constructable stylesheet (see overlay.ts).
// Kept in TypeScript because WXT's entrypoint loader cannot transform a '?inline' CSS import.
export const OVERLAY_CSS = `
/* The in-page UI lives in a closed shadow root: the page's CSS cannot reach it and ours cannot leak. */
:host { all: initial; }
.root {
  /* Label colours: the light ones are exactly the in-page underlines (assets/public/highlights.css). */
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  --anonymous: #d55e00; --vague: #b16991; --unsourced: #2e8bc0; --named: #008e68; --focus: #0969da;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .root { --bg: #161b22; --fg: #e6edf3; --muted: #9198a1; --line: #30363d; --anonymous: #f0883e; --vague: #db61a2; --unsourced: #56b4e9; --named: #3fb950; --focus: #4493f8; }
}
.tooltip {
  position: fixed; z-index: 2147483647; max-width: 340px; padding: 8px 10px; border-radius: 8px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); box-shadow: var(--shadow);
  pointer-events: none; opacity: 0; transform: translateY(2px);
  /* Hidden, not only transparent, once faded out: screen readers must not find a stale explanation. */
  visibility: hidden; transition: opacity 0.12s, transform 0.12s, visibility 0s linear 0.12s;
}
.tooltip.visible { opacity: 1; transform: none; visibility: visible; transition-delay: 0s; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
[hidden] { display: none !important; }
.tooltip-label { font-weight: 700; display: flex; align-items: center; gap: 6px; }
.tooltip-source { margin-top: 2px; }
.tooltip-reason { margin-top: 4px; color: var(--muted); }
.dot { width: 10px; height: 10px; border-radius: 50%; display: inline-block; flex: none; }
.dot-anonymous { background: var(--anonymous); } .dot-vague { background: var(--vague); }
.dot-unsourced { background: var(--unsourced); } .dot-named { background: var(--named); }

.legend {
  position: fixed; z-index: 2147483646; right: 16px; bottom: 16px; display: flex; align-items: center; gap: 8px;
  flex-wrap: wrap; max-width: min(560px, calc(100vw - 32px)); padding: 6px 8px 6px 10px; border-radius: 10px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); box-shadow: var(--shadow);
}
.legend[hidden] { display: none; }
.legend-title { font-weight: 700; }
.legend-controls { display: inline-flex; align-items: center; flex-wrap: wrap; gap: 8px; }
.legend-status { color: var(--muted); }
.legend-counts { display: inline-flex; flex-wrap: wrap; gap: 4px 12px; }
.legend-item { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
.legend button {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line); border-radius: 6px;
  padding: 1px 7px; cursor: pointer; line-height: 1.4;
}
.legend button:hover { border-color: var(--muted); }
.legend button.close { border-color: transparent; font-size: 15px; padding: 0 5px; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
@media (prefers-reduced-motion: reduce) { .tooltip { transition: none; } }
`;
