// The demo site's own strings in both languages (Traditional Chinese first): what the pages'
// `data-i18n` elements say. Plain data, no DOM: the pages translate themselves with it in the
// browser (site.ts), and scripts/build-site.mjs writes the English widgets page with it at build
// time, so that page reads in English before any script runs.

export type Lang = 'zh-TW' | 'en';
export type Strings = Record<string, string>;

/** What both pages share: the header, the nav, the footer. */
export const common: Record<Lang, Strings> = {
  'zh-TW': {
    skip: '跳到主要內容',
    siteName: 'ogp-widgets',
    nav: '網站',
    navWidgets: '元件',
    navBuilder: '嵌入產生器',
    options: '顯示選項',
    language: '語言',
    theme: '主題',
    themeAuto: '跟隨系統',
    themeLight: '淺色',
    themeDark: '深色',
    footer: '開放原始碼（MIT）。資料：國家發展委員會《我國開放政府國家行動方案》草案。',
  },
  en: {
    skip: 'Skip to main content',
    siteName: 'ogp-widgets',
    nav: 'Site',
    navWidgets: 'Widgets',
    navBuilder: 'Embed builder',
    options: 'Display options',
    language: 'Language',
    theme: 'Theme',
    themeAuto: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    footer: 'Open source (MIT). Data: the National Development Council’s draft Open Government National Action Plan.',
  },
};

/** The widgets page (index.html). */
export const widgetsStrings: Record<Lang, Strings> = {
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
