import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkNote, imageFile, normalize, substantiveLines, type Allowed, type Fix } from './note-coverage.ts';

describe('normalize', () => {
  test.each([
    ['## 2-1-1.Docker의 개념', 'docker의개념'],
    ['1️⃣ 도커 클라이언트 (Docker Client)', '도커클라이언트dockerclient'],
    ['(3) 스토리지 가상화', '스토리지가상화'],
    ['    $ sudo dnf install -y docker-ce  ', 'sudodnfinstallydockerce'],
    ['3. Container <span style="color:indianred">Image</span>', 'containerimage'],
    ['|  -it   | -i와 -t를 동시에 사용 |', 'iti와t를동시에사용'],
    ['9:20', '920'],
  ])('returns letters and digits only when given %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  test('returns the fixed text when a typo fix applies', () => {
    expect(normalize('Guset OS를 쓰는 것', [{ from: 'Guset OS', to: 'Guest OS' }])).toBe('guestos를쓰는것');
  });

  test('keeps angle-bracket titles that are not layout HTML', () => {
    expect(normalize('<Docker 용어 정리>')).toBe('docker용어정리');
  });
});

describe('substantiveLines', () => {
  test('returns numbered content lines without blanks, <br> lines or rules', () => {
    const note = 'title\n\n<br><br>\n----------\n| :--: | :--: |\n![x](a.png)\ntext';
    expect(substantiveLines(note)).toEqual([
      { line: 1, text: 'title' },
      { line: 6, text: '![x](a.png)' },
      { line: 7, text: 'text' },
    ]);
  });
});

describe('imageFile', () => {
  test.each([
    ['![Virtual Box](./images/virtualbox001.png)', 'virtualbox001.png'],
    ['![Alt text](image-1.png)', 'image-1.png'],
    ['an ![inline](x.png) image', undefined],
  ])('returns the file name of %j', (line, expected) => {
    expect(imageFile(line)).toBe(expected);
  });
});

describe('checkNote', () => {
  const lesson =
    '## 가상화\n\n<PendingScreenshot file="a.png" alt="그림" />\n\n```console\n$ docker ps -a\n```\n\n옵션:\n\n`-a`: 모든 컨테이너';
  test('returns line, image and segment verdicts when every line reached the lesson', () => {
    const note = '1. 가상화\n![x](a.png)\n`docker ps -a` => `-a`: 모든 컨테이너';
    expect(checkNote('n', note, [lesson]).map((verdict) => verdict.how)).toEqual(['line', 'image', 'segments']);
  });

  test('returns lost for a reworded line, a missing image and an unlisted drop', () => {
    const note = '가상화 기술\n![x](b.png)\n9:20';
    expect(checkNote('n', note, [lesson]).map((verdict) => verdict.how)).toEqual(['lost', 'lost', 'lost']);
  });

  test('returns allowed for a line on the allow-list of that note only', () => {
    const allowed = [{ note: 'n', text: '9:20' }];
    expect(checkNote('n', '9:20', [lesson], { allowed })[0]?.how).toBe('allowed');
    expect(checkNote('other', '9:20', [lesson], { allowed })[0]?.how).toBe('lost');
  });
});

/** The real course: every note against the lessons that name it in `sources`. */
describe('the course', () => {
  const lessonsDir = 'content/lessons';
  const lessons = readdirSync(lessonsDir).map((slug) => {
    const text = readFileSync(path.join(lessonsDir, slug, 'index.mdx'), 'utf8');
    const frontmatter = parse(text.split(/^---$/mu)[1] ?? '') as { sources: string[] };
    return { slug, text, sources: frontmatter.sources };
  });
  const coverage = parse(readFileSync('content/note-coverage.yaml', 'utf8')) as {
    fixes: Fix[];
    dropped: (Allowed & { reason: string })[];
  };
  const notes = readdirSync('notes').map((name) => `notes/${name}`);

  test.each(notes)('loses no line of %s', (note) => {
    const text = readFileSync(note, 'utf8');
    const own = lessons.filter((lesson) => lesson.sources.includes(note)).map((lesson) => lesson.text);
    expect(own.length, `${note} is in no lesson's sources`).toBeGreaterThan(0);
    const lost = checkNote(note, text, own, { fixes: coverage.fixes, allowed: coverage.dropped })
      .filter((verdict) => verdict.how === 'lost')
      .map((verdict) => `${note}:${verdict.line} ${verdict.text.trim()}`);
    expect(lost).toEqual([]);
  });

  test('keeps only allow-list entries that are still needed', () => {
    for (const item of coverage.dropped) {
      const note = readFileSync(item.note, 'utf8');
      const own = lessons.filter((lesson) => lesson.sources.includes(item.note)).map((lesson) => lesson.text);
      expect(
        note.split(/\r?\n/u).map((line) => line.trim()),
        item.text,
      ).toContain(item.text);
      expect(checkNote(item.note, item.text, own, { fixes: coverage.fixes })[0]?.how, item.text).toBe('lost');
    }
  });
});
