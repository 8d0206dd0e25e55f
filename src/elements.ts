/** The element classes and shared helpers, without defining any tag (no side effects). */
// First: Lit's hydration support must be set up before Lit's element class (see hydration.ts).
import './base/hydration.js';
export {OgpCommitmentCard} from './components/commitment-card/commitment-card.js';
export {OgpPolicyAreaGrid} from './components/policy-area-grid/policy-area-grid.js';
export {OgpProgressTracker} from './components/progress-tracker/progress-tracker.js';
export {OgpCommitmentList} from './components/commitment-list/commitment-list.js';
export {OgpActionPlan} from './components/action-plan/action-plan.js';
export {OgpElement} from './base/ogp-element.js';
export {validatePlan, formatProblem} from './data/validate.js';
export {clearFetchCache, LoadError, type LoadErrorKind} from './data/fetch.js';
export type * from './data/types.js';
export type {OgpErrorDetail, OgpSelectDetail, OgpEventMap} from './base/events.js';
