/**
 * ogp-widgets: defines every element. Import `ogp-widgets/elements` for the classes alone.
 */
// First: Lit's hydration support must be set up before Lit's element class (see hydration.ts).
import './base/hydration.js';
import './components/commitment-card/define.js';
import './components/policy-area-grid/define.js';
import './components/progress-tracker/define.js';
import './components/commitment-list/define.js';
import './components/action-plan/define.js';

export * from './elements.js';
