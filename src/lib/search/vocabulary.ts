/**
 * The search vocabulary a teacher extends (content/search-vocabulary.yaml): names that mean the
 * same, everyday verbs, question fillers and pasted errors. Read and checked at build time; a bad
 * entry fails with `file:line:col error search-vocabulary/<rule> …` naming what to fix.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { TermGroup } from './lexicon.ts';

/** Where the lessons fix one error: a lesson, a heading of it ('' for its start), words of the commands to quote. */
export interface ErrorFix {
  lesson: string;
  section: string;
  commands: string[];
  /** 1-based line of the fix in the vocabulary file, for error messages about it. */
  line: number;
}

/** A message students paste, and where the lessons fix it; one section of the errors page. */
export interface ErrorEntry {
  id: string;
  title: string;
  messages: string[];
  cause: string;
  fixes: ErrorFix[];
  line: number;
}

export interface Vocabulary {
  terms: TermGroup[];
  fillers: string[];
  errors: ErrorEntry[];
}

/** What the browser needs: everything but the errors page's text. */
export type ClientVocabulary = Omit<Vocabulary, 'errors'>;

export const EMPTY_VOCABULARY: Vocabulary = { terms: [], fillers: [], errors: [] };

const SECTIONS = ['names', 'verbs', 'fillers', 'errors'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

class VocabularyError extends Error {}

interface Reader {
  fail: (node: Node | null | undefined, rule: string, message: string) => never;
  line: (node: Node | null | undefined) => number;
}

function reader(file: string, counter: LineCounter): Reader {
  const position = (node: Node | null | undefined) => counter.linePos(node?.range?.[0] ?? 0);
  return {
    line: (node) => position(node).line,
    fail: (node, rule, message) => {
      const { line, col } = position(node);
      throw new VocabularyError(`${file}:${line}:${col} error search-vocabulary/${rule} ${message}`);
    },
  };
}

function strings(value: Node | null | undefined, at: Reader, what: string, allowEmpty = false): string[] {
  if (!isSeq(value)) return at.fail(value, 'not-a-list', `${what} must be a list of words, like [도커, docker].`);
  // A bare number (a port, 13306) reads as a word too.
  const list = value.items.map((item) => {
    const scalar = (item as { value?: unknown }).value;
    return typeof scalar === 'number' ? String(scalar) : scalar;
  });
  const bad = list.findIndex((item) => typeof item !== 'string' || item.trim() === '');
  if (bad !== -1)
    at.fail(
      value.items[bad] as Node,
      'not-a-word',
      `${what} item ${bad + 1} must be a non-empty word; found ${JSON.stringify(list[bad])}.`,
    );
  if (!allowEmpty && list.length === 0)
    at.fail(value, 'empty', `${what} is empty: list at least one word or delete it.`);
  return list as string[];
}

function only(node: Node, keys: readonly string[], at: Reader, what: string): void {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value);
    if (!keys.includes(key))
      at.fail(
        pair.key as Node,
        'unknown-field',
        `${what} has "${key}"; it takes ${keys.map((k) => `"${k}"`).join(', ')}.`,
      );
  }
}

function readNames(node: Node, at: Reader, index: number): TermGroup {
  const what = `names entry ${index + 1}`;
  if (isSeq(node)) return { names: strings(node, at, what) };
  if (!isMap(node))
    return at.fail(
      node,
      'bad-entry',
      `${what} must be a list of names or { names: […], commands: […], options: […] }.`,
    );
  only(node, ['names', 'commands', 'options'], at, what);
  const commands = node.get('commands', true) as Node | undefined;
  const options = node.get('options', true) as Node | undefined;
  return {
    names: strings(node.get('names', true), at, `${what} names`),
    ...(commands ? { commands: strings(commands, at, `${what} commands`) } : {}),
    ...(options ? { options: strings(options, at, `${what} options`) } : {}),
  };
}

function readVerb(node: Node, at: Reader, index: number): TermGroup {
  const what = `verbs entry ${index + 1}`;
  if (!isMap(node)) return at.fail(node, 'bad-entry', `${what} must be { words: […], stems: […], commands: […] }.`);
  only(node, ['words', 'stems', 'commands'], at, what);
  const commands = node.get('commands', true) as Node | undefined;
  return {
    names: strings(node.get('words', true), at, `${what} words`),
    stems: strings(node.get('stems', true), at, `${what} stems`),
    ...(commands ? { commands: strings(commands, at, `${what} commands`) } : {}),
  };
}

function text(node: Node, key: string, at: Reader, what: string, allowEmpty = false): string {
  const value = (node as unknown as { get: (key: string) => unknown }).get(key);
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === ''))
    at.fail(node, 'missing-field', `${what} needs "${key}" as text; found ${JSON.stringify(value)}.`);
  return value.trim();
}

function readFix(node: Node, at: Reader, what: string): ErrorFix {
  if (!isMap(node)) return at.fail(node, 'bad-entry', `${what} must be { lesson, section, commands }.`);
  only(node, ['lesson', 'section', 'commands'], at, what);
  const commands = node.get('commands', true) as Node | undefined;
  return {
    lesson: text(node, 'lesson', at, what),
    section: text(node, 'section', at, what, true),
    commands: commands ? strings(commands, at, `${what} commands`, true) : [],
    line: at.line(node),
  };
}

function readError(node: Node, at: Reader, index: number): ErrorEntry {
  const what = `errors entry ${index + 1}`;
  if (!isMap(node)) return at.fail(node, 'bad-entry', `${what} must be { id, title, messages, cause, fixes }.`);
  only(node, ['id', 'title', 'messages', 'cause', 'fixes'], at, what);
  const id = text(node, 'id', at, what);
  if (!ID.test(id))
    at.fail(node, 'bad-id', `${what} id "${id}" must be lower-case words joined by -, like port-allocated.`);
  const fixes = node.get('fixes', true) as Node | undefined;
  if (!isSeq(fixes) || fixes.items.length === 0)
    at.fail(fixes ?? node, 'no-fix', `${what} (${id}) needs "fixes": at least one { lesson, section, commands }.`);
  return {
    id,
    title: text(node, 'title', at, what),
    messages: strings(node.get('messages', true), at, `${what} (${id}) messages`),
    cause: text(node, 'cause', at, what),
    fixes: (fixes as { items: Node[] }).items.map((fix, n) => readFix(fix, at, `${what} (${id}) fix ${n + 1}`)),
    line: at.line(node),
  };
}

/** Checks that no word names two groups, and no error id is used twice. */
function checkUnique(vocabulary: Vocabulary, nodes: Map<unknown, Node>, at: Reader): void {
  const owner = new Map<string, TermGroup>();
  for (const group of vocabulary.terms) {
    for (const name of group.names) {
      const key = name.toLowerCase().replace(/\s+/gu, '');
      const first = owner.get(key);
      if (first && first !== group)
        at.fail(
          nodes.get(group),
          'duplicate-name',
          `"${name}" is already in the group [${first.names.join(', ')}] (line ${at.line(nodes.get(first))}); merge the two groups.`,
        );
      owner.set(key, group);
    }
  }
  const ids = new Set<string>();
  for (const entry of vocabulary.errors) {
    if (ids.has(entry.id))
      at.fail(nodes.get(entry), 'duplicate-id', `error id "${entry.id}" is used twice; give each error its own id.`);
    ids.add(entry.id);
  }
}

/** Reads and checks the vocabulary YAML; throws `file:line:col error search-vocabulary/…` on a bad entry. */
export function parseVocabulary(source: string, file: string): Vocabulary {
  const counter = new LineCounter();
  const document = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const at = reader(file, counter);
  const [syntax] = document.errors;
  if (syntax) {
    const { line, col } = counter.linePos(syntax.pos[0]);
    throw new VocabularyError(
      `${file}:${line}:${col} error search-vocabulary/yaml ${syntax.message.split('\n')[0] ?? ''}`,
    );
  }
  const root = document.contents;
  if (root === null) return EMPTY_VOCABULARY;
  if (!isMap(root)) return at.fail(root, 'bad-file', `expected sections ${SECTIONS.join(', ')} at the top level.`);
  only(root, SECTIONS, at, 'the file');
  const list = (key: string): Node[] => {
    const node = root.get(key, true) as Node | undefined;
    if (node === undefined) return [];
    if (!isSeq(node)) return at.fail(node, 'not-a-list', `"${key}" must be a list.`);
    return node.items as Node[];
  };
  const nodes = new Map<unknown, Node>();
  const keep = <T>(node: Node, value: T): T => (nodes.set(value, node), value);
  const fillerNode = root.get('fillers', true) as Node | undefined;
  const vocabulary: Vocabulary = {
    terms: [
      ...list('names').map((node, index) => keep(node, readNames(node, at, index))),
      ...list('verbs').map((node, index) => keep(node, readVerb(node, at, index))),
    ],
    fillers: fillerNode ? strings(fillerNode, at, 'fillers', true) : [],
    errors: list('errors').map((node, index) => keep(node, readError(node, at, index))),
  };
  checkUnique(vocabulary, nodes, at);
  return vocabulary;
}

/** The part of the vocabulary the browser loads with the search index. */
export function clientVocabulary(vocabulary: Vocabulary): ClientVocabulary {
  return { terms: vocabulary.terms, fillers: vocabulary.fillers };
}
