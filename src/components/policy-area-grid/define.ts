// First: Lit's hydration support must be set up before Lit's element class (see hydration.ts).
import '../../base/hydration.js';
import {defineElement} from '../../base/define.js';
import {OgpPolicyAreaGrid} from './policy-area-grid.js';

defineElement('ogp-policy-area-grid', OgpPolicyAreaGrid);

export {OgpPolicyAreaGrid};
