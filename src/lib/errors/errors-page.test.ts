import { describe, expect, test } from 'vitest';
import type { ErrorEntry } from '../search/vocabulary.ts';
import { errorsPage } from './errors-page.ts';

const lessons = [
  {
    id: 'install',
    title: '도커 설치',
    file: 'content/lessons/install/index.mdx',
    source: [
      '## Docker 설치',
      '',
      '```console',
      '$ sudo systemctl enable --now docker',
      '$ sudo usermod -aG docker $USER',
      '```',
      '',
      '<Callout type="note" title="덧붙임: docker 그룹">',
      '`usermod`로 바꾼 그룹은 다시 로그인해야 적용됩니다.',
      '</Callout>',
      '',
      '<Callout type="warning" title="설치 오류">',
      '저장소를 못 찾으면 오류가 납니다.',
      '</Callout>',
    ].join('\n'),
  },
];
const entry = (fix: Partial<ErrorEntry['fixes'][number]>): ErrorEntry => ({
  id: 'docker-sock-permission',
  title: '권한',
  messages: ['permission denied'],
  cause: '그룹에 없습니다.',
  fixes: [{ lesson: 'install', section: 'Docker 설치', commands: ['usermod'], line: 7, ...fix }],
  line: 3,
});

describe('errorsPage', () => {
  test('returns each error with the commands and callouts quoted from the lesson section that fixes it', () => {
    const page = errorsPage([entry({})], lessons, 'content/search-vocabulary.yaml');
    expect(page.errors[0]?.fixes[0]).toMatchObject({
      lesson: 'install',
      lessonTitle: '도커 설치',
      section: 'docker-설치',
      commands: ['$ sudo usermod -aG docker $USER'],
    });
    expect(page.errors[0]?.fixes[0]?.callouts.map((callout) => callout.title)).toEqual(['덧붙임: docker 그룹']);
  });

  test('returns the lessons’ other error callouts as notes', () => {
    const page = errorsPage([entry({})], lessons, 'content/search-vocabulary.yaml');
    expect(page.notes.map((note) => [note.id, note.title])).toEqual([['install-12', '설치 오류']]);
  });

  test.each([
    [
      { lesson: 'nope' },
      'content/search-vocabulary.yaml:7:1 error errors-page/unknown-lesson docker-sock-permission: no lesson "nope"; use a folder name of content/lessons/.',
    ],
    [
      { section: '없는 제목' },
      `content/search-vocabulary.yaml:7:1 error errors-page/unknown-section docker-sock-permission: content/lessons/install/index.mdx has no heading "없는 제목"; its headings are "Docker 설치" ('' for the top).`,
    ],
    [
      { commands: ['systemctl start'] },
      'content/search-vocabulary.yaml:7:1 error errors-page/unknown-command docker-sock-permission: no command with "systemctl start" under "Docker 설치" in content/lessons/install/index.mdx; quote words of a command written there.',
    ],
  ])('throws naming the vocabulary line and the fix when a fix does not match the lesson (%#)', (fix, message) => {
    expect(() => errorsPage([entry(fix)], lessons, 'content/search-vocabulary.yaml')).toThrow(message);
  });
});
