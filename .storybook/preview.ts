import {html} from 'lit';
import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import {manifest} from '../stories/support/manifest.js';
import {installMockFetch} from '../stories/support/mock-fetch.js';
import ElementDocs from './element-docs.mdx';

// Controls and docs tables come from custom-elements.json (`npm run analyze`).
setCustomElementsManifest(manifest);

// Error and loading stories ask for `mock/…` URLs; they never reach the network.
installMockFetch();

// Every element that has a define.ts, loaded the way src/index.ts does. Each one on its own, so an
// element that is still being written cannot take the others down: its stories then show an
// undefined element, and the a11y test reports it.
const defines = import.meta.glob('../src/components/*/define.ts');
const elementsReady = Promise.all(
  Object.entries(defines).map(([path, load]) =>
    load().catch((error: unknown) => console.error(`${path} could not be loaded:`, error)),
  ),
);

type Theme = 'light' | 'dark' | 'auto';

/** Gives every ogp- element in each story frame its frame's theme (the toolbar's). */
function applyThemes(): void {
  for (const frame of document.querySelectorAll<HTMLElement>('.ogp-sb-frame')) {
    const theme = frame.dataset.theme as Theme;
    for (const element of frame.querySelectorAll('*')) {
      if (!element.localName.startsWith('ogp-')) continue;
      if (theme === 'auto') element.removeAttribute('theme');
      else if (element.getAttribute('theme') !== theme) element.setAttribute('theme', theme);
    }
  }
}

let scheduled = false;
function scheduleThemes(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    applyThemes();
  });
}
// Stories render after their decorators run, and the Playground adds elements later: watch.
new MutationObserver(scheduleThemes).observe(document.body, {childList: true, subtree: true});

/** The toolbar's language (a `lang` on the wrapper) and theme (on every ogp- element and the page). */
const withLanguageAndTheme: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'zh-TW');
  const theme = (context.globals.theme ?? 'light') as Theme;
  if (context.viewMode === 'story') document.documentElement.dataset.ogpTheme = theme;
  scheduleThemes();
  return html`<div class="ogp-sb-frame" lang=${locale} data-theme=${theme}>${story()}</div>`;
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the lang attribute of the page around them)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'zh-TW', title: '繁體中文 (zh-TW)', right: 'zh-TW'},
          {value: 'en', title: 'English (en)', right: 'en'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The theme attribute of every widget, and the page background',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'light', title: 'Light', icon: 'sun'},
          {value: 'dark', title: 'Dark', icon: 'moon'},
          {value: 'auto', title: 'Auto (prefers-color-scheme)', icon: 'mirror'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'zh-TW',
    theme: 'light',
    viewport: {value: undefined, isRotated: false},
  },
  loaders: [
    async () => {
      await elementsReady;
      return {};
    },
  ],
  decorators: [withLanguageAndTheme],
  parameters: {
    layout: 'padded',
    viewport: {
      options: {
        phone: {name: 'Phone (375)', styles: {width: '375px', height: '812px'}, type: 'mobile'},
        tablet: {name: 'Tablet (768)', styles: {width: '768px', height: '1024px'}, type: 'tablet'},
        desktop: {name: 'Desktop (1280)', styles: {width: '1280px', height: '800px'}, type: 'desktop'},
      },
    },
    controls: {expanded: true, sort: 'requiredFirst'},
    // The same axe-core checks the a11y test (scripts/storybook-a11y.mjs) fails on.
    a11y: {context: '#storybook-root', test: 'error'},
    // An element's docs page: its description, one story and its attributes (element-docs.mdx).
    docs: {page: ElementDocs},
    options: {
      storySort: {
        order: ['Introduction · 簡介', 'Guidance · 使用指引', 'Playground · 試用區', 'Elements · 元件', 'Theming · 主題', 'Accessibility · 無障礙'],
      },
    },
  },
};

export default preview;
