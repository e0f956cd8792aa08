/** Paths of the built site the browser tests read. */
import path from 'node:path';

export const DIST = path.resolve(process.env['DIST_DIR'] ?? 'dist');
