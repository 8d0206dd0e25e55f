// The time-to-content probe (bench/time-to-content.mjs adds it to every page before the page's
// own scripts run, with `window.__contentText` set): on every animation frame, look for a text
// node holding the text, in the document and in open shadow roots, and report `performance.now()`
// (milliseconds since navigation start) to bench through `window.__reportContent` in the first
// frame in which that text has a laid-out box of non-zero width and height, whether it is
// scrolled into view or not. Once found, the node is only measured again, not searched for. Text
// inside a script element (the plan inline in a pre-rendered page) is not content.
// The same probe runs on the widgets' pages and on the floors' pages.
(() => {
  const text = window.__contentText;
  let found = null; // the text node, once found; searched again only if it leaves the document

  /** The first text node under `root` that holds the text, shadow roots included. */
  function search(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        // Not the plan written inline in a pre-rendered page (a script's text has no box).
        if (node.data.includes(text) && node.parentElement?.localName !== 'script') return node;
      } else if (node.shadowRoot) {
        const inside = search(node.shadowRoot);
        if (inside) return inside;
      }
    }
    return null;
  }

  const range = document.createRange();
  function frame() {
    if (!found?.isConnected) found = document.documentElement && search(document.documentElement);
    if (found) {
      range.selectNodeContents(found);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) {
        const host = found.getRootNode().host;
        window.__reportContent({ms: performance.now(), host: host ? host.localName : 'document'});
        return;
      }
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
