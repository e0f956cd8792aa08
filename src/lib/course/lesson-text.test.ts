import { describe, expect, test } from 'vitest';
import { lessonText } from './lesson-text.ts';

describe('lessonText', () => {
  const body = [
    '## 컨테이너 실행',
    '',
    '`docker ps`로 **확인**합니다.',
    '',
    '```console',
    '$ docker run -d nginx',
    '```',
    '',
    '<Exercise title="실행">',
    '웹 서버를 띄웁니다.',
    '',
    '<Solution>',
    '',
    '```console',
    '$ docker ps',
    '```',
    '',
    '</Solution>',
    '</Exercise>',
    '',
    '<InstructorNote>',
    '강사만 보는 메모',
    '</InstructorNote>',
  ].join('\n');

  test('returns the prose a learner reads, without instructor notes', () => {
    const { prose } = lessonText(body);
    expect(prose).toContain('컨테이너 실행');
    expect(prose).toContain('확인');
    expect(prose).toContain('웹 서버를 띄웁니다.');
    expect(prose).not.toContain('강사만');
  });

  test('returns fences and inline code as code', () => {
    expect(lessonText(body).code.split('\n')).toEqual(['docker ps', '$ docker run -d nginx', '$ docker ps']);
  });

  test('returns how many exercises and instructor notes the lesson has', () => {
    expect(lessonText(body)).toMatchObject({ exercises: 1, notes: 1 });
  });
});
