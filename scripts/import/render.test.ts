import { describe, expect, test } from 'vitest';
import type { Block } from './reading.ts';
import { isLabelRun, renderBody } from './render.ts';

const missing = { image: (src: string) => ({ file: src.split('/').at(-1) ?? src, found: false }) };

describe('isLabelRun', () => {
  test.each([
    [['정의: 명령줄 도구입니다.', '역할: 작업을 요청합니다.'], true],
    [['정의: 명령줄 도구입니다.'], false],
    [['정의: 도구', '그냥 문장입니다.'], false],
  ])('returns %s for %j', (lines, expected) => {
    expect(isLabelRun(lines)).toBe(expected);
  });
});

describe('renderBody', () => {
  test('returns labels in bold when a paragraph is a run of label lines', () => {
    const blocks: Block[] = [{ kind: 'paragraph', lines: ['정의: 도구입니다.', '역할: 요청합니다.'], line: 1 }];
    expect(renderBody(blocks, missing)).toBe('- **정의**: 도구입니다.\n- **역할**: 요청합니다.');
  });

  test('returns a PendingScreenshot describing the section when the image is missing', () => {
    const blocks: Block[] = [
      { kind: 'heading', rank: 2, text: '1-1-1. Virtual Box 다운로드', line: 1 },
      { kind: 'image', alt: 'Alt text', src: './images/virtualbox001.png', title: '', line: 2 },
    ];
    expect(renderBody(blocks, missing)).toMatchInlineSnapshot(`
      "## 1-1-1. Virtual Box 다운로드

      <PendingScreenshot file="virtualbox001.png" alt="Virtual Box 다운로드">
      이 자리에 들어갈 화면: Virtual Box 다운로드
      </PendingScreenshot>"
    `);
  });

  test('returns a Markdown image into images/ when the file came with the note', () => {
    const blocks: Block[] = [{ kind: 'image', alt: 'Docker Desktop', src: 'shot.png', title: '첫 화면', line: 1 }];
    expect(renderBody(blocks, { image: () => ({ file: 'shot.png', found: true }) })).toBe(
      '![Docker Desktop](./images/shot.png "첫 화면")',
    );
  });

  test('returns a fence longer than any backtick run inside the code', () => {
    const blocks: Block[] = [{ kind: 'code', lang: 'text', lines: ['```', 'x'], line: 1 }];
    expect(renderBody(blocks, missing)).toBe('````text\n```\nx\n````');
  });

  test('returns nested list items indented under their parent marker', () => {
    const blocks: Block[] = [
      {
        kind: 'list',
        line: 1,
        items: [
          { depth: 0, ordered: true, number: 4, text: 'docker 확인', line: 1 },
          { depth: 1, ordered: false, number: 1, text: 'powershell에 `docker info`', line: 2 },
        ],
      },
    ];
    expect(renderBody(blocks, missing)).toBe('4. docker 확인\n   - powershell에 `docker info`');
  });
});
