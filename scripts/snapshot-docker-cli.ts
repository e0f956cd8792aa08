/**
 * Regenerates packages/check-commands/data/cli/docker.json from the installed docker client's `--help` output.
 * No engine is needed. Run with `npm run snapshot:docker` after upgrading the docker client.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { snapshotDocker } from '../packages/check-commands/src/spec/docker-snapshot.ts';

const OUT = new URL('../packages/check-commands/data/cli/docker.json', import.meta.url);

const run = (args: readonly string[]): string =>
  execFileSync('docker', [...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '200' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });

const version = /version ([\w.-]+)/u.exec(run(['--version']))?.[1];
if (version === undefined) {
  console.error('snapshot-docker-cli: `docker --version` printed no version; is the docker client installed?');
  process.exitCode = 1;
} else {
  const spec = snapshotDocker((args) => run([...args, '--help']), version);
  writeFileSync(OUT, `${JSON.stringify(spec, null, 1)}\n`);
  console.log(
    `snapshot-docker-cli: ${Object.keys(spec.commands).length} commands from docker ${version} → packages/check-commands/data/cli/docker.json`,
  );
}
