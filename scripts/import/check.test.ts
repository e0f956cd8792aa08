import { describe, expect, test } from 'vitest';
import { importNote } from './index.ts';
import { checkImported, formatFinding } from './check.ts';

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
