// The time-to-content floor with Lit: the least a Lit element can do to show a commitment from a
// plan URL: fetch the JSON, then render the first commitment's title and summary. No validation,
// no translations, no states beyond "not yet". bench.mjs bundles it with Lit and minifies it like
// the CDN bundle (rollup + terser).
import {LitElement, html, css} from 'lit';

class LitElementFloor extends LitElement {
  static properties = {
    src: {},
    commitment: {state: true},
  };
  static styles = css`
    :host {
      display: block;
    }
  `;

  connectedCallback() {
    super.connectedCallback();
    fetch(this.src)
      .then((response) => response.json())
      .then((plan) => {
        this.commitment = plan.commitments[0];
      });
  }

  render() {
    const c = this.commitment;
    if (!c) return html``;
    return html`<article>
      <h3>${c.title.en}</h3>
      ${c.summary ? html`<p>${c.summary.en}</p>` : ''}
    </article>`;
  }
}
customElements.define('lit-element-floor', LitElementFloor);
