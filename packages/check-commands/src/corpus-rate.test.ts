import { describe, expect, test } from 'vitest';
import { checkSources } from './check.ts';
import { errorRate } from './corpus-rate.ts';

describe('errorRate', () => {
  test('returns the session commands and those with an error, a continued command counted once', async () => {
    const text = [
      '```console',
      '$ docker ps -a',
      'CONTAINER ID',
      '$ docker run \\',
      '    --cpu=1 ubuntu',
      '```',
      '',
      '```bash',
      'docker contaner ls',
      '```',
      '',
    ].join('\n');
    const rate = errorRate(text, await checkSources([{ file: 'a.md', text }]));
    expect(rate).toEqual({ commands: 2, failing: 1 });
  });
});
