import { describe, expect, test } from 'vitest';
import { codeBlocks } from '../../../code-blocks/index.ts';
import { blockScripts } from './scripts.ts';

const scriptsOf = (markdown: string) => {
  const [block] = codeBlocks(markdown);
  return block ? blockScripts(block) : [];
};

describe('blockScripts', () => {
  test('returns one script per prompt command of a console block, mapped to file lines and columns', () => {
    const scripts = scriptsOf(
      'text\n\n```console\n$ docker ps\nCONTAINER ID\n[root@rocky ~]# docker run \\\n  -d nginx\n```\n',
    );
    expect(scripts.map((s) => s.text)).toEqual(['docker ps', 'docker run \\\n  -d nginx']);
    expect(scripts[1]?.position(0)).toEqual({ line: 6, column: 17 });
    expect(scripts[1]?.position(15)).toEqual({ line: 7, column: 3 });
  });

  test('returns the whole block of a bash script', () => {
    const [script] = scriptsOf('```bash\n# comment\ndocker ps\n```\n');
    expect(script?.text).toBe('# comment\ndocker ps');
    expect(script?.position(10)).toEqual({ line: 3, column: 1 });
  });

  test('returns sessions from a bash block written with prompts', () => {
    expect(scriptsOf('```bash\n$ docker ps\nCONTAINER ID\n```\n').map((s) => s.text)).toEqual(['docker ps']);
  });

  test('returns no scripts for SQL prompts, YAML or plain text without prompts', () => {
    expect(scriptsOf('```console\nmysql> SELECT 1;\n```\n')).toEqual([]);
    expect(scriptsOf('```yaml\nservices: {}\n```\n')).toEqual([]);
    expect(scriptsOf('```text\n# 제목 같은 줄\n```\n')).toEqual([]);
  });
});
