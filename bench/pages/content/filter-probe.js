// The filter probe (bench/time-to-content.mjs adds it, after probe.js, to the dashboard pages):
// how long until the dashboard's list responds to a filter. On every animation frame it waits
// until the dashboard and the widgets inside it are defined and have rendered (a pre-rendered
// dashboard: hydrated, and updated again for the reader's day and address), then clicks the first
// policy-area tile of the grid (a filter of the list, through `for=`), and reports to bench through
// `window.__reportFilter` the frame in which the list's count line has changed:
// `{readyMs, clickMs, respondedMs}`, milliseconds since navigation start.
(() => {
  const ready = () => {
    const app = document.querySelector('ogp-action-plan');
    if (!app || !customElements.get('ogp-action-plan') || !app.hasUpdated) return null;
    const grid = app.shadowRoot?.querySelector('ogp-policy-area-grid');
    const list = app.shadowRoot?.querySelector('ogp-commitment-list');
    if (!grid?.hasUpdated || !list?.hasUpdated) return null;
    const tile = grid.shadowRoot?.querySelector('button[part~="tile"]');
    const count = list.shadowRoot?.querySelector('[role="status"]');
    return tile && count ? {app, grid, list, tile, count} : null;
  };

  async function click(found) {
    // Every pending update done (after hydration each element updates once more).
    for (const element of [found.app, found.grid, found.list]) await element.updateComplete;
    const readyMs = performance.now();
    const {list} = found;
    const before = list.shadowRoot.querySelector('[role="status"]').textContent;
    const tile = found.grid.shadowRoot.querySelector('button[part~="tile"]');
    const clickMs = performance.now();
    tile.click();
    const watch = () => {
      if (list.shadowRoot.querySelector('[role="status"]')?.textContent !== before) {
        window.__reportFilter({readyMs, clickMs, respondedMs: performance.now()});
      } else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }

  function frame() {
    const found = ready();
    if (found) click(found);
    else requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
