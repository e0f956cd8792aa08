import { describe, expect, test } from 'vitest';
import { checkBlocks } from '../../../packages/check-commands/index.ts';
import { cheatSheet, MAX_EXAMPLES, type LessonSource } from './cheatsheet.ts';

const lesson = (id: string, ...blocks: string[]): LessonSource => ({
  id,
  title: `${id} 강의`,
  file: `content/lessons/${id}/index.mdx`,
  body: ['---', 'title: x', '---', '', ...blocks.flatMap((block) => [block, ''])].join('\n'),
});

const fence = (lang: string, lines: string[], meta = ''): string =>
  [`\`\`\`${lang}${meta ? ` ${meta}` : ''}`, ...lines, '```'].join('\n');

describe('cheatSheet', () => {
  test('returns commands grouped by task, in group order, with the first lesson that uses them', () => {
    const sheet = cheatSheet([
      lesson(
        'install',
        fence('console', ['$ sudo dnf install -y docker-ce', '$ docker --version', 'Docker version 29.0.0']),
      ),
      lesson(
        'images',
        fence('console', ['$ docker pull ubuntu', '$ docker images', '$ docker run -it ubuntu bash', 'root@abc:/# ls']),
      ),
      lesson('again', fence('console', ['$ docker image ls'])),
    ]);
    expect(sheet.map((section) => section.group)).toEqual(['image', 'container', 'install']);
    expect(sheet[0]?.rows).toEqual([
      {
        name: 'docker image pull',
        explanation: '레지스트리에서 이미지를 내려받습니다.',
        examples: [{ text: 'docker pull ubuntu' }],
        lesson: { id: 'images', title: 'images 강의' },
      },
      {
        name: 'docker image ls',
        explanation: '내려받은 이미지 목록을 봅니다.',
        examples: [{ text: 'docker images' }, { text: 'docker image ls' }],
        lesson: { id: 'images', title: 'images 강의' },
      },
    ]);
    expect(sheet[2]?.rows.map((row) => row.examples[0]?.text)).toEqual([
      'sudo dnf install -y docker-ce',
      'docker --version',
    ]);
  });

  test('returns one form per set of options, at most MAX_EXAMPLES', () => {
    const runs = ['docker ps', 'docker ps -a', 'docker ps', 'docker container ls -a', 'docker ps -q', 'docker ps -aq'];
    const [section] = cheatSheet([
      lesson(
        'a',
        fence(
          'console',
          runs.map((run) => `$ ${run}`),
        ),
      ),
    ]);
    expect(section?.rows[0]?.examples.map((example) => example.text)).toEqual(
      ['docker ps', 'docker ps -a', 'docker container ls -a'].slice(0, MAX_EXAMPLES),
    );
  });

  test('returns one synopsis per command, leaving room for concrete forms', () => {
    const runs = [
      'docker run [OPTIONS] IMAGE',
      'docker container run [OPTIONS] IMAGE [COMMAND]',
      'docker run -it ubuntu bash',
    ];
    const [section] = cheatSheet([
      lesson(
        'a',
        fence(
          'console',
          runs.map((run) => `$ ${run}`),
        ),
      ),
    ]);
    expect(section?.rows[0]?.examples.map((example) => example.text)).toEqual([
      'docker run [OPTIONS] IMAGE',
      'docker run -it ubuntu bash',
    ]);
  });

  test('returns joined continuation lines as written and splits command lists', () => {
    const [section] = cheatSheet([
      lesson(
        'a',
        fence('console', [
          '$ sudo curl -L "https://example.com/dc" \\',
          '    -o /usr/local/bin/docker-compose && sudo chmod +x /usr/local/bin/docker-compose',
        ]),
      ),
    ]);
    expect(section?.rows.map((row) => row.examples.map((example) => example.text))).toEqual([
      ['sudo curl -L "https://example.com/dc" -o /usr/local/bin/docker-compose'],
      ['sudo chmod +x /usr/local/bin/docker-compose'],
    ]);
  });

  test('leaves out wrong examples, SQL prompts, scripts and unknown non-Docker programs', () => {
    const sheet = cheatSheet([
      lesson(
        'a',
        fence('console', ['$ docker run --name -it ubuntu'], 'expect-error="이름이 없음"'),
        fence('console', ['mysql> SHOW DATABASES;', '$ ls -al']),
        fence('bash', ['docker ps']),
      ),
    ]);
    expect(sheet).toEqual([]);
  });

  test('reads sessions from plain-text blocks', () => {
    const [section] = cheatSheet([lesson('a', fence('text', ['[root@rocky ~]# docker images']))]);
    expect(section?.rows[0]?.name).toBe('docker image ls');
  });

  test('marks a form the checker finds outdated with what to write now, on that form only', async () => {
    const body = lesson(
      'a',
      fence('console', ['$ docker run -it centos:7 bash', '$ docker-compose up -d && docker ps']),
      fence('console', ['$ docker-compose up'], 'allow="deprecated: 노트 원문"'),
    );
    const { blocks } = await checkBlocks([{ file: body.file, text: body.body }]);
    const sheet = cheatSheet([{ ...body, findings: blocks.flatMap((report) => report.diagnostics) }]);
    const examples = sheet.flatMap((section) => section.rows.flatMap((row) => row.examples));
    expect(examples).toEqual([
      {
        text: 'docker run -it centos:7 bash',
        outdated: '지원이 끝난 이미지(2024년 6월 30일) · 지금은 rockylinux/rockylinux:9',
      },
      { text: 'docker ps' },
      { text: 'docker-compose up -d', outdated: '예전 명령 · 지금은 docker compose up -d' },
      { text: 'docker-compose up' },
    ]);
  });

  test('returns docker alone as docker --help and docker-compose --version as docker compose --version', () => {
    const sheet = cheatSheet([lesson('a', fence('console', ['$ docker', '$ docker-compose --version']))]);
    const names = sheet.flatMap((section) => section.rows.map((row) => row.name));
    expect(names).toEqual(['docker --help', 'docker compose --version']);
  });

  test('throws naming the file, line and fix when a Docker command is not in the dictionary', () => {
    const body = lesson('a', fence('console', ['$ docker ps', '$ docker frobnicate --all']));
    expect(() => cheatSheet([body])).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/lessons/a/index.mdx:7:3 error cheatsheet/unknown-command "docker frobnicate" (in \`docker frobnicate --all\`) has no explanation. Add a one-line Korean explanation for it to src/lib/cheatsheet/dictionary.ts.]`,
    );
  });
});
