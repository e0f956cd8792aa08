import { describe, expect, test } from 'vitest';
import {
  commandsOf,
  continues,
  isSession,
  joinCommand,
  matchPrompt,
  parseSession,
  type CommandPart,
} from './console-session.ts';

describe('matchPrompt', () => {
  test.each([
    ['$ docker ps', '$ ', 'shell'],
    ['# docker image ls', '# ', 'shell'],
    ['  $ docker search 이미지', '  $ ', 'shell'],
    ['root@roror:/etc# docker tag ubuntu me/ubuntu', 'root@roror:/etc# ', 'shell'],
    ['root@3f2a1b:/# mysql -uroot -p', 'root@3f2a1b:/# ', 'shell'],
    ['user@host:~$ ls', 'user@host:~$ ', 'shell'],
    ['[root@rocky ~]# systemctl status docker', '[root@rocky ~]# ', 'shell'],
    ['[user@host dir]$ docker ps', '[user@host dir]$ ', 'shell'],
    ['PS C:\\Users\\me> docker info', 'PS C:\\Users\\me> ', 'shell'],
    ['mysql> show databases;', 'mysql> ', 'sql'],
    ['MariaDB [(none)]> show databases;', 'MariaDB [(none)]> ', 'sql'],
  ])('returns the prompt of %j', (line, prompt, interpreter) => {
    expect(matchPrompt(line)).toEqual({ prompt, interpreter });
  });

  test.each([['$ '], ['# '], ['hello world'], ['#comment'], ['CONTAINER ID   IMAGE']])(
    'returns undefined for %j, which has no command after a prompt',
    (line) => {
      expect(matchPrompt(line)).toBeUndefined();
    },
  );
});

describe('continues', () => {
  test.each([
    ['docker run \\', true],
    ['docker run \\  ', true],
    ['echo \\\\', false],
    ['docker run', false],
  ])('says whether %j continues (%s)', (text, expected) => {
    expect(continues(text)).toBe(expected);
  });
});

describe('parseSession', () => {
  test('returns commands with their continuations and output lines in order', () => {
    const parts = parseSession('$ docker run -d \\\n    -p 80:80 nginx\nabc123\n$ docker ps\nCONTAINER ID');
    expect(parts.map((part) => part.kind)).toEqual(['command', 'output', 'command', 'output']);
    const first = parts[0] as CommandPart;
    expect(first.lines).toEqual([
      { line: 0, column: 2, text: 'docker run -d \\' },
      { line: 1, column: 0, text: '    -p 80:80 nginx' },
    ]);
    expect(parts[1]).toEqual({ kind: 'output', line: 2, text: 'abc123' });
  });

  test('returns a command whose quoted text spans lines as one command, output after it', () => {
    const parts = parseSession('$ echo "FROM httpd\nEXPOSE 80" > Dockerfile\n$ docker build .\nok');
    expect(parts.map((part) => part.kind)).toEqual(['command', 'command', 'output']);
    expect((parts[0] as CommandPart).lines.map((row) => row.text)).toEqual([
      'echo "FROM httpd',
      'EXPOSE 80" > Dockerfile',
    ]);
  });

  test("returns a continuation line's `> ` second prompt as a column, not as command text", () => {
    const [first] = parseSession("$ sh -c 'echo a\n> echo b'");
    expect((first as CommandPart).lines[1]).toEqual({ line: 1, column: 2, text: "echo b'" });
  });

  test("returns a comment's apostrophe as closing nothing: the next line is output", () => {
    expect(parseSession("$ docker ps # it's empty\nCONTAINER ID").map((part) => part.kind)).toEqual([
      'command',
      'output',
    ]);
  });

  test('returns CRLF input split like LF input', () => {
    expect(parseSession('$ ls\r\nfile\r\n')).toEqual(parseSession('$ ls\nfile\n'));
  });
});

describe('joinCommand', () => {
  test('returns continuation lines joined into one line without backslashes', () => {
    const [command] = parseSession('$ sudo curl -L "https://x/y" \\\n    -o /usr/local/bin/docker-compose');
    expect(joinCommand(command as CommandPart)).toBe('sudo curl -L "https://x/y" -o /usr/local/bin/docker-compose');
  });

  test('returns a line break inside quotes as written, for the shell to read', () => {
    const [command] = parseSession('$ echo "FROM httpd\n  COPY . /app" > Dockerfile');
    expect(joinCommand(command as CommandPart)).toBe('echo "FROM httpd\n  COPY . /app" > Dockerfile');
  });
});

describe('isSession', () => {
  test.each([
    ['$ docker ps', true],
    ['REPOSITORY TAG', false],
  ])('says whether %j is a session (%s)', (code, expected) => {
    expect(isSession(code)).toBe(expected);
  });
});

describe('commandsOf', () => {
  test('returns SQL client commands too, for the copy button', () => {
    expect(commandsOf(parseSession('MariaDB [(none)]> show databases;\n+----+'))).toEqual(['show databases;']);
  });
});
