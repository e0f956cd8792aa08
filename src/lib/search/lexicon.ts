/**
 * Interchangeable search words: the vocabulary's groups (`우분투` ↔ `ubuntu`, `지우다` ↔ `삭제` ↔
 * `rm`) merged with the course glossary (`ko`, `en` and `aliases` of each term), looked up both ways
 * and regardless of spacing (`도커허브` finds the group of `도커 허브`).
 */
import { isEndingOnly, verbForms } from './endings.ts';
import { normalize } from './normalize.ts';

/** One group of the vocabulary: names that mean the same, verb stems for them, commands they stand for. */
export interface TermGroup {
  /** Interchangeable names, the first the one the lessons use most. */
  names: readonly string[];
  /** Verb stems that mean the same (`지우` for `지우는`, `지워서`). */
  stems?: readonly string[];
  /**
   * Commands the group's words stand for (`삭제` → `rm`, `rmi`): searched for the words, and a
   * command typed alone finds the names, but not the group's other commands.
   */
  commands?: readonly string[];
  /**
   * Options that stand for the names (`-v` for 볼륨): looked up like a verb's stem, but never searched
   * for the names, so a 볼륨 query does not search `v` or `publish`.
   */
  options?: readonly string[];
}

/** A glossary entry as search needs it (the shape of content/glossary.yaml). */
export interface GlossaryNames {
  ko: string;
  en: string;
  aliases?: readonly string[];
}

export interface Group {
  names: string[];
  commands: string[];
  stems: string[];
}

export interface Lexicon {
  groups: Group[];
  /** Group index by spacing-free name. */
  byKey: Map<string, number>;
  /** Group index by command, for a command typed alone. */
  byCommand: Map<string, number>;
  /** Verb stems and options, longest first, with the group they mean. */
  stems: { stem: string; group: number }[];
  fillers: Set<string>;
}

/** How a query word found its group. */
export type Via = 'name' | 'stem' | 'command';

export interface Found {
  group: Group;
  via: Via;
}

/** The spacing-free form two spellings share (`도커 허브` and `도커허브`). */
export function compact(word: string): string {
  return normalize(word).replace(/\s+/gu, '');
}

/** `Virtual Machine (VM)` names `virtual machine` (the name) and `vm` (another spelling). */
function spellings(name: string): { name: string; other?: string } {
  const inside = /\(([^)]*)\)/u.exec(name)?.[1];
  if (inside === undefined) return { name: normalize(name) };
  return { name: normalize(name.replace(/\([^)]*\)/gu, ' ')), other: normalize(inside) };
}

interface NameSet {
  /** Names that identify the term: a group sharing one is the same term. */
  names: string[];
  /** Other spellings and aliases: added only where no other term already claims them. */
  others: string[];
  commands: readonly string[];
  stems: readonly string[];
  options: readonly string[];
}

function fromGlossary(entry: GlossaryNames): NameSet {
  const ko = spellings(entry.ko);
  const en = spellings(entry.en);
  const others = [ko.other, en.other, ...(entry.aliases ?? []).map(normalize)].filter((name): name is string => !!name);
  return { names: [ko.name, en.name], others, commands: [], stems: [], options: [] };
}

function push(list: string[], item: string): void {
  if (item !== '' && !list.includes(item)) list.push(item);
}

/**
 * Builds the lexicon. A glossary term whose Korean or English name is already a group joins that
 * group; an alias another term already claims (`docker` in `Docker Client (docker)`) is left out,
 * so `도커` does not come to mean `클라이언트`.
 */
export function createLexicon(
  vocabulary: readonly TermGroup[],
  glossary: readonly GlossaryNames[] = [],
  fillers: readonly string[] = [],
): Lexicon {
  const lexicon: Lexicon = { groups: [], byKey: new Map(), byCommand: new Map(), stems: [], fillers: new Set() };
  const all: NameSet[] = [
    ...vocabulary.map((group) => ({
      names: group.names.map(normalize),
      others: [],
      commands: (group.commands ?? []).map(normalize),
      stems: (group.stems ?? []).map(normalize),
      options: (group.options ?? []).map(normalize),
    })),
    ...glossary.map(fromGlossary),
  ];
  for (const set of all) {
    const names = set.names.filter((name) => name !== '');
    const existing = names.map((name) => lexicon.byKey.get(compact(name))).find((index) => index !== undefined);
    const index = existing ?? lexicon.groups.push({ names: [], commands: [], stems: [] }) - 1;
    const target = lexicon.groups[index] ?? { names: [], commands: [], stems: [] };
    const free = set.others.filter((name) => name !== '' && (lexicon.byKey.get(compact(name)) ?? index) === index);
    for (const name of [...names, ...free]) {
      push(target.names, name);
      lexicon.byKey.set(compact(name), index);
    }
    for (const command of set.commands) {
      push(target.commands, command);
      if (!lexicon.byCommand.has(command)) lexicon.byCommand.set(command, index);
    }
    for (const stem of set.stems) {
      push(target.stems, stem);
      lexicon.stems.push({ stem, group: index });
    }
    for (const option of set.options) lexicon.stems.push({ stem: option, group: index });
  }
  lexicon.stems.sort((a, b) => b.stem.length - a.stem.length);
  for (const filler of fillers) lexicon.fillers.add(normalize(filler));
  return lexicon;
}

/** The group `word` belongs to and how it was found: by name, by a verb stem, or as a command. */
export function lookup(lexicon: Lexicon, word: string): Found | undefined {
  const key = compact(word);
  const found = (index: number | undefined, via: Via): Found | undefined => {
    const group = index === undefined ? undefined : lexicon.groups[index];
    return group && { group, via };
  };
  // The stems are read only for a word that is no name (each of its verb forms scans them all).
  const stemmed = (): number | undefined =>
    verbForms(word)
      .map((form) => lexicon.stems.find(({ stem }) => form.startsWith(stem) && isEndingOnly(form.slice(stem.length))))
      .find((entry) => entry !== undefined)?.group;
  return (
    found(lexicon.byKey.get(key), 'name') ?? found(stemmed(), 'stem') ?? found(lexicon.byCommand.get(key), 'command')
  );
}

/** The words interchangeable with `word`: its group's names, then its commands (a command typed alone: the names). */
export function synonyms(lexicon: Lexicon, word: string): string[] | undefined {
  const found = lookup(lexicon, word);
  if (!found) return undefined;
  return found.via === 'command' ? found.group.names : [...found.group.names, ...found.group.commands];
}

/** True when `word` only shapes the question and should not be searched for. */
export function isFiller(lexicon: Lexicon, word: string): boolean {
  return lexicon.fillers.has(word);
}

/** Every Hangul and Latin name the lexicon knows, for spelling fallbacks. */
export function lexiconNames(lexicon: Lexicon): string[] {
  return lexicon.groups.flatMap((group) => group.names);
}
