import { describe, expect, test } from 'vitest';
import { lex } from './lexer.ts';

const words = (text: string): string[][] =>
  lex(text).commands.map((c) => c.words.map((w) => w.value + (w.dynamic ? '*' : '')));

describe('lex', () => {
  test('returns the simple commands of pipes, lists and separators', () => {
    expect(words('docker ps -a | grep web && docker rm -f web; echo done')).toEqual([
      ['docker', 'ps', '-a'],
      ['grep', 'web'],
      ['docker', 'rm', '-f', 'web'],
      ['echo', 'done'],
    ]);
  });

  test('returns words with quotes removed and expansions marked dynamic', () => {
    expect(words(`docker run --name "my app" -e X=$HOME 'a b' "$(pwd)":/app`)).toEqual([
      ['docker', 'run', '--name', 'my app', '-e', 'X=$HOME*', 'a b', '$(pwd):/app*'],
    ]);
  });

  test('returns words joined across backslash-newline and without redirections', () => {
    expect(words('docker run \\\n  -d nginx > out.log 2>&1')).toEqual([['docker', 'run', '-d', 'nginx']]);
  });

  test('returns no words from comments or here-document bodies', () => {
    expect(words('# note\ncat <<EOF > f\ndocker frobnicate\nEOF\ndocker ps # trailing')).toEqual([
      ['cat'],
      ['docker', 'ps'],
    ]);
  });

  test('returns loop bodies without their keywords', () => {
    expect(words('for c in a b; do docker rm $c; done')).toEqual([['docker', 'rm', '$c*']]);
  });

  test('returns command substitutions with their offsets', () => {
    expect(lex('docker rm $(docker ps -aq)').substitutions).toEqual([{ text: 'docker ps -aq', offset: 12 }]);
  });

  test('returns word offsets in the script', () => {
    expect(lex('  docker  ps').commands[0]?.words.map((w) => [w.start, w.end])).toEqual([
      [2, 8],
      [10, 12],
    ]);
  });
});
