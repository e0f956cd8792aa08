/** Sizes for lesson screenshots: which widths sharp renders and how wide the page shows them. */
import type { ImageMetadata } from 'astro';

/** Widths worth generating for a phone, a tablet and a desktop column, at 1x and 2x. */
export const IMAGE_WIDTHS = [360, 720, 1080, 1440] as const;

/** The `sizes` attribute: full width on phones, at most the prose column (46rem) elsewhere. */
export const IMAGE_SIZES = '(max-width: 46rem) 100vw, 46rem';

/** The widths to render for an image `original` pixels wide: the standard ones below it, plus the original. */
export function responsiveWidths(original: number): number[] {
  return [...IMAGE_WIDTHS.filter((width) => width < original), original];
}

/** Narrows MDX `img` props to a processed local image, or throws saying how to fix the markdown. */
export function lessonImage(src: unknown, alt: unknown): { src: ImageMetadata; alt: string } {
  const metadata = src as Partial<ImageMetadata> | undefined;
  if (typeof metadata !== 'object' || typeof metadata.src !== 'string' || typeof metadata.width !== 'number') {
    throw new Error(
      `Lesson image ${JSON.stringify(src)} is not a local file: put screenshots in the lesson's images/ folder and write ![설명](./images/file.png "캡션").`,
    );
  }
  if (typeof alt !== 'string' || alt.trim() === '') {
    throw new Error(`Lesson image ${metadata.src} has no alt text: write what it shows, ![설명](./images/file.png).`);
  }
  return { src: metadata as ImageMetadata, alt };
}
