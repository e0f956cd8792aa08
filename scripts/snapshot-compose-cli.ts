/** Regenerates packages/check-commands/data/cli/docker-compose.json from the transcribed reference in packages/check-commands/data/cli/docker-compose-reference.yaml. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { composeSpec, type ComposeReference } from '../packages/check-commands/src/spec/compose-reference.ts';

const reference = parse(
  readFileSync(new URL('../packages/check-commands/data/cli/docker-compose-reference.yaml', import.meta.url), 'utf8'),
) as ComposeReference;
const spec = composeSpec(reference);
writeFileSync(
  new URL('../packages/check-commands/data/cli/docker-compose.json', import.meta.url),
  `${JSON.stringify(spec, null, 1)}\n`,
);
console.log(
  `snapshot-compose-cli: ${Object.keys(spec.commands).length} commands → packages/check-commands/data/cli/docker-compose.json`,
);
