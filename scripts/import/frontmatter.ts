/** The lesson's frontmatter: title, description, part, order, objectives, sources and tags. */
import { stringify } from 'yaml';
import type { Block } from './reading.ts';
import { isLabelRun } from './render.ts';
import { isBareCommand } from './prompts.ts';

export interface Frontmatter {
  title: string;
  description: string;
  part: string;
  order: number;
  objectives: string[];
  sources: string[];
  tags: string[];
}

export interface GlossaryTerm {
  id: string;
  ko: string;
  en: string;
  aliases: string[];
}

const MAX_DESCRIPTION = 160;

/** Text without Markdown emphasis, code marks or tags, for frontmatter strings. */
export function plainText(text: string): string {
  return text
    .replace(/<br\s*\/?>/giu, ' ')
    .replace(/<\/?(?:span|b|strong|i|em|kbd)\b[^<>]*>/giu, '')
    .replace(/<\/?(?:sup|sub)\b[^<>]*>/giu, ' ')
    .replace(/\*\*|`/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The first sentence of the first paragraph (or list item), at most 160 characters. */
export function describe(blocks: readonly Block[], fallback: string): string {
  const candidates = blocks.flatMap((block) => {
    if (block.kind === 'paragraph' && !isLabelRun(block.lines)) return [block.lines.join(' ')];
    if (block.kind === 'callout') return [block.lines.join(' ')];
    return block.kind === 'list' ? block.items.map((item) => item.text) : [];
  });
  const plain = candidates.map(plainText);
  // A sentence describes; a link line, a bare command or a usage line does not.
  const words = (candidate: string): number => [...candidate.replace(/https?:\/\/\S+|\[[^\]]*\]/gu, '').trim()].length;
  const describes = (candidate: string): boolean => words(candidate) >= 20 && !isBareCommand(candidate);
  const text = plain.find(describes) ?? plain.find((candidate) => [...candidate].length >= 20) ?? plain[0] ?? fallback;
  const sentence = /^(.+?[.!?。])(?:\s|$)/u.exec(text)?.[1] ?? text;
  if ([...sentence].length <= MAX_DESCRIPTION) return sentence;
  const cut = [...sentence].slice(0, MAX_DESCRIPTION - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DESCRIPTION / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An ASCII slug from the title's Latin words (two or more), else from the note's file name. */
export function slugify(title: string, fileStem: string): string {
  const words = [...new Set(title.toLowerCase().match(/[a-z0-9]+/gu) ?? [])];
  const fromTitle = words.join('-');
  if (/[a-z]/u.test(fromTitle) && words.length >= 2) return fromTitle.slice(0, 60).replace(/-+$/u, '');
  const stem: string[] = fileStem.toLowerCase().match(/[a-z0-9]+/gu) ?? [];
  // A title word the file name already has is not said twice (`Docker` and `docker-practice`).
  const extra = words.filter((word) => !stem.includes(word));
  return [...extra, ...stem].join('-').slice(0, 60).replace(/-+$/u, '') || 'lesson';
}

/** Words that point a note at a part; the part with the most hits wins. */
const PART_WORDS: Readonly<Record<string, readonly string[]>> = {
  setup: ['설치', 'virtualbox', 'rocky', 'mobaxterm', 'dnf', 'yum', 'install'],
  virtualization: ['가상화', '하이퍼바이저', 'hypervisor', '가상 머신', 'vm', 'lxc', 'guest os'],
  architecture: ['아키텍처', '데몬', 'daemon', '클라이언트', 'client', '레지스트리', 'registry'],
  'images-containers': ['이미지', '레이어', 'layer', 'dockerfile', 'copy-on-write'],
  commands: ['docker run', 'docker ps', 'docker pull', 'docker rm', 'docker container', 'docker image', '명령'],
  'lab-database': ['mysql', 'mariadb', '데이터베이스'],
  'compose-volumes': ['compose', '볼륨', 'volume'],
};

/** The part whose words the note uses most, among `parts` (the ids in parts.yaml). */
export function guessPart(text: string, parts: readonly string[]): string {
  const lower = text.toLowerCase();
  const score = (id: string): number =>
    (PART_WORDS[id] ?? []).reduce((sum, word) => sum + lower.split(word).length - 1, 0);
  return [...parts].sort((a, b) => score(b) - score(a) || parts.indexOf(a) - parts.indexOf(b))[0] ?? 'setup';
}

/** One more than the highest order in `part`. */
export function nextOrder(lessons: readonly { part: string; order: number }[], part: string): number {
  return Math.max(0, ...lessons.filter((lesson) => lesson.part === part).map((lesson) => lesson.order)) + 1;
}

/** Up to five glossary terms (Korean names) the note mentions at least twice, most mentioned first. */
export function pickTags(text: string, glossary: readonly GlossaryTerm[]): string[] {
  const lower = text.toLowerCase();
  const count = (term: GlossaryTerm): number =>
    [term.ko, term.en, ...term.aliases].reduce(
      (sum, name) => Math.max(sum, lower.split(name.toLowerCase()).length - 1),
      0,
    );
  return glossary
    .map((term, index) => ({ term, index, hits: count(term) }))
    .filter(({ hits }) => hits >= 2)
    .sort((a, b) => b.hits - a.hits || a.index - b.index)
    .slice(0, 5)
    .map(({ term }) => term.ko);
}

/** The YAML frontmatter block, `---` lines included. */
export function renderFrontmatter(meta: Frontmatter): string {
  // YAML would write a tab as `\t`: in a title or a description it is only a space.
  const space = (text: string): string => text.replace(/\t/gu, ' ');
  const spaced = {
    ...meta,
    title: space(meta.title),
    description: space(meta.description),
    objectives: meta.objectives.map(space),
  };
  return `---\n${stringify(spaced, { lineWidth: 0 })}---`;
}
