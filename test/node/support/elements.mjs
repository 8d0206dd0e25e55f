// The tags of every element, in the order rollup.config.mjs lists them (each has its own CDN file).
import {ELEMENTS} from '../../../rollup.config.mjs';

export const TAGS = ELEMENTS.map((name) => `ogp-${name}`);
