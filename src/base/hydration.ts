/**
 * Lets every element take over HTML rendered on a server (`ogp-widgets/ssr`) instead of drawing
 * it again: Lit's hydration support, which must run before Lit's LitElement module does. Every
 * entry point imports this module first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
