import { describe, expect, test } from 'vitest';
import { invocationOf, markPlaceholders } from './invocations.ts';
import { lex } from './lexer.ts';

const invocation = (text: string) => {
  const [command] = lex(text).commands;
  return command && invocationOf(command, text);
};

describe('invocationOf', () => {
  test.each([
    ['sudo docker ps', 'docker', ['ps']],
    ['sudo -u deploy -E docker ps', 'docker', ['ps']],
    ['env -i PATH=/bin DOCKER_HOST=x docker ps', 'docker', ['ps']],
    ['DOCKER_BUILDKIT=1 docker build .', 'docker', ['build', '.']],
    ['time nohup /usr/bin/docker ps', 'docker', ['ps']],
  ])('returns the tool behind the prefixes of %j', (text, tool, args) => {
    const found = invocation(text);
    expect(found?.tool).toBe(tool);
    expect(found?.args.map((a) => a.value)).toEqual(args);
  });

  test('returns undefined for a command that only assigns', () => {
    expect(invocation('X=1')).toBeUndefined();
  });
});

describe('markPlaceholders', () => {
  test('returns one word for a bracketed placeholder with a space', () => {
    const text = 'docker rm [CONTAINER ID] web';
    const [command] = lex(text).commands;
    const marked = markPlaceholders(command?.words ?? [], text);
    expect(marked.map((w) => [w.value, w.placeholder])).toEqual([
      ['docker', 'none'],
      ['rm', 'none'],
      ['[CONTAINER ID]', 'full'],
      ['web', 'none'],
    ]);
  });

  test('returns partial for a word that is only partly a placeholder', () => {
    const text = 'docker pull ubuntu:태그';
    const [command] = lex(text).commands;
    expect(markPlaceholders(command?.words ?? [], text).at(-1)?.placeholder).toBe('partial');
  });
});
