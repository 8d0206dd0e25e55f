// A React 19 app using the npm build (Lit resolved from node_modules). Bundled by
// test/node/embedding.test.mjs with esbuild; served as /__bundles/react-app.js to react.html.
import {useState} from 'react';
import {createRoot} from 'react-dom/client';
import '../../dist/index.js';
import plan from '../../data/taiwan/action-plan.json';

window.planObject = plan;
window.selections = [];
window.loads = [];
window.camelCaseCalls = 0;

function App() {
  const [selected, setSelected] = useState('');
  return (
    <main>
      {/* React 19 sets `plan` (an object) as a property, since the element has that property. */}
      <ogp-commitment-card id="card" commitment="3" plan={plan} lang="en" onogp-load={(event) => window.loads.push(event.detail.id)} />
      {/* React 19 listens for custom-element events named by the prop after "on", as written. */}
      <ogp-policy-area-grid
        id="grid"
        selectable
        plan={plan}
        lang="en"
        onogp-select={(event) => {
          window.selections.push(event.detail);
          setSelected(event.detail.id);
        }}
        // Not like this: React 19 would listen for an event named "OgpSelect".
        onOgpSelect={() => window.camelCaseCalls++}
      />
      <p id="selected">{selected ? `React saw: ${selected}` : 'React saw nothing yet'}</p>
    </main>
  );
}

createRoot(document.getElementById('app')).render(<App />);
