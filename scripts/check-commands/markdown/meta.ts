/** Fence meta attributes, parsed by the same function the page's code-block transformer uses. */
export { parseFenceMeta as parseMeta } from '../../../src/markdown/code-marks.ts';
