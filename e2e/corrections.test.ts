/**
 * The lab-breaking corrections of issue 20 stay on the built site: each row of
 * e2e/corrections.yaml must be found in one 덧붙임 callout of its lesson page and of the print
 * page of the lesson's part, which the PDF handouts are printed from. Reads DIST_DIR (default
 * dist/); no browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Nodes } from 'hast';
import { DIST } from './support/site.ts';

interface Correction {
  issue: number;
  finding: number;
  lesson: string;
  text: string[];
  code: string[];
  facts: string[];
}

/** What a callout says: its words, and the text of each of its code blocks. */
interface Callout {
  title: string;
  words: string;
  code: string[];
}

const TABLE = 'e2e/corrections.yaml';
const FACTS = 'packages/check-commands/data/facts.json';
const MARK = '덧붙임';

/** The rows of the table, or an error naming the row and the field that is wrong. */
function readTable(): Correction[] {
  const rows: unknown = parse(readFileSync(TABLE, 'utf8'));
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`${TABLE}: expected a list of corrections.`);
  return rows.map((row: Record<string, unknown>, index) => {
    const strings = (field: string): string[] => {
      const value = row[field];
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
        throw new Error(
          `${TABLE}: row ${index + 1} (issue ${String(row['issue'])}): "${field}" must be a list of strings.`,
        );
      }
      return value;
    };
    if (typeof row['lesson'] !== 'string' || typeof row['issue'] !== 'number' || typeof row['finding'] !== 'number') {
      throw new Error(`${TABLE}: row ${index + 1} needs "issue" and "finding" numbers and a "lesson" slug.`);
    }
    return {
      issue: row['issue'],
      finding: row['finding'],
      lesson: row['lesson'],
      text: strings('text'),
      code: strings('code'),
      facts: strings('facts'),
    };
  });
}

/** The text of a node with runs of white space (line breaks in the MDX) read as one space. */
function textOf(node: Nodes): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text.replace(/\s+/gu, ' ').trim();
}

/** Every callout on a built page whose title begins with 덧붙임. */
function additions(file: string): Callout[] {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const found: Callout[] = [];
  visit(tree, 'element', (node: Element) => {
    const label = node.properties['ariaLabel'];
    if (node.tagName !== 'aside' || typeof label !== 'string' || !label.startsWith(MARK)) return;
    const code: string[] = [];
    visit(node, 'element', (child: Element) => {
      if (child.tagName === 'pre') code.push(textOf(child));
    });
    found.push({ title: label, words: textOf(node), code });
  });
  return found;
}

/** The part a lesson belongs to, from its frontmatter. */
function partOf(slug: string): string {
  const source = readFileSync(path.join('content/lessons', slug, 'index.mdx'), 'utf8');
  const { part } = parse(source.split(/^---$/mu)[1] ?? '') as { part?: unknown };
  if (typeof part !== 'string') throw new Error(`content/lessons/${slug}/index.mdx: frontmatter has no "part".`);
  return part;
}

/** True when one callout holds every text of the correction and every command in its code blocks. */
function holds(callout: Callout, correction: Correction): boolean {
  return (
    correction.text.every((text) => callout.words.includes(text)) &&
    correction.code.every((command) => callout.code.some((block) => block.includes(command)))
  );
}

const cases = readTable().map((row) => [row.issue, row.finding, row.lesson, row] as const);

describe('the corrections of issue 20', () => {
  test.each(cases)(
    'issue %i (finding %i) stays in a 덧붙임 on lessons/%s/',
    (_issue, _finding, _lesson, correction) => {
      const page = path.join(DIST, 'lessons', correction.lesson, 'index.html');
      const callouts = additions(page);
      expect(callouts.length, `${page} has no callout titled ${MARK}`).toBeGreaterThan(0);
      expect(
        callouts.some((callout) => holds(callout, correction)),
        `no 덧붙임 callout of ${page} holds ${JSON.stringify(correction.text)} with ${JSON.stringify(correction.code)} in a code block; its 덧붙임 callouts: ${callouts.map((callout) => callout.title).join(' | ')}`,
      ).toBe(true);
    },
  );

  test.each(cases)(
    'issue %i (finding %i) is printed with the part of lessons/%s/',
    (_issue, _finding, _lesson, correction) => {
      const page = path.join(DIST, 'print', 'parts', partOf(correction.lesson), 'index.html');
      expect(
        additions(page).some((callout) => holds(callout, correction)),
        `no 덧붙임 callout of ${page} holds ${JSON.stringify(correction.text)} with ${JSON.stringify(correction.code)}`,
      ).toBe(true);
    },
  );

  test('cites only dated facts that facts.json holds', () => {
    const { facts } = JSON.parse(readFileSync(FACTS, 'utf8')) as { facts: { id: string }[] };
    const known = new Set(facts.map((fact) => fact.id));
    const cited = cases.flatMap(([issue, , , correction]) => correction.facts.map((id) => ({ issue, id })));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((fact) => !known.has(fact.id))).toEqual([]);
  });
});
