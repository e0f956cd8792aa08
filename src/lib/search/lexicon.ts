/**
 * Interchangeable search words: the built-in groups (`우분투` ↔ `ubuntu`, `지우다` ↔ `삭제` ↔ `rm`)
 * merged with the course glossary (`ko`, `en` and `aliases` of each term), looked up both ways and
 * regardless of spacing (`도커허브` finds the group of `도커 허브`).
 */
import type { TermGroup } from './builtin-terms.ts';
import { isEndingOnly } from './endings.ts';
import { normalize } from './normalize.ts';

/** A glossary entry as search needs it (the shape of content/glossary.yaml). */
export interface GlossaryNames {
  ko: string;
  en: string;
  aliases?: readonly string[];
}

export interface Lexicon {
  /** Word lists by spacing-free key. */
  groups: string[][];
  byKey: Map<string, number>;
  /** Verb stems, longest first, with the group they mean. */
  stems: { stem: string; group: number }[];
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
}

function fromGlossary(entry: GlossaryNames): NameSet {
  const ko = spellings(entry.ko);
  const en = spellings(entry.en);
  const others = [ko.other, en.other, ...(entry.aliases ?? []).map(normalize)].filter((name): name is string => !!name);
  return { names: [ko.name, en.name], others, commands: [], stems: [] };
}

/**
 * Builds the lexicon. A glossary term whose Korean or English name is already a group joins that
 * group; an alias another term already claims (`docker` in `Docker Client (docker)`) is left out,
 * so `도커` does not come to mean `클라이언트`.
 */
export function createLexicon(builtin: readonly TermGroup[], glossary: readonly GlossaryNames[] = []): Lexicon {
  const lexicon: Lexicon = { groups: [], byKey: new Map(), stems: [] };
  const all: NameSet[] = [
    ...builtin.map((group) => ({
      names: group.names.map(normalize),
      others: [],
      commands: group.commands ?? [],
      stems: group.stems ?? [],
    })),
    ...glossary.map(fromGlossary),
  ];
  for (const group of all) {
    const names = group.names.filter((name) => name !== '');
    const existing = names.map((name) => lexicon.byKey.get(compact(name))).find((index) => index !== undefined);
    const index = existing ?? lexicon.groups.push([]) - 1;
    const target = lexicon.groups[index] ?? [];
    const free = group.others.filter((name) => name !== '' && (lexicon.byKey.get(compact(name)) ?? index) === index);
    for (const name of [...names, ...free]) {
      if (!target.includes(name)) target.push(name);
      lexicon.byKey.set(compact(name), index);
    }
    for (const command of group.commands) if (!target.includes(command)) target.push(command);
    for (const stem of group.stems) lexicon.stems.push({ stem: normalize(stem), group: index });
  }
  lexicon.stems.sort((a, b) => b.stem.length - a.stem.length);
  return lexicon;
}

/** The words interchangeable with `word` (itself included first), or undefined when none is known. */
export function synonyms(lexicon: Lexicon, word: string): string[] | undefined {
  const index = lexicon.byKey.get(compact(word));
  if (index !== undefined) return lexicon.groups[index];
  const hit = lexicon.stems.find(({ stem }) => word.startsWith(stem) && isEndingOnly(word.slice(stem.length)));
  return hit ? lexicon.groups[hit.group] : undefined;
}
