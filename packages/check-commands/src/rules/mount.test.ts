import { describe, expect, test } from 'vitest';
import { mountProblem } from './mount.ts';

describe('mountProblem', () => {
  test.each([
    'type=bind,source=/src,target=/app,readonly',
    'type=volume,src=data,dst=/data,volume-nocopy',
    'type=tmpfs,destination=/tmp,tmpfs-size=64m',
    'source=data,target=/data',
  ])('returns nothing for %j', (value) => {
    expect(mountProblem(value)).toBeUndefined();
  });

  test.each([
    ['type=bind,src=/a,taget=/b', 'unknown key "taget"; did you mean target?'],
    ['type=volume,source=data', 'target is required (target=/path/in/container)'],
    ['type=nfs,target=/x', 'unknown mount type "nfs" (bind, volume, tmpfs, npipe, cluster, image)'],
    ['type=bind,target', 'field "target" must be a key=value pair'],
  ])('returns the problem of %j', (value, problem) => {
    expect(mountProblem(value)).toBe(problem);
  });
});
