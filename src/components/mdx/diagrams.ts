/**
 * What the diagrams draw, as data: stacks of layers from the bottom (hardware) up, each layer a
 * row of boxes. The markup lives in StackDiagram.astro; the words live in src/i18n/ko.ts.
 */
import type { UiKey } from '../../i18n/ko.ts';

export const LAYER_KINDS = ['hardware', 'os', 'hypervisor', 'guest', 'engine', 'libs', 'app', 'ro', 'rw'] as const;

export type LayerKind = (typeof LAYER_KINDS)[number];

export interface Box {
  label: UiKey;
  kind: LayerKind;
}

export interface Stack {
  title: UiKey;
  /** Rows from the top of the drawing down to the hardware. */
  rows: Box[][];
}

export interface StackDiagramData {
  name: UiKey;
  description: UiKey;
  stacks: Stack[];
}

const box = (label: UiKey, kind: LayerKind): Box => ({ label, kind });
const twice = (item: Box): Box[] => [item, item];

const app = box('diagram.layer.app', 'app');
const guest = box('diagram.layer.guestOs', 'guest');
const libs = box('diagram.layer.libs', 'libs');
const hardware = box('diagram.layer.hardware', 'hardware');

export const HYPERVISOR_TYPES: StackDiagramData = {
  name: 'diagram.hypervisor.name',
  description: 'diagram.hypervisor.desc',
  stacks: [
    {
      title: 'diagram.hypervisor.type1',
      rows: [twice(app), twice(guest), [box('diagram.layer.hypervisor', 'hypervisor')], [hardware]],
    },
    {
      title: 'diagram.hypervisor.type2',
      rows: [
        twice(app),
        twice(guest),
        [box('diagram.layer.hypervisor', 'hypervisor')],
        [box('diagram.layer.hostOsDesktop', 'os')],
        [hardware],
      ],
    },
  ],
};

export const VIRTUALIZATION_STACKS: StackDiagramData = {
  name: 'diagram.stacks.name',
  description: 'diagram.stacks.desc',
  stacks: [
    {
      title: 'diagram.stacks.os',
      rows: [
        twice(app),
        twice(libs),
        twice(guest),
        [box('diagram.layer.hypervisorExamples', 'hypervisor')],
        [box('diagram.layer.hostOs', 'os')],
        [hardware],
      ],
    },
    {
      title: 'diagram.stacks.container',
      rows: [
        twice(app),
        twice(libs),
        [box('diagram.layer.engine', 'engine')],
        [box('diagram.layer.hostOs', 'os')],
        [hardware],
      ],
    },
  ],
};

export const IMAGE_LAYERS: StackDiagramData = {
  name: 'diagram.layers.name',
  description: 'diagram.layers.desc',
  stacks: [
    {
      title: 'diagram.layers.name',
      rows: [
        [box('diagram.layers.containerA', 'rw'), box('diagram.layers.containerB', 'rw')],
        [box('diagram.layers.changes2', 'ro')],
        [box('diagram.layers.changes1', 'ro')],
        [box('diagram.layers.base', 'ro')],
      ],
    },
  ],
};

/** The HTML id prefix of a diagram, unique per diagram on a page. */
export function diagramId(name: UiKey): string {
  return name.replaceAll('.', '-');
}
