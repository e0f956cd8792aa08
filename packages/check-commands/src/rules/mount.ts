/**
 * `--mount` values: comma-separated `key=value` fields. Keys as docker/cli opts/mount.go parses
 * them (docker 28: volume-subpath, bind-recursive, bind-create-mountpoint and image-subpath added).
 */
import { closest, didYouMean } from '../spec/suggest.ts';

const KEYS = [
  'type',
  'source',
  'src',
  'target',
  'dst',
  'destination',
  'readonly',
  'ro',
  'consistency',
  'bind-propagation',
  'bind-nonrecursive',
  'bind-recursive',
  'bind-create-mountpoint',
  'volume-nocopy',
  'volume-label',
  'volume-driver',
  'volume-opt',
  'volume-subpath',
  'tmpfs-size',
  'tmpfs-mode',
  'image-subpath',
];
const FLAGS = new Set(['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive', 'bind-create-mountpoint']);
const TYPES = new Set(['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image']);

/** Why `value` is not a valid `--mount` value, or undefined when it is. */
export function mountProblem(value: string): string | undefined {
  let target = false;
  for (const field of value.split(',').map((f) => f.replace(/^"|"$/gu, ''))) {
    const eq = field.indexOf('=');
    const key = (eq === -1 ? field : field.slice(0, eq)).toLowerCase();
    if (eq === -1 && !FLAGS.has(key)) {
      return KEYS.includes(key)
        ? `field "${field}" must be a key=value pair`
        : `unknown key "${key}"${didYouMean(closest(key, KEYS))}`;
    }
    if (!KEYS.includes(key)) return `unknown key "${key}"${didYouMean(closest(key, KEYS))}`;
    const val = field.slice(eq + 1);
    if (key === 'type' && !TYPES.has(val.toLowerCase()))
      return `unknown mount type "${val}" (${[...TYPES].join(', ')})`;
    if (key === 'target' || key === 'dst' || key === 'destination') target = true;
  }
  return target ? undefined : 'target is required (target=/path/in/container)';
}
