import type {StorybookConfig} from '@storybook/web-components-vite';

/**
 * package.json's `sideEffects` names only the package's defining modules, so a production build
 * from the sources, like this one, would drop other modules imported for their effect (the
 * stories' own element definitions, such as the Playground's). Here every module of the project
 * keeps its side effects.
 */
const projectModulesHaveSideEffects = {
  name: 'ogp-project-modules-have-side-effects',
  transform(code: string, id: string) {
    const path = id.replace(/\\/g, '/');
    if (!path.includes('/node_modules/') && /\/(src|stories)\/.*\.ts$/.test(path)) {
      return {code, map: null, moduleSideEffects: true as const};
    }
    return undefined;
  },
};

// Storybook for designers: every element in every state, themed live from custom-elements.json.
// `custom-elements.json` is generated: run `npm run analyze` first (the `storybook` and
// `build-storybook` scripts do).
const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The bundled plans, at plans/… next to iframe.html: loaded stories use `src`, like a real page.
  // Not at /data/…: in the dev server that path is where the stories' JSON-module imports of
  // data/*.json are served from, and a static copy there would shadow them.
  staticDirs: [{from: '../data', to: '/plans'}],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // vite.config.ts is read too; Storybook ignores its library-mode `build` section (except target).
  async viteFinal(config) {
    config.plugins = [...(config.plugins ?? []), projectModulesHaveSideEffects];
    // The dev server pre-bundles lit; Storybook's renderer imports lit/directive-helpers.js, which
    // would otherwise load a second copy of lit-html ("Multiple versions of Lit loaded").
    config.optimizeDeps = {...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js']};
    return config;
  },
};

export default config;
