/**
 * The importer on any text: whatever a note holds, the lesson it writes should compile as MDX
 * (Sätteri), run no code (no ESM, no expressions, only the course's own components), link nowhere
 * unsafe, and keep every word of the note.
 */
import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { importNote, type ImportOptions } from './index.ts';

const OPTIONS: ImportOptions = {
  file: '099_property.txt',
  parts: ['setup', 'commands'],
  lessons: [],
  glossary: [],
  imageExists: () => false,
  part: 'commands',
};

// Pieces of real notes and of hostile ones, joined at random.
const PIECES = [
  ...[
    '도커 이미지',
    '컨테이너를 실행합니다',
    'Docker Hub',
    '볼륨',
    '1) 설치',
    '- 항목',
    '* 별표',
    '1️⃣ 첫째',
    '✅ 확인',
  ],
  ...['$ docker run -it ubuntu bash', '# apt-get update', 'root@host:/etc# ls', '    docker ps -a', '```', '~~~'],
  ...['{', '}', '{1+1}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'import x from "y"'],
  ...['export const a = 1', '<Callout>', '</Callout>', '<br>', '<span style="color:red">빨강</span>', '<!-- -->'],
  ...['[문서](https://docs.docker.com/)', '[나쁜](javascript:alert(1))', '![화면](./images/a.png)', '[ 학습 목표 ]'],
  ...['| a | b |', '|---|---|', '+---+---+', '---', '> 인용', '\\', '`코드`', '*', '_', '&amp;', '&lt;', '%'],
];

const SEPARATORS = [' ', '\n', '\n\n', '\t', ''];

const note = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), fc.constantFrom(...SEPARATORS)), {
    minLength: 1,
    maxLength: 25,
  })
  .map((parts) => parts.map(([piece, separator]) => `${piece}${separator}`).join(''));

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  children?: Node[];
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

// The course's components, and the plain tags a note's own <sup>, <sub> and <kbd> stay as.
const COMPONENTS = new Set(['Callout', 'Comparison', 'PendingScreenshot', 'sup', 'sub', 'kbd']);
const SAFE_URL = /^(?:https?:\/\/|mailto:|#|(?![a-z][a-z\d+.-]*:)(?!\/\/))/iu;

/** The nodes of `text` imported and parsed back as MDX, or undefined when the MDX does not compile. */
function importedTree(text: string): { nodes: Node[] | undefined; lost: number[] } {
  const result = importNote(text, OPTIONS);
  let tree: Node | undefined;
  try {
    tree = mdxToMdast(result.mdx);
  } catch {
    tree = undefined;
  }
  return { nodes: tree && [...walk(tree)], lost: result.lost };
}

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 300);

describe('importNote, for any note', () => {
  test('never throws, and its MDX holds no ESM and no expression but a comment', () => {
    fc.assert(
      fc.property(note, (text) => {
        for (const node of importedTree(text).nodes ?? []) {
          expect(node.type).not.toBe('mdxjsEsm');
          // `{/* … */}` is how MDX writes a comment: an expression that runs nothing.
          if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
            expect(node.value).toMatch(/^\s*\/\*(?:[^*]|\*(?!\/))*\*\/\s*$/u);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Each runs first the counterexamples it found before issue 13 fixed the importer.
  test('writes no element but the course’s own components', () => {
    fc.assert(
      fc.property(note, (text) => {
        for (const node of importedTree(text).nodes ?? [])
          if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
            expect(COMPONENTS.has(node.name ?? '')).toBe(true);
      }),
      { numRuns: RUNS, examples: [['``` <span style="color:red">빨강</span> `코드` ']] },
    );
  });

  test('writes MDX that compiles', () => {
    fc.assert(
      fc.property(note, (text) => {
        expect(importedTree(text).nodes).toBeDefined();
      }),
      { numRuns: RUNS, examples: [['`` {` 도커 이미지 ']] },
    );
  });

  test('keeps every word of the note', () => {
    fc.assert(
      fc.property(note, (text) => {
        expect(importedTree(text).lost).toEqual([]);
      }),
      {
        numRuns: RUNS,
        examples: [
          ['~~~\t컨테이너를 실행합니다\n\n본문\n'],
          ['# apt-get update 도커 이미지 0`0 '],
          ['![화면](./images/a.png)도커 이미지 '],
        ],
      },
    );
  });

  test('writes no link that is not http(s), mailto, # or relative', () => {
    fc.assert(
      fc.property(note, (text) => {
        for (const node of importedTree(text).nodes ?? [])
          if (node.url !== undefined) expect(node.url).toMatch(SAFE_URL);
      }),
      {
        numRuns: RUNS,
        examples: [
          ['[x]( javascript:alert(1))'],
          ['[ [x](javascript:alert(1))'],
          ['[y](//evil.example/x)'],
          ['``` [나쁜](javascript:alert(1)) ` 도커 이미지 '],
        ],
      },
    );
  });
});
