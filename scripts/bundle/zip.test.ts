import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { zip } from './zip.ts';

describe('zip', () => {
  test('returns an archive that unzip lists and extracts byte for byte', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const text = '도커 입문 코스\n'.repeat(50);
    const archive = path.join(dir, 'a.zip');
    writeFileSync(
      archive,
      zip([
        { name: 'lessons/강의/index.html', data: Buffer.from(text) },
        { name: 'empty.txt', data: Buffer.alloc(0) },
      ]),
    );
    const python = `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; sys.stdout.write(z.read(sys.argv[2]).decode())`;
    expect(execFileSync('python3', ['-c', python, archive, 'lessons/강의/index.html'], { encoding: 'utf8' })).toBe(
      text,
    );
    expect(readFileSync(archive).subarray(0, 4).toString('hex')).toBe('504b0304');
  });
});
