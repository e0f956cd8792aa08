import { describe, expect, test } from 'vitest';
import { createLexicon, isFiller, lookup, synonyms } from './lexicon.ts';

const lexicon = createLexicon(
  [{ names: ['우분투', 'Ubuntu'] }, { names: ['삭제'], stems: ['지우', '지워'], commands: ['rm', 'rmi'] }],
  [
    { ko: '도커 허브', en: 'Docker Hub', aliases: ['dockerhub'] },
    { ko: '삭제', en: 'remove' },
  ],
  ['어떻게'],
);

describe('synonyms', () => {
  test.each([
    ['우분투', ['우분투', 'ubuntu']],
    ['ubuntu', ['우분투', 'ubuntu']],
    ['도커허브', ['도커 허브', 'docker hub', 'dockerhub']],
    ['docker hub', ['도커 허브', 'docker hub', 'dockerhub']],
    ['지우는', ['삭제', 'remove', 'rm', 'rmi']],
    ['안지워짐', ['삭제', 'remove', 'rm', 'rmi']],
  ])('returns the group of %s, both ways and regardless of spacing', (word, expected) => {
    expect(synonyms(lexicon, word)).toEqual(expected);
  });

  test('returns undefined for a stem followed by more than an ending', () => {
    expect(synonyms(lexicon, '지우개')).toBeUndefined();
  });

  test('returns only the names for a command typed alone, not the group’s other commands', () => {
    expect(synonyms(lexicon, 'rm')).toEqual(['삭제', 'remove']);
    expect(lookup(lexicon, 'rm')?.via).toBe('command');
  });
});

describe('createLexicon', () => {
  test('merges a glossary term into the vocabulary group that shares a word', () => {
    expect(lexicon.groups).toHaveLength(3);
  });

  test('returns both spellings of `Virtual Machine (VM)`', () => {
    const parenthesised = createLexicon([], [{ ko: '가상 머신', en: 'Virtual Machine (VM)' }]);
    expect(synonyms(parenthesised, 'vm')).toEqual(['가상 머신', 'virtual machine', 'vm']);
  });

  test('returns the term without an alias another term claims, and leaves the other term alone', () => {
    const claimed = createLexicon(
      [{ names: ['도커', 'docker'] }],
      [{ ko: 'Docker 클라이언트', en: 'Docker Client (docker)' }],
    );
    expect(synonyms(claimed, '도커')).toEqual(['도커', 'docker']);
    expect(synonyms(claimed, 'docker client')).toEqual(['docker 클라이언트', 'docker client']);
  });
});

describe('isFiller', () => {
  test('returns true only for the fillers given', () => {
    expect(isFiller(lexicon, '어떻게')).toBe(true);
    expect(isFiller(lexicon, '우분투')).toBe(false);
  });
});
