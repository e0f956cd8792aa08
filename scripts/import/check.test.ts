import { describe, expect, test } from 'vitest';
import { importNote } from './index.ts';
import { checkImported, formatFinding, unexplainedCommands } from './check.ts';

const OPTIONS = { file: 'note.md', parts: ['commands'], lessons: [], glossary: [], imageExists: () => false };

describe('checkImported', () => {
  test('returns each finding at the lesson line and at the note line it came from, never as expected', async () => {
    const note = '# 자원 제한\n\n설명 문장입니다.\n\n$ docker run --cpu=.5 ubuntu\n$ docker ps\n';
    const result = importNote(note, OPTIONS);
    const findings = await checkImported('lessons/x/index.mdx', result.mdx, result.sources);
    expect(findings.map((f) => [f.severity, f.rule, f.noteLine])).toEqual([['error', 'unknown-flag', 5]]);
    const [finding] = findings;
    expect(finding && result.mdx.split('\n')[finding.line - 1]).toBe('$ docker run --cpu=.5 ubuntu');
    expect(finding && formatFinding(finding, 'notes/note.md')).toMatch(
      /^lessons\/x\/index\.mdx:\d+:\d+ error unknown-flag .*--cpus.* \(note notes\/note\.md:5\)$/u,
    );
  });

  test('returns a quoted command’s finding at its note line', async () => {
    const note = '문장\n\n> docker service create --replica=3 nginx\n';
    const result = importNote(note, OPTIONS);
    const findings = await checkImported('a.mdx', result.mdx, result.sources);
    expect(findings.map((f) => [f.rule, f.noteLine])).toEqual([['unknown-flag', 3]]);
  });
});

describe('unexplainedCommands', () => {
  test('returns the cheat sheet’s message for a Docker command the dictionary does not explain, and nothing otherwise', () => {
    const unexplained = importNote('# 스웜\n\n$ docker swarm init\n$ docker ps\n', OPTIONS);
    expect(unexplainedCommands('a.mdx', unexplained.mdx)).toEqual([
      expect.stringMatching(/^a\.mdx:\d+:\d+ error cheatsheet\/unknown-command "docker swarm init"/u),
    ]);
    expect(unexplainedCommands('b.mdx', importNote('# 목록\n\n$ docker ps -a\n', OPTIONS).mdx)).toEqual([]);
  });
});
