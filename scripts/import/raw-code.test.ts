import { describe, expect, test } from 'vitest';
import { dockerfileEnd, yamlEnd } from './raw-code.ts';

describe('dockerfileEnd', () => {
  test('returns the end of a Dockerfile with comment lines, blank lines and a continuation', () => {
    const lines = [
      '# 1. 베이스 이미지',
      'FROM ubuntu:22.04',
      'RUN apt-get update && \\',
      '    apt-get install -y curl',
      '',
      '# 2. 실행',
      'CMD ["curl", "--help"]',
      '',
      '명령어 설명',
    ];
    expect(dockerfileEnd(lines, 0)).toBe(7);
  });

  test.each([
    [['FROM : 베이스 이미지를 지정합니다.', 'RUN : 명령을 실행합니다.']],
    [['FROM ubuntu', '그리고 설명']],
    [['RUN echo hi', 'CMD x']],
  ])('returns undefined for %j', (lines) => {
    expect(dockerfileEnd(lines, 0)).toBeUndefined();
  });
});

describe('yamlEnd', () => {
  test('returns the end of a nested YAML file, comments and a key without a colon included', () => {
    const lines = [
      "version: '3.1'",
      '',
      'services:',
      '    web:',
      '        image: nginx # 웹',
      '        volumes',
      '',
      '- 설명: 한국어',
    ];
    expect(yamlEnd(lines, 0)).toBe(6);
  });

  test.each([
    [['정의: 사용자가 쓰는 도구', '역할: 이미지를 만든다', '예: 도커']],
    [['Name: a', 'Role: b', 'Team: c']],
    [['services:', '  web:']],
  ])('returns undefined for %j, which is prose or too short', (lines) => {
    expect(yamlEnd(lines, 0)).toBeUndefined();
  });
});
