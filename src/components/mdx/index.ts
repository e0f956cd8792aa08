/**
 * The components lessons use, passed to `<Content components={mdxComponents} />`: lessons never
 * import them. `img` renders markdown images (`![설명](./images/x.png "캡션")`).
 *
 * Three editions of the same lesson: `mdxComponents` for learners (solutions closed, instructor
 * notes left out), `instructorComponents` (notes shown, solutions open) and `worksheetComponents`
 * (the learner worksheet: no solutions at all).
 */
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import DockerArchitecture from './DockerArchitecture.astro';
import Exercise from './Exercise.astro';
import Hint from './Hint.astro';
import HypervisorTypes from './HypervisorTypes.astro';
import ImageLayers from './ImageLayers.astro';
import InstructorNote from './InstructorNote.astro';
import InstructorNoteHidden from './InstructorNoteHidden.astro';
import MdxImage from './MdxImage.astro';
import PendingScreenshot from './PendingScreenshot.astro';
import Solution from './Solution.astro';
import SolutionOmitted from './SolutionOmitted.astro';
import SolutionShown from './SolutionShown.astro';
import Term from './Term.astro';
import VirtualizationStacks from './VirtualizationStacks.astro';

export const mdxComponents = {
  Callout,
  Comparison,
  DockerArchitecture,
  Exercise,
  Hint,
  HypervisorTypes,
  ImageLayers,
  InstructorNote: InstructorNoteHidden,
  PendingScreenshot,
  Solution,
  Term,
  VirtualizationStacks,
  img: MdxImage,
} as const;

export const instructorComponents = { ...mdxComponents, InstructorNote, Solution: SolutionShown } as const;

export const worksheetComponents = { ...mdxComponents, Solution: SolutionOmitted } as const;
