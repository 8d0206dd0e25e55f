// First: Lit's hydration support must be set up before Lit's element class (see hydration.ts).
import '../../base/hydration.js';
import {defineElement} from '../../base/define.js';
import {OgpCommitmentCard} from './commitment-card.js';

defineElement('ogp-commitment-card', OgpCommitmentCard);

export {OgpCommitmentCard};
