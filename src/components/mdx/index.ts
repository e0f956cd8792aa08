/**
 * The components lessons use, passed to `<Content components={mdxComponents} />`: lessons never
 * import them. `img` renders markdown images (`![설명](./images/x.png "캡션")`).
 */
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import DockerArchitecture from './DockerArchitecture.astro';
import HypervisorTypes from './HypervisorTypes.astro';
import ImageLayers from './ImageLayers.astro';
import MdxImage from './MdxImage.astro';
import PendingScreenshot from './PendingScreenshot.astro';
import Term from './Term.astro';
import VirtualizationStacks from './VirtualizationStacks.astro';

export const mdxComponents = {
  Callout,
  Comparison,
  DockerArchitecture,
  HypervisorTypes,
  ImageLayers,
  PendingScreenshot,
  Term,
  VirtualizationStacks,
  img: MdxImage,
} as const;
