/**
 * Regenerates packages/check-commands/data/cli/docker-reference.json from Docker's reference YAML:
 * `npm run snapshot:docker-reference -- <docker/docs checkout>/data/cli/engine`. Each file's commit
 * comes from git, the docker/cli version from the checkout's go.mod. Only what the files add to
 * docker.json (the installed client's --help snapshot) is written.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import dockerSpec from '../packages/check-commands/data/cli/docker.json' with { type: 'json' };
import {
  referenceAdditions,
  type DockerReference,
  type ReferenceFile,
} from '../packages/check-commands/src/spec/docker-reference.ts';

const OUT = new URL('../packages/check-commands/data/cli/docker-reference.json', import.meta.url);
const USAGE = 'usage: npm run snapshot:docker-reference -- <docker/docs checkout>/data/cli/engine';

/** The last commit that touched `file`, or `unknown` outside a git checkout. */
function commitOf(file: string): string {
  try {
    return execFileSync('git', ['-C', path.dirname(file), 'log', '-1', '--format=%H', '--', path.basename(file)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

const folder = process.argv[2];
if (folder === undefined) {
  console.error(`snapshot-docker-reference: error expected the folder of reference YAML files\n${USAGE}`);
  process.exit(1);
}
const files = readdirSync(folder)
  .filter((name) => /^docker(?:_[\w-]+)?\.ya?ml$/u.test(name))
  .sort();
if (files.length === 0) {
  console.error(`snapshot-docker-reference: error ${folder} holds no docker*.yaml files\n${USAGE}`);
  process.exit(1);
}
const goMod = readFileSync(path.join(folder, '..', '..', '..', 'go.mod'), 'utf8').toString();
const version = /github\.com\/docker\/cli v([\w.-]+)/u.exec(goMod)?.[1] ?? 'unknown';
const reference: DockerReference & { note: string } = {
  source: `docker/docs data/cli/engine/*.yaml, the reference docker/cli generates from its commands (docker/cli v${version})`,
  version,
  note: 'What the reference adds to docker.json (the docker --help snapshot): hidden flags, which --help never lists but the CLI parses, newer flags, and deprecations. Regenerate from a docker/docs checkout: npm run snapshot:docker-reference -- <docker/docs>/data/cli/engine',
  commands: {},
};
for (const name of files) {
  const file = path.join(folder, name);
  const parsed = parse(readFileSync(file, 'utf8')) as ReferenceFile | null;
  if (!parsed?.command) continue;
  const added = referenceAdditions(parsed, dockerSpec, { file: name, commit: commitOf(file) });
  if (added) reference.commands[parsed.command] = added;
}
writeFileSync(OUT, `${JSON.stringify(reference, null, 1)}\n`);
console.log(
  `snapshot-docker-reference: ${files.length} files read, ${Object.keys(reference.commands).length} commands add to docker.json → packages/check-commands/data/cli/docker-reference.json`,
);
