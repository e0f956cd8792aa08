/**
 * The copy text of any console session: exactly its commands, continuations joined, one per line;
 * never a prompt, never an output line.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { copyText, matchPrompt } from '../index.ts';

const word = fc.stringMatching(/^[a-z0-9][a-z0-9._:=/-]{0,11}$/u);
const quoted = fc.stringMatching(/^[a-z0-9 ._-]{1,12}$/u).map((text) => `"${text}"`);
const segment = fc.array(fc.oneof(word, word, quoted), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const prompt = fc.constantFrom('$ ', '# ', 'root@host:/# ', 'user@web01:~$ ', '[root@rocky ~]# ');

const command = fc.record({ prompt, segments: fc.array(segment, { minLength: 1, maxLength: 3 }) });
// Output a student must not paste: any line that does not itself read as a prompt and a command.
const output = fc
  .string({ maxLength: 30 })
  .map((text) => text.replace(/[\r\n\\]/gu, ''))
  .filter((line) => matchPrompt(line) === undefined);

const session = fc.array(fc.oneof(command, output), { minLength: 1, maxLength: 12 });

describe('copyText of a console session', () => {
  test('is the commands alone, continuations joined, whatever the prompts and output', () => {
    fc.assert(
      fc.property(session, (entries) => {
        const lines: string[] = [];
        const commands: string[] = [];
        for (const entry of entries) {
          if (typeof entry === 'string') {
            lines.push(entry);
            continue;
          }
          const { prompt: shown, segments } = entry;
          segments.forEach((text, index) => {
            const last = index === segments.length - 1;
            lines.push(`${index === 0 ? shown : '  '}${text}${last ? '' : ' \\'}`);
          });
          commands.push(segments.join(' '));
        }
        expect(copyText('session', 'console', lines.join('\n'))).toBe(commands.join('\n'));
      }),
      { numRuns: 500 },
    );
  });
});
