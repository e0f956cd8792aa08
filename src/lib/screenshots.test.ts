import { describe, expect, test } from 'vitest';
import { isLocalImage, missingImageMessage, pendingReport, screenshotFileProblem } from './screenshots.ts';

describe('screenshotFileProblem', () => {
  test.each(['virtualbox001.png', 'image-4.png', 'shot.JPG'])('returns undefined for %s', (file) => {
    expect(screenshotFileProblem(file)).toBeUndefined();
  });

  test.each([
    [undefined, 'file="…" is required'],
    ['images/a.png', 'must be a bare image file name'],
    ['notes.txt', 'must be a bare image file name'],
  ])('returns a problem for %j', (file, problem) => {
    expect(screenshotFileProblem(file)).toContain(problem);
  });
});

describe('isLocalImage', () => {
  test.each([
    ['./images/a.png', true],
    ['image.png', true],
    ['https://example.org/a.png', false],
    ['/favicon.svg', false],
    ['data:image/png;base64,AA', false],
  ])('returns %s → %s', (url, expected) => {
    expect(isLocalImage(url)).toBe(expected);
  });
});

describe('missingImageMessage', () => {
  test('returns a path:line:column error naming the file and both fixes', () => {
    expect(missingImageMessage('content/lessons/x/index.mdx', 12, 1, './images/a.png')).toMatchInlineSnapshot(
      `"content/lessons/x/index.mdx:12:1 error missing-image ./images/a.png does not exist. Put the screenshot at content/lessons/x/images/a.png, or replace the image with <PendingScreenshot file="a.png" alt="…">이 자리에 들어갈 화면: …</PendingScreenshot>."`,
    );
  });
});

describe('pendingReport', () => {
  test('returns a count line then the screenshots sorted by lesson and line', () => {
    const items = [
      { lesson: 'b.mdx', line: 3, file: 'b.png', alt: 'B' },
      { lesson: 'a.mdx', line: 9, file: 'a2.png', alt: 'A2' },
      { lesson: 'a.mdx', line: 2, file: 'a1.png', alt: 'A1' },
    ];
    expect(pendingReport(items)).toEqual([
      '3 pending screenshot(s):',
      'a.mdx:2 a1.png — A1',
      'a.mdx:9 a2.png — A2',
      'b.mdx:3 b.png — B',
    ]);
  });
});
