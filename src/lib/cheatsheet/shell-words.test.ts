import { describe, expect, test } from 'vitest';
import { shellWords } from './shell-words.ts';

describe('shellWords', () => {
  test.each([
    ['docker ps -a', [['docker', 'ps', '-a']]],
    ['  docker   images  ', [['docker', 'images']]],
    ['sudo curl -L "https://x/y z" -o /a', [['sudo', 'curl', '-L', 'https://x/y z', '-o', '/a']]],
    ['echo \'a "b"\'', [['echo', 'a "b"']]],
    ['echo "a \\"b\\" \\n"', [['echo', 'a "b" \\n']]],
    ['echo a\\ b', [['echo', 'a b']]],
    ['echo ""', [['echo', '']]],
    ['a && b || c; d | e', [['a'], ['b'], ['c'], ['d'], ['e']]],
    ['docker run IMAGE[:TAG|@DIGEST] [ARG...]', [['docker', 'run', 'IMAGE[:TAG|@DIGEST]', '[ARG...]']]],
    ['[ -f a ] || b', [['[', '-f', 'a', ']'], ['b']]],
    ['docker ps # 목록', [['docker', 'ps']]],
    ['echo a#b', [['echo', 'a#b']]],
    ['', []],
  ])('splits %j into %j', (command, expected) => {
    expect(shellWords(command)).toEqual(expected);
  });
});
