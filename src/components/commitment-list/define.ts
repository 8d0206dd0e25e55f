import {defineElement} from '../../base/define.js';
import {OgpCommitmentList} from './commitment-list.js';

defineElement('ogp-commitment-list', OgpCommitmentList);

export {OgpCommitmentList};
