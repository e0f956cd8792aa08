import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { blockNotes, checkerNotes } from './checker-notes.ts';

const fileURL = pathToFileURL(path.resolve('content/lessons/notes-test/index.mdx'));

const lesson = [
  '---',
  'title: 시험',
  '---',
  '',
  '```console',
  '$ docker run -it centos:7 bash',
  '```',
  '',
  '```console',
  '$ docker-compose up -d',
  '```',
  '',
  '```console allow="deprecated: 노트의 명령을 그대로 보여 줍니다"',
  '$ docker-compose up',
  '```',
  '',
  '```console expect-error="이름이 없습니다"',
  '$ docker run --name -it centos:6',
  '```',
  '',
  '```console',
  '$ docker run -d nginx',
  '```',
  '',
].join('\n');

async function html(source: string): Promise<string> {
  const result = await markdownToHtml(source, { mdastPlugins: [checkerNotes()], fileURL });
  return result.html;
}

describe('checkerNotes', () => {
  test('puts a Korean note right after each block the checker has a warning or info on', async () => {
    const out = await html(lesson);
    const notes = [...out.matchAll(/<div class="code-notes"[^>]*>.*?<\/div>/gsu)].map((m) => m[0]);
    expect(notes).toHaveLength(3);
    expect(out).toMatch(
      /centos:7 bash\n<\/code><\/pre>\n?<div class="code-notes" role="note" aria-label="이 명령에 대해 알아 둘 점">/u,
    );
    expect(notes[0]).toContain('<code>centos:7</code> 이미지는 2024년 6월 30일에 지원이 끝나');
    expect(notes[0]).toContain('<code>rockylinux/rockylinux:9</code>');
    expect(notes[1]).toContain('<code>docker compose up -d</code>처럼 띄어 씁니다');
    // The expected error is the caption's business; the end-of-life image in that block still gets its note.
    expect(notes[2]).toContain('<code>centos:6</code> 이미지는 2020년 11월 30일에');
  });

  test('writes no English and no note for an allowed finding or a clean block', async () => {
    const out = await html(lesson);
    expect(out).not.toMatch(/reached end of life|is retired|allowed|deprecated:/u);
    expect(out.match(/<code>docker compose up<\/code>/gu)).toBeNull();
  });

  test('puts the same note in MDX', async () => {
    const result = await mdxToJs(lesson, { mdastPlugins: [checkerNotes()], fileURL });
    expect(result.code).toContain('"aria-label": "이 명령에 대해 알아 둘 점"');
    expect(result.code).toContain('"centos:7"');
  });

  test('leaves a document without a file alone', async () => {
    const result = await markdownToHtml(lesson, { mdastPlugins: [checkerNotes()] });
    expect(result.html).not.toContain('code-notes');
  });
});

describe('blockNotes', () => {
  test('throws at the finding position, naming the rule, when no Korean text exists', () => {
    const finding = {
      file: 'a.mdx',
      line: 7,
      column: 3,
      severity: 'warning',
      rule: 'brand-new-rule',
      message: 'English',
    } as const;
    expect(() => blockNotes('content/lessons/a/index.mdx', [finding])).toThrow(
      /^content\/lessons\/a\/index\.mdx:7:3 error finding-text the command checker's finding "brand-new-rule" has no Korean text/u,
    );
  });
});
