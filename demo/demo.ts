// The demo page of `npm start`: every widget built so far, live on the bundled Taiwan data.
import '../src/index.js';

const strings = {
  'zh-TW': {
    title: '開放政府行動方案元件',
    lede: '以下元件直接讀取隨套件附上的臺灣資料。',
    language: '語言',
    theme: '主題',
    example: '範例資料：里程碑、狀態與評估',
    exampleNote: '以下為示範資料，並非真實進度。',
  },
  en: {
    title: 'Open government action plan widgets',
    lede: 'The widgets below read the Taiwan data bundled with the package.',
    language: 'Language',
    theme: 'Theme',
    example: 'Example data: milestones, statuses and assessments',
    exampleNote: 'Illustrative data below, not real progress.',
  },
} as const;

type Lang = keyof typeof strings;
const language = document.querySelector<HTMLSelectElement>('#language')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;

function apply(): void {
  const lang = language.value as Lang;
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = strings[lang][element.dataset.i18n as keyof (typeof strings)[Lang]];
  }
  document.documentElement.dataset.theme = theme.value;
  for (const widget of document.querySelectorAll('ogp-action-plan, ogp-commitment-card, ogp-progress-tracker')) {
    if (theme.value) widget.setAttribute('theme', theme.value);
    else widget.removeAttribute('theme');
  }
  const params = new URLSearchParams({lang, theme: theme.value});
  history.replaceState(history.state, '', `?${params}${location.hash}`);
}

const initial = new URLSearchParams(location.search);
language.value = initial.get('lang') === 'en' ? 'en' : 'zh-TW';
theme.value = initial.get('theme') ?? '';
language.addEventListener('change', apply);
theme.addEventListener('change', apply);
apply();
