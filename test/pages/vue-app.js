// A Vue 3 app using the npm build, with a runtime-compiled template. Bundled by
// test/node/embedding.test.mjs with esbuild; served as /__bundles/vue-app.js to vue.html.
import {createApp, ref} from 'vue';
import '../../dist/index.js';
import plan from '../../data/taiwan/action-plan.json';

window.planObject = plan;
window.selections = [];

const app = createApp({
  setup() {
    const selected = ref('');
    const onSelect = (event) => {
      window.selections.push(event.detail);
      selected.value = event.detail.id;
    };
    return {plan, selected, onSelect};
  },
  template: `
    <main>
      <ogp-commitment-card id="card" :plan="plan" commitment="5" lang="zh-TW"></ogp-commitment-card>
      <ogp-policy-area-grid id="grid" selectable :plan="plan" lang="en" @ogp-select="onSelect"></ogp-policy-area-grid>
      <p id="selected">{{ selected ? 'Vue saw: ' + selected : 'Vue saw nothing yet' }}</p>
    </main>`,
});
// Our tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('ogp-');
app.mount('#app');
