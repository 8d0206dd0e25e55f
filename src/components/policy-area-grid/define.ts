import {defineElement} from '../../base/define.js';
import {OgpPolicyAreaGrid} from './policy-area-grid.js';

defineElement('ogp-policy-area-grid', OgpPolicyAreaGrid);

export {OgpPolicyAreaGrid};
