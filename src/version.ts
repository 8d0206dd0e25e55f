/** This library's version, as in package.json (test/node/package.test.mjs checks they agree). */
export const VERSION = '0.1.0';

/**
 * What the server renderer writes in `rendered-by`: an element hydrates HTML that the same version
 * rendered, and draws HTML from any other afresh (their templates may differ).
 */
export const RENDERED_BY = `ogp-widgets@${VERSION}`;
