import { describe, expect, test } from 'vitest';
import { commandShape, withoutComment } from './shape.ts';

describe('commandShape', () => {
  test.each([
    ['docker ps -a', 'command'],
    ['docker run --cpu=.5 ubuntu', 'command'],
    ['docker contaner ls', 'command'],
    ['sudo apt update', 'command'],
    ['docker create --name 내가원하는컨테이너이름 이미지이름', 'command'],
    ['docker ps -a  # 모든 컨테이너', 'command'],
    ['docker search', 'synopsis'],
    ['docker', 'synopsis'],
    ['docker compose', 'synopsis'],
    ['docker cp  # 로컬 파일을 컨테이너로', 'synopsis'],
    ['docker run --restart  # 재시작 정책', 'synopsis'],
    ['docker stop [OPTIONS] CONTAINER [CONTAINER...]', 'synopsis'],
    ['docker rmi 이미지이름[:태그] or ImageID', 'synopsis'],
    ['docker network create', 'synopsis'],
    ['docker repository 등록', 'prose'],
  ] as const)('returns %j as a %s', (text, shape) => {
    expect(commandShape(text)).toBe(shape);
  });
});

describe('withoutComment', () => {
  test.each([
    ['docker cp  # 설명', 'docker cp'],
    ['echo "a # b"', 'echo "a # b"'],
    ['echo a#b', 'echo a#b'],
  ])('returns %j without its comment', (text, expected) => {
    expect(withoutComment(text)).toBe(expected);
  });
});
