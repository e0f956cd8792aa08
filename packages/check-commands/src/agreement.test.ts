/**
 * The promise of the code-block model: what a student copies from a block is exactly what the
 * build checked. One row per (language, code): the block's kind, the copy button's text and the
 * scripts the checker parses.
 */
import { describe, expect, test } from 'vitest';
import { copyText, joinCommand, makeBlock, parseSession, type CommandPart } from '../../code-blocks/index.ts';
import { checkSources } from './check.ts';
import { blockScripts } from './shell/scripts.ts';

/** A checked script as the one line a student would paste: continuations joined. */
const pasted = (script: string): string =>
  joinCommand(
    parseSession(`$ ${script}`).find((p): p is CommandPart => p.kind === 'command') ?? {
      kind: 'command',
      prompt: '',
      interpreter: 'shell',
      lines: [],
    },
  );

describe.each([
  // lang, meta, code, kind, copied, checked
  [
    'console',
    '',
    '$ docker ps\nCONTAINER ID\n# docker run \\\n  -d nginx',
    'session',
    'docker ps\ndocker run -d nginx',
    ['docker ps', 'docker run \\\n  -d nginx'],
  ],
  ['bash', '', '$ docker ps\nCONTAINER ID   IMAGE', 'session', 'docker ps', ['docker ps']],
  [
    'bash',
    '',
    '# 설치\nsudo dnf install -y docker-ce',
    'script',
    '# 설치\nsudo dnf install -y docker-ce',
    ['# 설치\nsudo dnf install -y docker-ce'],
  ],
  ['text', '', '# docker ps -a', 'other', '# docker ps -a', []],
  ['text', '', '[root@rocky ~]# docker images\nREPOSITORY', 'session', 'docker images', ['docker images']],
  ['', '', '$ docker pull ubuntu', 'session', 'docker pull ubuntu', ['docker pull ubuntu']],
  ['console', '', 'mysql> SHOW DATABASES;\n$ docker ps', 'session', 'SHOW DATABASES;\ndocker ps', ['docker ps']],
  ['powershell', '', 'wsl --install', 'script', 'wsl --install', []],
  ['text', 'output', 'CONTAINER ID   IMAGE\n$ not a command', 'output', '', []],
  [
    'sh',
    'synopsis',
    'docker search TERM\n# 설명\n$ docker cp  # 로컬 파일을 컨테이너로',
    'synopsis',
    '',
    ['docker search TERM', 'docker cp  # 로컬 파일을 컨테이너로'],
  ],
  [
    'dockerfile',
    '',
    'FROM ubuntu:24.04\nRUN apt-get update',
    'dockerfile',
    'FROM ubuntu:24.04\nRUN apt-get update',
    [],
  ],
  ['yaml', '', 'services:\n  web:\n    image: nginx', 'compose', 'services:\n  web:\n    image: nginx', []],
] as const)('a %s block (meta %j) with %j', (lang, meta, code, kind, copied, checked) => {
  const block = makeBlock(lang, code, meta);

  test(`is a ${kind} block, copied and checked as the table says`, () => {
    expect(block.kind).toBe(kind);
    expect(copyText(block.kind, block.lang, block.code)).toBe(copied);
    expect(blockScripts(block).map((script) => script.text)).toEqual(checked);
  });

  test('copies every shell command it checks, exactly as checked (a synopsis is checked, never copied)', () => {
    const copiedLines = new Set(kind === 'session' ? copied.split('\n') : [copied]);
    const scripts = blockScripts(block).map((script) => (kind === 'session' ? pasted(script.text) : script.text));
    const offered = kind === 'synopsis' ? [] : scripts;
    expect(offered.filter((script) => !copiedLines.has(script))).toEqual([]);
  });
});

describe('checkSources', () => {
  test('checks a session inside a blockquote, at the file column after `> `', async () => {
    const text = '# 제목\n\n> 참고:\n>\n> ```console\n> $ docker conatiner ls\n> ```\n';
    const [diagnostic] = await checkSources([{ file: 'a.mdx', text }]);
    expect(diagnostic).toMatchObject({ line: 6, column: 12, severity: 'error', rule: 'unknown-command' });
  });

  test('checks a bash block written with prompts without its prompts', async () => {
    const text = '```bash\n$ docker run --name -it ubuntu\n```\n';
    const [diagnostic] = await checkSources([{ file: 'a.md', text }]);
    expect(diagnostic).toMatchObject({ line: 2, rule: 'flag-needs-value' });
  });

  test('checks a synopsis leniently: names must exist, arguments may be left out', async () => {
    const text =
      '```sh synopsis\ndocker search\ndocker run --cpu=1 IMAGE\ndocker conatiner ls\ndocker cp  # 설명\n```\n';
    const diagnostics = await checkSources([{ file: 'a.md', text }]);
    expect(diagnostics.map((d) => `${d.line} ${d.severity} ${d.rule}`)).toEqual([
      '3 error unknown-flag',
      '4 error unknown-command',
    ]);
  });

  test('reports an MDX file that does not parse at its line, instead of checking nothing', async () => {
    const [diagnostic] = await checkSources([{ file: 'a.mdx', text: '문장 <b>\n\n```console\n$ docker ps\n```\n' }]);
    expect(diagnostic).toMatchObject({ line: 1, severity: 'error', rule: 'mdx-syntax' });
  });
});
