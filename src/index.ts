/**
 * ogp-widgets: defines every element. Import `ogp-widgets/elements` for the classes alone.
 */
import './components/commitment-card/define.js';

export * from './elements.js';
