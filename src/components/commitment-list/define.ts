// First: Lit's hydration support must be set up before Lit's element class (see hydration.ts).
import '../../base/hydration.js';
import {defineElement} from '../../base/define.js';
import {OgpCommitmentList} from './commitment-list.js';

defineElement('ogp-commitment-list', OgpCommitmentList);

export {OgpCommitmentList};
