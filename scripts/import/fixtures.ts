/**
 * The importer's fixture folders: `fixtures/<case>/input.txt` (or `input.md`) and the expected
 * `output.mdx` and `report.txt`. Shared by the fixture loop and the build test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { decode } from './decode.ts';
import { importNote, type Imported } from './index.ts';
import type { GlossaryTerm } from './frontmatter.ts';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** The parts the fixtures are imported into: fixed, so that editing content/ does not change them. */
export const FIXTURE_PARTS = [
  'setup',
  'virtualization',
  'architecture',
  'images-containers',
  'commands',
  'lab-database',
  'compose-volumes',
];

/** Fixture folder names, sorted. */
export const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The input note of a fixture folder. */
export function inputOf(name: string): string {
  const file = ['input.txt', 'input.md']
    .map((candidate) => path.join(FIXTURES, name, candidate))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`fixtures/${name}: add input.txt or input.md`);
  return file;
}

/** Imports a fixture's note with the fixed parts and the glossary snapshot in fixtures/glossary.yaml. */
export function importFixture(name: string): { result: Imported; text: string } {
  const input = inputOf(name);
  const { text } = decode(readFileSync(input));
  const glossary = parse(readFileSync(path.join(FIXTURES, 'glossary.yaml'), 'utf8')) as GlossaryTerm[];
  const result = importNote(text, {
    file: `${name}${path.extname(input)}`,
    parts: FIXTURE_PARTS,
    lessons: [],
    glossary,
    imageExists: (src) => existsSync(path.resolve(FIXTURES, name, src)),
    slug: name,
  });
  return { result, text };
}

/** The lines a person should look at, one per line: `line: rule message`. */
export function reportOf(result: Imported): string {
  const lines = [
    ...result.issues.map((issue) => `${issue.line}: ${issue.rule} ${issue.message}`),
    ...result.lost.map((line) => `${line}: lost-line`),
  ];
  return `${lines.join('\n')}\n`;
}
