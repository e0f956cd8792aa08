import { describe, expect, test } from 'vitest';
import { ko } from '../../i18n/ko.ts';
import { HYPERVISOR_TYPES, IMAGE_LAYERS, VIRTUALIZATION_STACKS, diagramId, type StackDiagramData } from './diagrams.ts';

const diagrams: [string, StackDiagramData][] = [
  ['HYPERVISOR_TYPES', HYPERVISOR_TYPES],
  ['VIRTUALIZATION_STACKS', VIRTUALIZATION_STACKS],
  ['IMAGE_LAYERS', IMAGE_LAYERS],
];

describe('diagram data', () => {
  test.each(diagrams)('%s has every stack resting on hardware or the base image', (_, data) => {
    for (const stack of data.stacks) {
      const bottom = stack.rows.at(-1)?.map((box) => box.kind);
      expect(['hardware', 'ro']).toContain(bottom?.[0]);
    }
  });

  test.each(diagrams)('%s has a name and a description of at least a sentence', (_, data) => {
    expect(ko[data.name].length).toBeGreaterThan(5);
    expect(ko[data.description]).toMatch(/다\.$/u);
  });

  test('draws Type 2 with a host OS under the hypervisor and Type 1 without', () => {
    const kinds = HYPERVISOR_TYPES.stacks.map((stack) => stack.rows.flat().map((box) => box.kind));
    expect(kinds[0]).not.toContain('os');
    expect(kinds[1]).toContain('os');
  });

  test('draws the container stack with an engine instead of guest operating systems', () => {
    const [vm, container] = VIRTUALIZATION_STACKS.stacks.map((stack) => stack.rows.flat().map((box) => box.kind));
    expect(vm).toContain('guest');
    expect(container).not.toContain('guest');
    expect(container).toContain('engine');
  });
});

describe('diagramId', () => {
  test('returns an id without dots when given a UI key', () => {
    expect(diagramId('diagram.layers.name')).toBe('diagram-layers-name');
  });
});
