/**
 * The CDN bundle's entry (dist/ogp-widgets.js): defines every element and exports their classes.
 * Each element also has a file of its own (dist/ogp-<tag>.js, built from its define.ts). Only the
 * Chinese strings, the CSV reader and downloads load later, from sibling files, when first used.
 * The validator and other helpers are in the npm package (`ogp-widgets/elements`).
 */
// First: Lit's hydration support must be set up before Lit's element class (see hydration.ts).
import './base/hydration.js';
import './components/commitment-card/define.js';
import './components/policy-area-grid/define.js';
import './components/progress-tracker/define.js';
import './components/commitment-list/define.js';
import './components/action-plan/define.js';

export {OgpCommitmentCard} from './components/commitment-card/commitment-card.js';
export {OgpPolicyAreaGrid} from './components/policy-area-grid/policy-area-grid.js';
export {OgpProgressTracker} from './components/progress-tracker/progress-tracker.js';
export {OgpCommitmentList} from './components/commitment-list/commitment-list.js';
export {OgpActionPlan} from './components/action-plan/action-plan.js';
export {OgpElement} from './base/ogp-element.js';
