import { describe, expect, test } from 'vitest';
import { lessonParts } from './lesson-parts.ts';

const lesson = [
  '---',
  'title: 설치',
  '---',
  '',
  '소개 문장.',
  '',
  '## Docker 설치',
  '',
  '```console',
  '$ sudo systemctl enable --now docker',
  '$ docker --version',
  '```',
  '',
  '<Callout type="note" title="덧붙임: 데몬">',
  '설치한 뒤 `Cannot connect` 오류가 나면 [서비스](../docker-run/#x)를 켜세요.',
  '',
  '- 첫째',
  '</Callout>',
  '',
  '### Docker 설치',
  '',
  '```console expect-error="이름이 빠졌습니다"',
  '$ docker run --name -i ubuntu',
  '```',
].join('\n');

describe('lessonParts', () => {
  const [top, install, again] = lessonParts(lesson);

  test('returns the sections with the ids the site gives their headings, repeats numbered', () => {
    expect([top?.id, install?.id, again?.id]).toEqual(['', 'docker-설치', 'docker-설치-1']);
    expect(install?.title).toBe('Docker 설치');
  });

  test('returns each command with the prompt the lesson shows', () => {
    expect(install?.code[0]?.commands).toEqual(['$ sudo systemctl enable --now docker', '$ docker --version']);
  });

  test('returns a callout’s title, type, line and content as paragraphs, inline code, links and lists', () => {
    const callout = install?.callouts[0];
    expect(callout).toMatchObject({ type: 'note', title: '덧붙임: 데몬', line: 14 });
    expect(callout?.content).toEqual([
      {
        kind: 'paragraph',
        inline: [
          { kind: 'text', text: '설치한 뒤 ' },
          { kind: 'code', text: 'Cannot connect' },
          { kind: 'text', text: ' 오류가 나면 ' },
          { kind: 'link', text: '서비스', href: '../docker-run/#x' },
          { kind: 'text', text: '를 켜세요.' },
        ],
      },
      { kind: 'list', items: [[{ kind: 'text', text: '첫째' }]] },
    ]);
  });

  test('returns a deliberately wrong block with the reason', () => {
    expect(again?.code[0]?.wrong).toBe('이름이 빠졌습니다');
  });
});
