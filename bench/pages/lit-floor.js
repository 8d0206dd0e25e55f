// The start-up floor: Lit alone, rendering one trivial element (bundled by bench.mjs with the same
// rollup + terser set-up as dist/ogp-widgets.js). It announces its first render with the same
// event the widgets send, so the page measures both the same way.
import {LitElement, html, css} from 'lit';

class LitFloor extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;
  render() {
    return html`<p>Hello from Lit.</p>`;
  }
  firstUpdated() {
    this.dispatchEvent(new CustomEvent('ogp-load', {bubbles: true, composed: true}));
  }
}
customElements.define('lit-floor', LitFloor);
