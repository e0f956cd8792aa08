import { describe, expect, test } from 'vitest';
import { lessonImage, responsiveWidths } from './image.ts';

describe('responsiveWidths', () => {
  test.each([
    [300, [300]],
    [800, [360, 720, 800]],
    [2000, [360, 720, 1080, 1440, 2000]],
  ])('returns the standard widths below %i plus the original', (original, expected) => {
    expect(responsiveWidths(original)).toEqual(expected);
  });
});

describe('lessonImage', () => {
  const metadata = { src: '/_astro/a.png', width: 800, height: 600, format: 'png' };

  test('returns the metadata and alt when the image is local and described', () => {
    expect(lessonImage(metadata, 'VirtualBox 설치 화면')).toEqual({ src: metadata, alt: 'VirtualBox 설치 화면' });
  });

  test('throws when the image is a remote URL string', () => {
    expect(() => lessonImage('https://example.org/a.png', 'x')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Lesson image "https://example.org/a.png" is not a local file: put screenshots in the lesson's images/ folder and write ![설명](./images/file.png "캡션").]`,
    );
  });

  test('throws when the alt text is empty', () => {
    expect(() => lessonImage(metadata, ' ')).toThrow('has no alt text');
  });
});
