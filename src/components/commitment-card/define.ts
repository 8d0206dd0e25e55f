import {defineElement} from '../../base/define.js';
import {OgpCommitmentCard} from './commitment-card.js';

defineElement('ogp-commitment-card', OgpCommitmentCard);

export {OgpCommitmentCard};
