// The embed builder: a webmaster chooses a widget, its data, language, commitment and look, sees
// the real element update live, and copies three snippets: the script tag and element; the iframe
// embed; and the widget as HTML, drawn already, readable without JavaScript.
//
// The third one comes from the server renderer (`ogp-widgets/ssr`), which runs in Node, not in
// this page: for the bundled data the build writes every widget in each language, for each
// commitment, at the default heading level (dist/site/prerendered/, scripts/build-site.mjs), and
// the builder shows the one chosen with the look's attributes (theme, style) added to the element,
// which change none of its drawing. For any other choice it shows the `npx ogp-widgets render`
// command that writes exactly that HTML, and says why.
//
// Theme tokens go into the element's `style` attribute rather than a <style> block: CMS editors
// (TinyMCE, CKEditor) keep style attributes but usually strip <style> elements, the attribute
// travels with the element when it is copied, and it themes only that widget, never the page or
// other widgets. A site whose Content-Security-Policy forbids inline styles moves the same
// declarations into its stylesheet (the builder says so).
import type {ActionPlan, Problem} from '../src/data/types.js';
import {validatePlan} from '../src/data/validate.js';
import {pickText} from '../src/i18n/text.js';
import {escapeHtml} from '../src/ssr/markup.js';
import {setUpSite, type Lang, type Site} from './site.js';

const strings: Record<Lang, Record<string, string>> = {
  'zh-TW': {
    title: '嵌入產生器',
    lede: '選擇元件、資料、語言與外觀，預覽會即時更新；完成後複製程式碼，貼到網站的頁面上。',
    widgetLegend: '1. 元件',
    wCard: '承諾卡片',
    wCardNote: '單一承諾事項的狀態、里程碑與評估',
    wTracker: '進度追蹤',
    wTrackerNote: '完成程度分布、里程碑與期程',
    wGrid: '政策領域',
    wGridNote: '每個政策領域一格，附承諾事項數',
    wList: '承諾清單',
    wListNote: '可篩選、搜尋、排序與下載',
    wPlan: '整份行動方案',
    wPlanNote: '以上全部，彼此連動',
    dataLegend: '2. 資料',
    sTaiwan: '臺灣行動方案草案（隨附）',
    sExample: '示範資料（非真實進度）',
    sUrl: 'JSON 網址',
    sCsv: '試算表（CSV）網址',
    sJson: '貼上 JSON',
    urlLabel: '資料網址',
    csvUrlLabel: '試算表（CSV）網址',
    urlHint: '完整的 https 網址。資料所在的伺服器必須允許跨來源讀取（CORS）。',
    csvHint: '例如 Google 試算表「發布到網路」的 CSV 網址。欄位格式見 docs/spreadsheets.md。',
    jsonLabel: '行動方案 JSON',
    jsonHint: '貼上符合資料格式第 1 版的文件。它會直接放進程式碼中，不需要另外的網址。',
    jsonEmpty: '尚未貼上資料。',
    jsonInvalid: '這不是有效的 JSON：',
    jsonNothing: '找不到可用的行動方案：',
    jsonProblems: '資料有 {n} 個問題；元件會顯示其餘有效的部分。每個問題前面是它在文件中的位置：',
    jsonValid: '資料有效：{n} 項承諾事項。',
    showLegend: '3. 內容與語言',
    commitmentLabel: '承諾事項',
    wholePlan: '全部承諾事項',
    noCommitments: '（資料載入後列出）',
    langLabel: '元件語言',
    langAuto: '跟隨網頁的語言',
    headingLabel: '標題層級',
    headingHint: '元件標題在頁面大綱中的層級，例如頁面標題是 h1 時選 2。',
    lookLegend: '4. 外觀',
    schemeLabel: '淺色或深色',
    schemeAuto: '跟隨讀者的系統設定',
    primaryLabel: '主色',
    primaryHint: '連結、按鈕與選取的項目。格式：#RRGGBB。',
    darkLabel: '深色模式的主色',
    darkHint: '深色背景需要較亮的主色。沒有自行修改時，會由上面的主色自動算出。',
    pick: '選擇顏色',
    colourError: '請輸入 #RRGGBB 格式的顏色，例如 #0b5cad。',
    radiusLabel: '圓角',
    radius0: '方角（0）',
    radiusSmall: '小（0.25em）',
    radiusDefault: '預設（0.5em）',
    radiusLarge: '大（1em）',
    fontLabel: '字型',
    fontInherit: '沿用網頁的字型（建議）',
    fontSans: '無襯線（系統字型）',
    fontSerif: '襯線（明體）',
    fontNoto: '思源黑體／Noto Sans TC',
    hostLegend: '5. 檔案位置',
    baseLabel: '元件檔案的網址（ogp-widgets.js 所在的資料夾）',
    baseHint:
      '預設為本網站。若放在自己的主機或 CDN，請填那個資料夾；該主機必須送出 Access-Control-Allow-Origin 標頭（jsDelivr 與 unpkg 都會）。',
    baseError: '請輸入完整的 http(s) 網址。',
    previewHeading: '預覽',
    toSettings: '改變元件、資料與外觀',
    settingsHeading: '設定',
    snippetsHeading: '複製程式碼',
    scriptHeading: '程式碼一：script 標籤與元件',
    scriptHint: '適用於允許 <script> 的頁面。可以放在頁面任何位置；同一頁有多個元件時，script 標籤只需要一次。',
    iframeHeading: '程式碼二：iframe 嵌入',
    iframeHint:
      '適用於會移除 <script> 的內容管理系統。後面的短 script 會讓 iframe 的高度配合內容；若被移除，iframe 仍以固定高度顯示。',
    iframeNeedsUrl: 'iframe 無法帶入貼上的資料：請把 JSON 發布到網址，再選「JSON 網址」。',
    htmlHeading: '程式碼三：HTML，不需要 JavaScript 也能閱讀',
    htmlHint:
      '已經畫好的元件：讀者在 script 載入前就看得到內容，沒有 JavaScript 的讀者、搜尋引擎與列印也看得到全部。第一行的 script 標籤隨後接手，讓元件可以操作。資料寫在 HTML 裡：資料更新時，請重新產生。',
    htmlNeeds: '需要保留 <template shadowrootmode> 的內容管理系統；若會移除它，請改用程式碼一或程式碼二。',
    htmlOnlyBundled: '這裡只提供隨附資料的現成 HTML：其他資料請用下面的指令產生。',
    htmlNeedsLang:
      '預先畫好的 HTML 只有一種語言：請在「3. 內容與語言」選擇元件語言，或用下面的指令產生（預設為英文）。',
    htmlHeadingLevel: '這裡的現成 HTML 使用標題層級 h2：其他層級請用下面的指令產生。',
    htmlMissing: '本網站沒有現成的 HTML（npm run build 會把它寫到 dist/site/prerendered/）：請用下面的指令產生。',
    htmlCommandLabel: '或在自己的電腦上用指令產生（需要 Node.js 20.19 以上）：',
    htmlCommandJson: '先把貼上的 JSON 存成 plan.json。',
    cspHint:
      '網站若有 Content-Security-Policy：script-src 必須允許元件檔案所在的主機（iframe 則是 frame-src），connect-src 必須允許資料的網址；若它禁止行內樣式，請把 style 屬性中的設定移到網站的樣式表。',
    copy: '複製',
    copied: '已複製到剪貼簿。',
    selected: '已選取程式碼：請按 Ctrl+C（Mac 為 ⌘C）複製。',
    bundleMissing:
      '在 {url} 找不到元件檔案，程式碼中的網址暫時無法使用。在本專案中請先執行 npm run build，再重新整理此頁。預覽不受影響。',
    colon: '：',
    contrastLight: '淺色',
    contrastDark: '深色',
    contrastText: '{scheme}：主色 {fg} 在背景 {bg} 上',
    contrastButton: '{scheme}：按鈕文字 {fg} 在主色 {bg} 上',
    pass: '通過 AA',
    failText: '警告：低於 4.5:1，連結與小字會難以閱讀',
    failAll: '警告：低於 3:1，連選取框與圖示都難以辨識',
    contrastOk: '所有顏色對比都符合 WCAG AA。',
    contrastWarn: '警告：{n} 項顏色對比不符合 WCAG AA，讀者可能看不清楚。請換一個顏色。',
    snippetWarn: '請先檢查顏色：{n} 項對比不符合 WCAG AA（見「4. 外觀」）。',
    dataEmpty: '尚未貼上資料（見「2. 資料」）：這段程式碼的元件只會顯示錯誤訊息。',
    dataSyntax: '貼上的 JSON 有語法錯誤（見「2. 資料」）：元件不會顯示行動方案，只會顯示錯誤訊息。請先修正再複製。',
    dataNothing: '貼上的資料中找不到可用的行動方案（見「2. 資料」）：元件只會顯示錯誤訊息。請先修正再複製。',
    dataProblems:
      '貼上的資料有 {n} 個問題（見「2. 資料」）：元件會顯示有效的部分，並向讀者列出這些問題。建議先修正再複製。',
    footer: '開放原始碼（MIT）。資料：國家發展委員會《我國開放政府國家行動方案》草案。',
    'iframe-ogp-commitment-card': '開放政府承諾事項',
    'iframe-ogp-progress-tracker': '開放政府行動方案進度',
    'iframe-ogp-policy-area-grid': '開放政府政策領域',
    'iframe-ogp-commitment-list': '開放政府承諾事項清單',
    'iframe-ogp-action-plan': '開放政府行動方案',
  },
  en: {
    title: 'Embed builder',
    lede: 'Choose a widget, its data, language and look; the preview updates as you go. Then copy the code into your site’s page.',
    widgetLegend: '1. Widget',
    wCard: 'Commitment card',
    wCardNote: 'One commitment: status, milestones, assessments',
    wTracker: 'Progress tracker',
    wTrackerNote: 'Completion, milestones and the plan period',
    wGrid: 'Policy areas',
    wGridNote: 'A tile per policy area, with its commitments',
    wList: 'Commitment list',
    wListNote: 'Filters, search, sorting and downloads',
    wPlan: 'Whole action plan',
    wPlanNote: 'All of the above, linked together',
    dataLegend: '2. Data',
    sTaiwan: 'Taiwan’s draft action plan (bundled)',
    sExample: 'Illustrative example (not real progress)',
    sUrl: 'A JSON URL',
    sCsv: 'A spreadsheet (CSV) URL',
    sJson: 'Paste JSON',
    urlLabel: 'Data URL',
    csvUrlLabel: 'Spreadsheet (CSV) URL',
    urlHint: 'A full https address. The server it is on must allow cross-origin reads (CORS).',
    csvHint:
      'For example a Google Sheets “Publish to the web” CSV address. The column layout is in docs/spreadsheets.md.',
    jsonLabel: 'Action plan JSON',
    jsonHint: 'Paste a document in data format version 1. It goes into the code itself; no separate URL is needed.',
    jsonEmpty: 'Nothing pasted yet.',
    jsonInvalid: 'This is not valid JSON:',
    jsonNothing: 'No usable action plan found:',
    jsonProblems:
      'The data has {n} problems; the widget shows the valid parts. Each problem starts with where it is in the document:',
    jsonValid: 'Valid data: {n} commitments.',
    showLegend: '3. Content and language',
    commitmentLabel: 'Commitment',
    wholePlan: 'All commitments',
    noCommitments: '(listed once the data loads)',
    langLabel: 'Widget language',
    langAuto: 'The page’s language',
    headingLabel: 'Heading level',
    headingHint: 'Where the widget’s title sits in the page outline: choose 2 under a page title that is h1.',
    lookLegend: '4. Look',
    schemeLabel: 'Light or dark',
    schemeAuto: 'The reader’s system setting',
    primaryLabel: 'Primary colour',
    primaryHint: 'Links, buttons and selected items. Format: #RRGGBB.',
    darkLabel: 'Primary colour in dark mode',
    darkHint:
      'Dark backgrounds need a lighter primary colour. Until you change it, it is worked out from the colour above.',
    pick: 'Pick a colour',
    colourError: 'Enter a colour as #RRGGBB, for example #0b5cad.',
    radiusLabel: 'Corner radius',
    radius0: 'Square (0)',
    radiusSmall: 'Small (0.25em)',
    radiusDefault: 'Default (0.5em)',
    radiusLarge: 'Large (1em)',
    fontLabel: 'Font',
    fontInherit: 'The page’s own font (recommended)',
    fontSans: 'Sans-serif (system fonts)',
    fontSerif: 'Serif',
    fontNoto: 'Noto Sans TC / Source Han Sans',
    hostLegend: '5. Where the files are',
    baseLabel: 'Address of the widget files (the folder with ogp-widgets.js)',
    baseHint:
      'This site by default. If you host them yourself or on a CDN, enter that folder; its server must send an Access-Control-Allow-Origin header (jsDelivr and unpkg do).',
    baseError: 'Enter a full http(s) address.',
    previewHeading: 'Preview',
    toSettings: 'Change the widget, data and look',
    settingsHeading: 'Settings',
    snippetsHeading: 'Copy the code',
    scriptHeading: 'Code 1: script tag and element',
    scriptHint:
      'For pages that allow <script>. Put it anywhere on the page; with several widgets on one page, the script tag is needed only once.',
    iframeHeading: 'Code 2: iframe embed',
    iframeHint:
      'For content management systems that strip <script>. The short script after it makes the frame as tall as its content; if it is stripped, the frame keeps a fixed height.',
    iframeNeedsUrl: 'An iframe cannot carry pasted data: publish the JSON at a URL, then choose “A JSON URL”.',
    htmlHeading: 'Code 3: HTML, readable without JavaScript',
    htmlHint:
      'The widget drawn already: readers see it before the script loads, and readers without JavaScript, search engines and printouts see all of it. The script tag on its first line then takes it over and makes it interactive. The data is written into the HTML: when the data changes, produce it again.',
    htmlNeeds:
      'Needs a content management system that keeps <template shadowrootmode>; where yours strips it, use code 1 or code 2.',
    htmlOnlyBundled:
      'Ready-made HTML is offered here for the bundled data: for other data, produce it with the command below.',
    htmlNeedsLang:
      'Pre-rendered HTML is drawn in one language: choose the widget language in “3. Content and language”, or produce it with the command below (English by default).',
    htmlHeadingLevel:
      'The ready-made HTML here uses heading level h2: for another level, produce it with the command below.',
    htmlMissing:
      'This site has no ready-made HTML (npm run build writes it into dist/site/prerendered/): produce it with the command below.',
    htmlCommandLabel: 'Or produce it on your computer with the command line (Node.js 20.19 or newer):',
    htmlCommandJson: 'First save the pasted JSON as plan.json.',
    cspHint:
      'If your site has a Content-Security-Policy: script-src must allow the host of the widget files (frame-src for the iframe) and connect-src the data’s address; if it forbids inline styles, move the declarations in the style attribute into your stylesheet.',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    selected: 'Code selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    bundleMissing:
      'No widget file at {url}, so the code below does not work yet. In a checkout of this project, run npm run build, then reload this page. The preview works either way.',
    colon: ': ',
    contrastLight: 'Light',
    contrastDark: 'Dark',
    contrastText: '{scheme}: primary {fg} on background {bg}',
    contrastButton: '{scheme}: button text {fg} on primary {bg}',
    pass: 'passes AA',
    failText: 'Warning: below 4.5:1, links and small text will be hard to read',
    failAll: 'Warning: below 3:1, even selection borders and icons will be hard to see',
    contrastOk: 'Every colour pair passes WCAG AA.',
    contrastWarn:
      'Warning: {n} colour pairs fail WCAG AA; readers may not be able to read them. Choose another colour.',
    snippetWarn: 'Check the colours first: {n} contrast checks fail WCAG AA (see “4. Look”).',
    dataEmpty: 'Nothing pasted yet (see “2. Data”): with this code the widget would only show an error message.',
    dataSyntax:
      'The pasted JSON has a syntax error (see “2. Data”): the widget will show an error message instead of the plan. Fix it before copying.',
    dataNothing:
      'The pasted data holds no usable action plan (see “2. Data”): the widget will show an error message instead. Fix it before copying.',
    dataProblems:
      'The pasted data has {n} problems (see “2. Data”): the widget will show the valid parts and list these problems to your readers. Fix them before copying.',
    footer: 'Open source (MIT). Data: the National Development Council’s draft Open Government National Action Plan.',
    'iframe-ogp-commitment-card': 'Open government commitment',
    'iframe-ogp-progress-tracker': 'Open government action plan progress',
    'iframe-ogp-policy-area-grid': 'Open government policy areas',
    'iframe-ogp-commitment-list': 'Open government commitments',
    'iframe-ogp-action-plan': 'Open government action plan',
  },
};

// ---------------------------------------------------------------------------------------------
// Colour: WCAG 2.x relative luminance and contrast ratio.

type Rgb = [number, number, number];
const LIGHT_SURFACE = '#ffffff';
const DARK_SURFACE = '#111827';
const DEFAULT_PRIMARY = {light: '#0b5cad', dark: '#7cb7ff'};
const DEFAULT_ON_PRIMARY = {light: '#ffffff', dark: '#111827'};

/** `#rgb` or `#rrggbb` (any case) to `#rrggbb`, or null. */
export function normalizeHex(value: string): string | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return `#${hex.toLowerCase()}`;
}
const toRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** White or the dark surface colour, whichever reads better on `background`. */
const onColour = (background: string): string =>
  contrast('#ffffff', background) >= contrast(DARK_SURFACE, background) ? '#ffffff' : DARK_SURFACE;

/** A lighter tint of `hex` that reads at 4.5:1 or more on the dark surface (for dark mode). */
function darkTint(hex: string): string {
  const rgb = toRgb(hex);
  for (let share = 0; share <= 1; share += 0.05) {
    const tint = toHex(rgb.map((c) => c + (255 - c) * share) as Rgb);
    if (contrast(tint, DARK_SURFACE) >= 4.5) return tint;
  }
  return '#ffffff';
}

// ---------------------------------------------------------------------------------------------
// The form's state.

const WIDGET_NAMES: Record<string, string> = {
  'ogp-commitment-card': 'card',
  'ogp-progress-tracker': 'tracker',
  'ogp-policy-area-grid': 'grid',
  'ogp-commitment-list': 'list',
  'ogp-action-plan': 'action-plan',
};
/** Elements that take a `commitment` attribute; the card needs one, the tracker may narrow to one. */
const WITH_COMMITMENT = new Set(['ogp-commitment-card', 'ogp-progress-tracker']);
const BUNDLED: Record<string, string> = {
  taiwan: 'data/taiwan/action-plan.json',
  example: 'data/examples/illustrative-plan.json',
};

interface Config {
  tag: string;
  source: string;
  /** Absolute data URL for src sources; undefined for pasted JSON or an empty URL field. */
  src?: string;
  json: string;
  commitment: string;
  lang: string;
  headingLevel: string;
  scheme: string;
  primary: string | null;
  dark: string | null;
  radius: string;
  font: string;
  base: string | null;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('builder');
const dataUrl = $<HTMLInputElement>('data-url');
const dataJson = $<HTMLTextAreaElement>('data-json');
const jsonReport = $<HTMLDivElement>('json-report');
const commitmentSelect = $<HTMLSelectElement>('commitment');
const primaryPicker = $<HTMLInputElement>('primary-picker');
const primaryText = $<HTMLInputElement>('primary-text');
const darkPicker = $<HTMLInputElement>('dark-picker');
const darkText = $<HTMLInputElement>('dark-text');
const baseUrl = $<HTMLInputElement>('base-url');
const preview = $<HTMLDivElement>('preview');
const scriptSnippet = $<HTMLElement>('script-snippet');
const iframeSnippet = $<HTMLElement>('iframe-snippet');
const htmlSnippet = $<HTMLElement>('html-snippet');
const htmlCommand = $<HTMLElement>('html-command');

/** The commitment the webmaster chose, kept while the list of options is rebuilt. */
let chosenCommitment = '';
/** Commitments of the data currently previewed, in order. */
let commitments: ActionPlan['commitments'] = [];
/** Whether the dark colour was typed or picked (else it follows the light one). */
let darkEdited = false;
const urlBySource: Record<string, string> = {url: '', csv: ''};

const radio = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)!.value;
const value = (id: string) => $<HTMLInputElement | HTMLSelectElement>(id).value;

function siteBase(): string {
  return new URL('.', location.href).href;
}

function readBase(): string | null {
  try {
    const url = new URL(baseUrl.value.trim() || siteBase());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return null;
  }
}

function read(): Config {
  const source = radio('source');
  const base = readBase();
  let src: string | undefined;
  if (source in BUNDLED) src = new URL(BUNDLED[source], base ?? siteBase()).href;
  else if (source === 'url' || source === 'csv') {
    const typed = dataUrl.value.trim();
    try {
      src = typed ? new URL(typed, location.href).href : undefined;
    } catch {
      src = undefined;
    }
  }
  return {
    tag: radio('widget'),
    source,
    src,
    json: dataJson.value,
    commitment: commitmentSelect.value,
    lang: value('lang'),
    headingLevel: value('heading-level'),
    scheme: value('scheme'),
    primary: normalizeHex(primaryText.value),
    dark: normalizeHex(darkText.value),
    radius: value('radius'),
    font: value('font'),
    base,
  };
}

// ---------------------------------------------------------------------------------------------
// Theme tokens and the contrast check.

/** The `--ogp-*` declarations for the chosen look, only those that differ from the defaults. */
function tokens(config: Config): [string, string][] {
  const light = config.primary ?? DEFAULT_PRIMARY.light;
  const dark = config.dark ?? DEFAULT_PRIMARY.dark;
  const pair = (l: string, d: string, defaults: {light: string; dark: string}): string | null => {
    if (config.scheme === 'light') return l === defaults.light ? null : l;
    if (config.scheme === 'dark') return d === defaults.dark ? null : d;
    return l === defaults.light && d === defaults.dark ? null : `light-dark(${l}, ${d})`;
  };
  const out: [string, string][] = [];
  const primary = pair(light, dark, DEFAULT_PRIMARY);
  if (primary) out.push(['--ogp-color-primary', primary]);
  const on = pair(onColour(light), onColour(dark), DEFAULT_ON_PRIMARY);
  if (on) out.push(['--ogp-color-on-primary', on]);
  if (config.radius) out.push(['--ogp-radius', config.radius]);
  if (config.font) out.push(['--ogp-font-family', config.font]);
  return out;
}

interface Check {
  label: string;
  ratio: number;
}

function checks(config: Config, site: Site): Check[] {
  const out: Check[] = [];
  const schemes = config.scheme ? [config.scheme] : ['light', 'dark'];
  for (const scheme of schemes) {
    const name = site.t(scheme === 'light' ? 'contrastLight' : 'contrastDark');
    const primary =
      scheme === 'light' ? (config.primary ?? DEFAULT_PRIMARY.light) : (config.dark ?? DEFAULT_PRIMARY.dark);
    const surface = scheme === 'light' ? LIGHT_SURFACE : DARK_SURFACE;
    const on = onColour(primary);
    const fill = (key: string, fg: string, bg: string) =>
      site.t(key).replace('{scheme}', name).replace('{fg}', fg).replace('{bg}', bg);
    out.push({label: fill('contrastText', primary, surface), ratio: contrast(primary, surface)});
    out.push({label: fill('contrastButton', on, primary), ratio: contrast(on, primary)});
  }
  return out;
}

/** Rounded down, so 4.49 never shows as a passing 4.5. */
const ratioText = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

let lastVerdict = '';
function renderContrast(config: Config, site: Site): number {
  const box = $<HTMLDivElement>('contrast');
  const list = checks(config, site);
  const failing = list.filter((check) => check.ratio < 4.5).length;
  const items = list.map((check) => {
    const li = document.createElement('li');
    const ok = check.ratio >= 4.5;
    li.className = ok ? 'pass' : 'fail';
    const icon = document.createElement('span');
    icon.className = 'icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = ok ? '✓' : '⚠';
    const text = document.createElement('span');
    const strong = document.createElement('strong');
    strong.textContent = ratioText(check.ratio);
    text.append(
      `${check.label}${site.t('colon')}`,
      strong,
      ` — ${site.t(ok ? 'pass' : check.ratio < 3 ? 'failAll' : 'failText')}`,
    );
    li.append(icon, text);
    return li;
  });
  // The summary line is what screen readers hear (role=status on the box): it changes only when
  // the verdict does, not on every step of a colour picker drag.
  const verdict = failing ? site.t('contrastWarn').replace('{n}', String(failing)) : site.t('contrastOk');
  let summary = box.querySelector<HTMLParagraphElement>('.summary');
  if (!summary) {
    summary = document.createElement('p');
    summary.className = 'summary';
    const ul = document.createElement('ul');
    box.append(summary, ul);
  }
  if (verdict !== lastVerdict) {
    summary.textContent = verdict;
    lastVerdict = verdict;
  }
  summary.classList.toggle('warn', failing > 0);
  box.querySelector('ul')!.replaceChildren(...items);
  box.classList.toggle('has-warning', failing > 0);
  return failing;
}

// ---------------------------------------------------------------------------------------------
// Pasted JSON.

/** What the pasted JSON holds, as the widget will see it. */
type PastedVerdict = {kind: 'empty' | 'syntax' | 'nothing' | 'valid'} | {kind: 'problems'; count: number};

/** The parsed plan's report next to the editor; returns its verdict for the warning by the code. */
function renderJsonReport(site: Site): PastedVerdict {
  const text = dataJson.value.trim();
  const paragraph = (content: string, className = '') => {
    const p = document.createElement('p');
    p.textContent = content;
    if (className) p.className = className;
    return p;
  };
  if (!text) {
    jsonReport.replaceChildren(paragraph(site.t('jsonEmpty')));
    dataJson.setAttribute('aria-invalid', 'false');
    commitments = [];
    return {kind: 'empty'};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    jsonReport.replaceChildren(paragraph(site.t('jsonInvalid'), 'bad'), paragraph((error as Error).message, 'detail'));
    dataJson.setAttribute('aria-invalid', 'true');
    commitments = [];
    return {kind: 'syntax'};
  }
  const {plan, problems} = validatePlan(raw);
  commitments = plan?.commitments ?? [];
  dataJson.setAttribute('aria-invalid', String(!plan));
  if (!plan || problems.length) {
    const heading = plan ? site.t('jsonProblems').replace('{n}', String(problems.length)) : site.t('jsonNothing');
    jsonReport.replaceChildren(paragraph(heading, plan ? 'warn' : 'bad'), problemList(problems));
  } else {
    jsonReport.replaceChildren(paragraph(site.t('jsonValid').replace('{n}', String(plan.commitments.length)), 'ok'));
  }
  if (!plan) return {kind: 'nothing'};
  return problems.length ? {kind: 'problems', count: problems.length} : {kind: 'valid'};
}

function problemList(problems: Problem[]): HTMLElement {
  const ul = document.createElement('ul');
  ul.className = 'problems';
  for (const problem of problems.slice(0, 50)) {
    const li = document.createElement('li');
    const path = document.createElement('code');
    path.textContent = problem.path || '(document)';
    li.append(path, `: ${problem.message}`);
    ul.append(li);
  }
  if (problems.length > 50) {
    const li = document.createElement('li');
    li.textContent = `… +${problems.length - 50}`;
    ul.append(li);
  }
  return ul;
}

// ---------------------------------------------------------------------------------------------
// The commitment select.

function renderCommitments(config: Config, site: Site): void {
  const field = $<HTMLDivElement>('commitment-field');
  field.hidden = !WITH_COMMITMENT.has(config.tag);
  const options: HTMLOptionElement[] = [];
  if (config.tag === 'ogp-progress-tracker') options.push(new Option(site.t('wholePlan'), ''));
  for (const commitment of commitments) {
    const title = pickText(commitment.title, site.lang).value;
    options.push(new Option(`${commitment.id} · ${title}`, commitment.id));
  }
  // Before the data has loaded, keep the chosen id so the card does not flash "no commitment".
  if (!commitments.length)
    options.push(new Option(site.t('noCommitments'), config.tag === 'ogp-commitment-card' ? chosenCommitment : ''));
  commitmentSelect.replaceChildren(...options);
  const ids = options.map((option) => option.value);
  commitmentSelect.value = ids.includes(chosenCommitment) ? chosenCommitment : ids[0];
}

// ---------------------------------------------------------------------------------------------
// The live preview: the real element, kept and re-configured while its tag stays the same.

/** Every attribute `attributes()` may set on the preview. */
const PREVIEW_ATTRIBUTES = ['src', 'format', 'commitment', 'lang', 'theme', 'heading-level'];

function attributes(config: Config, forSnippet: boolean): [string, string][] {
  const out: [string, string][] = [];
  if (config.source !== 'json' && config.src) out.push(['src', config.src]);
  if (config.source === 'csv' && config.src && !/\.csv$/i.test(new URL(config.src).pathname))
    out.push(['format', 'csv']);
  if (WITH_COMMITMENT.has(config.tag) && config.commitment) out.push(['commitment', config.commitment]);
  if (config.lang) out.push(['lang', config.lang]);
  if (config.scheme) out.push(['theme', config.scheme]);
  if (config.headingLevel !== '2') out.push(['heading-level', config.headingLevel]);
  const style = tokens(config)
    .map(([name, v]) => `${name}: ${v}`)
    .join('; ');
  if (style && forSnippet) out.push(['style', style]);
  return out;
}

function renderPreview(config: Config): void {
  let element = preview.firstElementChild as HTMLElement | null;
  if (!element || element.localName !== config.tag) {
    element = document.createElement(config.tag);
    preview.replaceChildren(element);
  }
  const wanted = new Map(attributes(config, false));
  // Only the builder's own attributes: the element reflects some of its own (the list's layout).
  for (const name of PREVIEW_ATTRIBUTES) if (!wanted.has(name)) element.removeAttribute(name);
  for (const [name, v] of wanted) if (element.getAttribute(name) !== v) element.setAttribute(name, v);
  // Tokens through the CSSOM, like a stylesheet would (and allowed under a strict style-src).
  element.removeAttribute('style');
  for (const [name, v] of tokens(config)) element.style.setProperty(name, v);
  // "The reader's system setting": in the preview, the site's own light/dark switch plays the reader.
  if (!config.scheme && site.theme) element.setAttribute('theme', site.theme);
  const script = element.querySelector('script');
  if (config.source === 'json' && config.json.trim()) {
    const inline =
      script ?? element.appendChild(Object.assign(document.createElement('script'), {type: 'application/json'}));
    if (inline.textContent !== config.json) inline.textContent = config.json;
  } else {
    script?.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// The snippets.

/** Pasted JSON, compacted and safe inside <script>: every `<` becomes `\u003c` (only strings hold one). */
function inlineJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c');
  } catch {
    return text.replace(/<\/(script)/gi, '<\\/$1');
  }
}

/**
 * The script the snippet loads: the chosen element's own file (`ogp-commitment-card.js` …), the
 * smallest that defines it, rather than ogp-widgets.js with every element.
 */
const elementFile = (config: Config) => `${config.tag}.js`;

const scriptTag = (config: Config): string =>
  `<script type="module" src="${escapeHtml(new URL(elementFile(config), config.base ?? siteBase()).href)}"></script>`;

function scriptCode(config: Config): string {
  const lines = [scriptTag(config), ''];
  const attrs = attributes(config, true).map(([name, v]) => `  ${name}="${escapeHtml(v)}"`);
  const open = attrs.length ? `<${config.tag}\n${attrs.join('\n')}\n>` : `<${config.tag}>`;
  if (config.source === 'json') {
    lines.push(open, `  <script type="application/json">${inlineJson(config.json)}</script>`, `</${config.tag}>`);
  } else {
    lines.push(`${open}</${config.tag}>`);
  }
  return lines.join('\n');
}

const RESIZE_SCRIPT = `<script>
  // ogp-widgets: let embedded widgets set their iframe's height.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'ogp-widgets:height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + 'px';
    }
  });
  // Widgets that rendered before this script ran: ask them again.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) frames[i].contentWindow.postMessage({type: 'ogp-widgets:get-height'}, '*');
</script>`;

/** Query parameters of dist/embed.html that carry the look (see src/embed/embed.ts). */
const EMBED_TOKENS: Record<string, string> = {
  '--ogp-color-primary': 'primary',
  '--ogp-color-on-primary': 'on-primary',
  '--ogp-radius': 'radius',
  '--ogp-font-family': 'font',
};

function iframeCode(config: Config, site: Site): string | null {
  if (config.source === 'json') return null;
  const base = config.base ?? siteBase();
  const params = new URLSearchParams({widget: WIDGET_NAMES[config.tag]});
  if (config.src) params.set('src', config.src);
  for (const [name, v] of attributes(config, false)) if (name !== 'src') params.set(name, v);
  for (const [name, v] of tokens(config)) params.set(EMBED_TOKENS[name], v);
  const url = `${new URL('embed.html', base).href}?${params}`;
  const titleLang: Lang = config.lang === 'en' ? 'en' : config.lang === 'zh-TW' ? 'zh-TW' : site.lang;
  const title = strings[titleLang][`iframe-${config.tag}`];
  const height = config.tag === 'ogp-commitment-card' || config.tag === 'ogp-progress-tracker' ? '40em' : '60em';
  return [
    `<iframe src="${escapeHtml(url)}"`,
    `        title="${escapeHtml(title)}"`,
    `        style="width: 100%; border: 0; height: ${height}" loading="lazy"></iframe>`,
    '',
    RESIZE_SCRIPT,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The third snippet: the widget as HTML (see the comment at the top).

/** The command line's name of each element. */
const RENDER_NAMES: Record<string, string> = {...WIDGET_NAMES, 'ogp-action-plan': 'dashboard'};
/** Attributes with an option of their own in `ogp-widgets render`; others go as `--attr`. */
const RENDER_OPTIONS = new Set(['commitment', 'lang', 'theme', 'heading-level']);

/** A word for a POSIX shell: as it is when plain, else in single quotes. */
const shellWord = (text: string): string => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** `npx ogp-widgets render …` for the chosen widget, data and look. */
function renderCommand(config: Config): string {
  const args = ['npx', 'ogp-widgets', 'render', RENDER_NAMES[config.tag]];
  args.push('--data', config.source === 'json' || !config.src ? 'plan.json' : config.src);
  for (const [name, v] of attributes(config, true)) {
    if (name === 'src') continue;
    if (name === 'format') args.push('--format', v);
    else if (RENDER_OPTIONS.has(name)) args.push(`--${name}`, v);
    else args.push('--attr', `${name}=${v}`);
  }
  return `${args.map(shellWord).join(' ')} > ${RENDER_NAMES[config.tag]}.html`;
}

/** Where the build put the pre-rendered widget for these choices (scripts/build-site.mjs). */
function prerenderedPath(config: Config): string {
  const commitment = WITH_COMMITMENT.has(config.tag) ? config.commitment : '';
  return `prerendered/${config.source}/${config.tag}${commitment ? `.${commitment}` : ''}.${config.lang}.html`;
}

/** Why this page cannot show the HTML for these choices (a string key), or null. */
function htmlUnavailable(config: Config): string | null {
  if (!(config.source in BUNDLED)) return 'htmlOnlyBundled';
  if (!config.lang) return 'htmlNeedsLang';
  if (config.headingLevel !== '2') return 'htmlHeadingLevel';
  if (config.tag === 'ogp-commitment-card' && !config.commitment) return 'htmlOnlyBundled';
  return null;
}

const prerendered = new Map<string, Promise<string | null>>();
/** A pre-rendered widget from this site (fetched once), or null when the site has none. */
function fetchPrerendered(path: string): Promise<string | null> {
  if (!prerendered.has(path)) {
    // (A dev server may answer a missing file with a page of its own: only the renderer's HTML counts.)
    const request = fetch(new URL(path, siteBase()))
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => (text && !/^\s*<!doctype/i.test(text) && text.includes(' rendered-by="') ? text : null))
      .catch(() => null);
    prerendered.set(path, request);
  }
  return prerendered.get(path)!;
}

/**
 * The pre-rendered element with the look's attributes (theme, style) added to its opening tag,
 * before those the renderer writes: they set colours, not what is drawn, so the HTML is the
 * renderer's for these attributes.
 */
function withLook(html: string, config: Config): string {
  const look = attributes(config, true)
    .filter(([name]) => name === 'theme' || name === 'style')
    .map(([name, v]) => ` ${name}="${escapeHtml(v)}"`)
    .join('');
  return html.replace(' rendered-on=', `${look} rendered-on=`);
}

let htmlRequest = 0;
async function renderHtmlSnippet(config: Config, site: Site): Promise<void> {
  const command = renderCommand(config);
  if (htmlCommand.textContent !== command) resetCopied(htmlCommand);
  htmlCommand.textContent = command;
  $<HTMLParagraphElement>('html-command-json').hidden = config.source !== 'json';
  const request = ++htmlRequest;
  let reason = htmlUnavailable(config);
  let html: string | null = null;
  if (!reason) {
    html = await fetchPrerendered(prerenderedPath(config));
    if (request !== htmlRequest) return; // the choices changed meanwhile
    if (html === null) reason = 'htmlMissing';
  }
  const code = html === null ? '' : `${scriptTag(config)}\n\n${withLook(html, config).trim()}`;
  const box = htmlSnippet.closest('.snippet')!;
  const notice = $<HTMLParagraphElement>('html-unavailable');
  notice.hidden = reason === null;
  notice.textContent = reason ? site.t(reason) : '';
  box.querySelector('pre')!.hidden = html === null;
  box.querySelector<HTMLElement>('.copy-row')!.hidden = html === null;
  box.querySelector<HTMLButtonElement>('button.copy[data-target="html-snippet"]')!.disabled = html === null;
  if (htmlSnippet.textContent !== code) resetCopied(htmlSnippet);
  htmlSnippet.textContent = code;
}

/** The warning by the script snippet and its Copy button when the pasted data has problems. */
function dataWarning(pasted: PastedVerdict | null, site: Site): string {
  if (!pasted) return '';
  if (pasted.kind === 'empty') return site.t('dataEmpty');
  if (pasted.kind === 'syntax') return site.t('dataSyntax');
  if (pasted.kind === 'nothing') return site.t('dataNothing');
  if (pasted.kind === 'problems') return site.t('dataProblems').replace('{n}', String(pasted.count));
  return '';
}

function renderSnippets(config: Config, site: Site, failing: number, pasted: PastedVerdict | null): void {
  const script = scriptCode(config);
  if (scriptSnippet.textContent !== script) resetCopied(scriptSnippet);
  scriptSnippet.textContent = script;
  const iframe = iframeCode(config, site);
  const unavailable = $<HTMLParagraphElement>('iframe-unavailable');
  unavailable.hidden = iframe !== null;
  const iframeBox = iframeSnippet.closest('.snippet')!;
  iframeBox.querySelector('pre')!.hidden = iframe === null;
  iframeBox.querySelector<HTMLButtonElement>('.copy')!.disabled = iframe === null;
  iframeBox.querySelector<HTMLElement>('.copy-row')!.hidden = iframe === null;
  if ((iframeSnippet.textContent || null) !== iframe) resetCopied(iframeSnippet);
  iframeSnippet.textContent = iframe ?? '';
  const warning = $<HTMLParagraphElement>('snippet-warning');
  warning.hidden = failing === 0;
  warning.textContent = site.t('snippetWarn').replace('{n}', String(failing));
  const dataProblem = $<HTMLParagraphElement>('data-warning');
  dataProblem.textContent = dataWarning(pasted, site);
  dataProblem.hidden = !dataProblem.textContent;
  // Screen readers hear the warnings with the Copy button itself (only those shown: a hidden
  // element named in aria-describedby would still be read).
  const shown = [warning, dataProblem].filter((element) => !element.hidden).map((element) => element.id);
  const copyScript = document.querySelector<HTMLButtonElement>('button.copy[data-target="script-snippet"]')!;
  if (shown.length) copyScript.setAttribute('aria-describedby', shown.join(' '));
  else copyScript.removeAttribute('aria-describedby');
}

function resetCopied(code: HTMLElement): void {
  const note = code.closest('.snippet')?.querySelector('.copied');
  if (note) note.textContent = '';
}

async function copy(button: HTMLButtonElement, site: Site): Promise<void> {
  const code = $<HTMLElement>(button.dataset.target!);
  const note = button.parentElement!.querySelector<HTMLElement>('.copied')!;
  note.textContent = '';
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    note.textContent = site.t('copied');
    note.dataset.state = 'copied';
  } catch {
    // No clipboard (an http page that is not localhost, a denied permission): select the code so
    // the webmaster can copy it with the keyboard.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    note.textContent = site.t('selected');
    note.dataset.state = 'selected';
  }
}

// ---------------------------------------------------------------------------------------------
// Is the bundle the snippet points at really there (in `npm start` before `npm run build`)?

let checkedFile = '';
async function checkBundle(config: Config, site: Site): Promise<void> {
  const notice = $<HTMLParagraphElement>('bundle-notice');
  const base = config.base;
  if (!base || new URL(base).origin !== location.origin) {
    notice.hidden = true;
    checkedFile = '';
    return;
  }
  const file = new URL(elementFile(config), base).href;
  const message = site.t('bundleMissing').replace('{url}', file);
  if (file === checkedFile) {
    notice.textContent = message;
    return;
  }
  checkedFile = file;
  let ok = false;
  try {
    const response = await fetch(file, {method: 'HEAD', cache: 'no-store'});
    ok = response.ok && /javascript/.test(response.headers.get('content-type') ?? '');
  } catch {
    ok = false;
  }
  if (checkedFile !== file) return; // the address or the widget changed meanwhile
  notice.hidden = ok;
  notice.textContent = message;
}

// ---------------------------------------------------------------------------------------------
// Wiring.

function showFields(config: Config, site: Site): void {
  const urlField = $<HTMLDivElement>('url-field');
  urlField.hidden = config.source !== 'url' && config.source !== 'csv';
  urlField.querySelector('label')!.textContent = site.t(config.source === 'csv' ? 'csvUrlLabel' : 'urlLabel');
  urlField.querySelector('.hint')!.textContent = site.t(config.source === 'csv' ? 'csvHint' : 'urlHint');
  $<HTMLDivElement>('json-field').hidden = config.source !== 'json';
  $<HTMLDivElement>('dark-field').hidden = config.scheme === 'light';
  $<HTMLDivElement>('primary-picker')
    .closest('.field')!
    .toggleAttribute('hidden', config.scheme === 'dark');
  for (const [input, error, good] of [
    [primaryText, 'primary-error', config.primary],
    [darkText, 'dark-error', config.dark],
  ] as const) {
    const message = $<HTMLParagraphElement>(error);
    message.hidden = good !== null;
    message.textContent = site.t('colourError');
    input.setAttribute('aria-invalid', String(good === null));
  }
  const baseError = $<HTMLParagraphElement>('base-error');
  baseError.hidden = config.base !== null;
  baseError.textContent = site.t('baseError');
  baseUrl.setAttribute('aria-invalid', String(config.base === null));
}

let site: Site;
let lastSource = '';

function update(): void {
  const config = read();
  const pasted = config.source === 'json' ? renderJsonReport(site) : null;
  if (config.source !== 'json' && config.source !== lastSource) commitments = [];
  lastSource = config.source;
  showFields(config, site);
  renderCommitments(config, site);
  config.commitment = commitmentSelect.value;
  renderPreview(config);
  const failing = renderContrast(config, site);
  renderSnippets(config, site, failing, pasted);
  void renderHtmlSnippet(config, site);
  void checkBundle(config, site);
}

// Every widget that loads tells us its plan: that fills the commitment select for any source.
// The element sends these events while it finishes an update; re-configuring it there (a card's
// commitment that is not in the new plan) would start the next update inside this one (Lit's
// "change-in-update" warning), so the builder answers just after.
preview.addEventListener('ogp-load', (event) => {
  if (radio('source') === 'json') return;
  commitments = (event as CustomEvent<ActionPlan>).detail.commitments;
  queueMicrotask(update);
});
preview.addEventListener('ogp-error', () => {
  if (radio('source') === 'json') return;
  commitments = [];
  queueMicrotask(update);
});

// The two colour inputs of each pair follow each other.
function linkColour(picker: HTMLInputElement, text: HTMLInputElement, onChange: () => void): void {
  picker.addEventListener('input', () => {
    text.value = picker.value;
    onChange();
  });
  text.addEventListener('input', () => {
    const hex = normalizeHex(text.value);
    if (hex) picker.value = hex;
    onChange();
  });
}
linkColour(primaryPicker, primaryText, () => {
  const hex = normalizeHex(primaryText.value);
  if (!darkEdited && hex) {
    const tint = hex === DEFAULT_PRIMARY.light ? DEFAULT_PRIMARY.dark : darkTint(hex);
    darkText.value = tint;
    darkPicker.value = tint;
  }
});
linkColour(darkPicker, darkText, () => {
  darkEdited = true;
});

// URL fields: each source keeps its own address.
form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'source') dataUrl.value = urlBySource[target.value] ?? '';
});
dataUrl.addEventListener('input', () => {
  urlBySource[radio('source')] = dataUrl.value;
});
// (At the select itself, before the form's listener rebuilds its options.)
for (const type of ['input', 'change']) {
  commitmentSelect.addEventListener(type, () => {
    chosenCommitment = commitmentSelect.value;
  });
}

let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', (event) => {
  const target = event.target as HTMLElement;
  clearTimeout(typing);
  // Typing in the text fields waits for a pause; everything else applies at once.
  if (target === dataJson || target === dataUrl || target === baseUrl) typing = setTimeout(update, 350);
  else update();
});
form.addEventListener('change', () => update());
form.addEventListener('submit', (event) => event.preventDefault());

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', () => void copy(button, site));
}

// The widget's language follows the interface's (an English builder makes English widgets) until
// the webmaster chooses one.
const langSelect = $<HTMLSelectElement>('lang');
let langChosen = false;
langSelect.addEventListener('change', () => {
  langChosen = true;
});

baseUrl.value = siteBase();
commitmentSelect.value = '';
chosenCommitment = '1';
setUpSite(strings, (current) => {
  site = current;
  if (!langChosen) langSelect.value = site.lang;
  update();
});
