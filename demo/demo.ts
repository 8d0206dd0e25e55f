// The widgets page of `npm start`: every widget, live on the bundled Taiwan data.
import {applyTheme, setUpSite} from './site.js';
import {widgetsStrings} from './site-strings.js';

setUpSite(widgetsStrings, (site) => applyTheme(document.querySelector('main')!, site.theme));

// One view at a time: the dashboard holds a commitment list of its own, and two identical lists
// on one page would repeat their search landmark (and double the page's weight on phones).
const views = document.querySelectorAll<HTMLInputElement>('input[name="view"]');
function showView(view: string): void {
  for (const radio of views) {
    radio.checked = radio.value === view;
    document.getElementById(`view-${radio.value}`)!.hidden = radio.value !== view;
  }
  const params = new URLSearchParams(location.search);
  if (view === 'plan') params.delete('view');
  else params.set('view', view);
  history.replaceState(history.state, '', `?${params}${location.hash}`);
}
for (const radio of views) radio.addEventListener('change', () => showView(radio.value));
showView(new URLSearchParams(location.search).get('view') === 'widgets' ? 'widgets' : 'plan');
