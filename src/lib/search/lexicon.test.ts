import { describe, expect, test } from 'vitest';
import { createLexicon, synonyms } from './lexicon.ts';

const lexicon = createLexicon(
  [{ names: ['우분투', 'Ubuntu'] }, { names: ['삭제', 'rm'], stems: ['지우'] }],
  [
    { ko: '도커 허브', en: 'Docker Hub', aliases: ['dockerhub'] },
    { ko: '삭제', en: 'remove' },
  ],
);

describe('synonyms', () => {
  test.each([
    ['우분투', ['우분투', 'ubuntu']],
    ['ubuntu', ['우분투', 'ubuntu']],
    ['도커허브', ['도커 허브', 'docker hub', 'dockerhub']],
    ['docker hub', ['도커 허브', 'docker hub', 'dockerhub']],
    ['지우는', ['삭제', 'rm', 'remove']],
  ])('returns the group of %s, both ways and regardless of spacing', (word, expected) => {
    expect(synonyms(lexicon, word)).toEqual(expected);
  });

  test('returns undefined for a stem followed by more than an ending', () => {
    expect(synonyms(lexicon, '지우개')).toBeUndefined();
  });
});

describe('createLexicon', () => {
  test('merges a glossary term into the built-in group that shares a word', () => {
    expect(lexicon.groups).toHaveLength(3);
  });
});

describe('createLexicon with a parenthesised name', () => {
  test('returns both spellings of `Virtual Machine (VM)`', () => {
    const parenthesised = createLexicon([], [{ ko: '가상 머신', en: 'Virtual Machine (VM)' }]);
    expect(synonyms(parenthesised, 'vm')).toEqual(['가상 머신', 'virtual machine', 'vm']);
  });
});

describe('synonyms of a command', () => {
  const commands = createLexicon([{ names: ['접속'], commands: ['exec', 'attach'] }]);

  test('returns the commands for the Korean word but nothing for the command itself', () => {
    expect(synonyms(commands, '접속')).toEqual(['접속', 'exec', 'attach']);
    expect(synonyms(commands, 'exec')).toBeUndefined();
  });
});

describe('createLexicon with an alias another term claims', () => {
  test('returns the term without the claimed alias, and leaves the other term alone', () => {
    const claimed = createLexicon(
      [{ names: ['도커', 'docker'] }],
      [{ ko: 'Docker 클라이언트', en: 'Docker Client (docker)' }],
    );
    expect(synonyms(claimed, '도커')).toEqual(['도커', 'docker']);
    expect(synonyms(claimed, 'docker client')).toEqual(['docker 클라이언트', 'docker client']);
  });
});
