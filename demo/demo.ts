// The widgets page of `npm start`: every widget, live on the bundled Taiwan data.
import {applyTheme, setUpSite} from './site.js';

const strings = {
  'zh-TW': {
    title: '開放政府行動方案元件',
    lede: '以下每個元件都直接讀取隨套件附上的臺灣資料。要放進自己的網頁，請用嵌入產生器。',
    toBuilder: '開啟嵌入產生器',
    dashboard: '整份行動方案',
    dashboardNote: '標題、進度、政策領域與承諾清單彼此連動；點選承諾事項會開啟它的卡片。',
    view: '顯示',
    viewPlan: '整份行動方案',
    viewWidgets: '每個元件單獨呈現',
    standalone: '單獨使用的元件',
    standaloneNote: '每個元件也可以單獨放在頁面上。',
    card: '承諾卡片',
    tracker: '進度追蹤',
    grid: '政策領域',
    list: '承諾清單',
    example: '範例資料：里程碑、狀態與評估',
    exampleNote: '以下為示範資料，並非真實進度。',
  },
  en: {
    title: 'Open government action plan widgets',
    lede: 'Every widget below reads the Taiwan data bundled with the package. To put one on your own page, use the embed builder.',
    toBuilder: 'Open the embed builder',
    dashboard: 'The whole plan',
    dashboardNote:
      'Header, progress, policy areas and the commitment list work together; choosing a commitment opens its card.',
    view: 'Show',
    viewPlan: 'The whole plan',
    viewWidgets: 'Each widget on its own',
    standalone: 'Each widget on its own',
    standaloneNote: 'Every widget can also sit on a page by itself.',
    card: 'Commitment card',
    tracker: 'Progress tracker',
    grid: 'Policy areas',
    list: 'Commitment list',
    example: 'Example data: milestones, statuses and assessments',
    exampleNote: 'Illustrative data below, not real progress.',
  },
};

setUpSite(strings, (site) => applyTheme(document.querySelector('main')!, site.theme));

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
