import {defineElement} from '../../base/define.js';
import {OgpProgressTracker} from './progress-tracker.js';

defineElement('ogp-progress-tracker', OgpProgressTracker);

export {OgpProgressTracker};
