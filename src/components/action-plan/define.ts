// First: Lit's hydration support must be set up before Lit's element class (see hydration.ts).
import '../../base/hydration.js';
import {defineElement} from '../../base/define.js';
import {OgpActionPlan} from './action-plan.js';
// The dashboard is made of the other elements, under their standard tags.
import '../commitment-card/define.js';
import '../commitment-list/define.js';
import '../policy-area-grid/define.js';
import '../progress-tracker/define.js';

defineElement('ogp-action-plan', OgpActionPlan);

export {OgpActionPlan};
