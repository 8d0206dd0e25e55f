// `npm run analyze`: custom-elements.json from the JSDoc on every element (the one source for
// docs, Storybook controls and editor hints).
export default {
  globs: ['src/components/**/*.ts', 'src/base/ogp-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.view.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
