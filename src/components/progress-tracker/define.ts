// First: Lit's hydration support must be set up before Lit's element class (see hydration.ts).
import '../../base/hydration.js';
import {defineElement} from '../../base/define.js';
import {OgpProgressTracker} from './progress-tracker.js';

defineElement('ogp-progress-tracker', OgpProgressTracker);

export {OgpProgressTracker};
