// The demo page of `npm start`: every widget built so far, live on the bundled Taiwan data.
import '../src/index.js';

const strings = {
  'zh-TW': {
    title: '臺灣開放政府國家行動方案（草案）的承諾事項',
    lede: '以下元件直接讀取隨套件附上的臺灣資料。',
    language: '語言',
    theme: '主題',
    commitments: '承諾事項',
    example: '範例資料：里程碑、狀態與評估',
    exampleNote: '以下為示範資料，並非真實進度。',
  },
  en: {
    title: "Commitments of Taiwan's Open Government National Action Plan (draft)",
    lede: 'The widgets below read the Taiwan data bundled with the package.',
    language: 'Language',
    theme: 'Theme',
    commitments: 'Commitments',
    example: 'Example data: milestones, statuses and assessments',
    exampleNote: 'Illustrative data below, not real progress.',
  },
} as const;

type Lang = keyof typeof strings;
const main = document.querySelector<HTMLElement>('#widgets')!;
const cards = document.querySelector<HTMLElement>('#cards')!;
const language = document.querySelector<HTMLSelectElement>('#language')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;

for (let n = 1; n <= 12; n++) {
  const card = document.createElement('ogp-commitment-card');
  card.setAttribute('src', main.dataset.src!);
  card.setAttribute('commitment', String(n));
  card.setAttribute('heading-level', '3');
  cards.append(card);
}

function apply(): void {
  const lang = language.value as Lang;
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = strings[lang][element.dataset.i18n as keyof (typeof strings)[Lang]];
  }
  document.documentElement.dataset.theme = theme.value;
  for (const widget of document.querySelectorAll('ogp-commitment-card, ogp-policy-area-grid, ogp-progress-tracker')) {
    if (theme.value) widget.setAttribute('theme', theme.value);
    else widget.removeAttribute('theme');
  }
  const params = new URLSearchParams({lang, theme: theme.value});
  history.replaceState(null, '', `?${params}`);
}

const initial = new URLSearchParams(location.search);
language.value = initial.get('lang') === 'en' ? 'en' : 'zh-TW';
theme.value = initial.get('theme') ?? '';
language.addEventListener('change', apply);
theme.addEventListener('change', apply);
apply();
