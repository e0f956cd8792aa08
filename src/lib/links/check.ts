/**
 * The link rules over a built site: every internal link reaches a built file, every `#anchor` an
 * element id on its page, nothing escapes Astro's `base`, and links to other origins open safely.
 */
import type { ScannedPage } from './scan-html.ts';
import { candidateFiles, resolveLink, type SiteOptions, type Target } from './resolve.ts';
import { unsafeScheme } from './unsafe-scheme.ts';

export type Rule = 'missing-file' | 'missing-anchor' | 'outside-base' | 'unsafe-external' | 'unsafe-scheme';

export interface Problem {
  /** The built HTML file, relative to the output directory. */
  page: string;
  line: number;
  link: string;
  rule: Rule;
  message: string;
}

export interface CheckOptions extends SiteOptions {
  /** Path prefixes written after the check runs (e.g. `pagefind/`), taken on trust. */
  generated?: readonly string[];
}

/** Fragments a browser honours without a matching id. */
const BUILTIN_FRAGMENTS: ReadonlySet<string> = new Set(['top']);

/** Elements whose external links a reader follows, and so must not hand over `window.opener`. */
const NAVIGATING: ReadonlySet<string> = new Set(['a', 'area']);

const SAFE_REL: readonly string[] = ['noopener', 'noreferrer'];

/** Lists the ids of a page for a "did you mean" hint, shortest first. */
function someIds(ids: ReadonlySet<string>): string {
  const list = [...ids].sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, 8);
  return list.length === 0
    ? 'the page has no ids'
    : `ids on that page include ${list.map((id) => `"${id}"`).join(', ')}`;
}

export interface LinkChecker {
  /** Checks one page's references; anchors into pages not yet added wait for `finish`. */
  add: (page: string, scanned: ScannedPage) => void;
  /** Checks the waiting anchors and returns every problem, in the order the pages were added. */
  finish: () => Problem[];
}

/** An anchor into another page, checked once every page's ids are known. */
interface PendingAnchor {
  problem: Omit<Problem, 'rule' | 'message'>;
  file: string;
  fragment: string;
}

/**
 * A checker over the built `files` that takes pages one at a time and keeps only their ids, so
 * the million sidebar links of a 1,000-lesson site are never all in memory at once.
 */
export function createLinkChecker(files: ReadonlySet<string>, options: CheckOptions): LinkChecker {
  const problems: Problem[] = [];
  const pending: PendingAnchor[] = [];
  const ids = new Map<string, ReadonlySet<string>>();
  const generated = options.generated ?? [];
  // Most links repeat on every page (the sidebar): resolve and look up each one once.
  const resolved = new Map<string, Target>();
  const resolve = (link: string, page: string): Target => {
    const key =
      link.startsWith('/') && !link.startsWith('//')
        ? link
        : `${link.startsWith('#') ? page : page.slice(0, page.lastIndexOf('/') + 1)}\0${link}`;
    let target = resolved.get(key);
    if (!target) {
      target = resolveLink(link, page, options);
      resolved.set(key, target);
    }
    return target;
  };
  const located = new Map<string, string | undefined>();
  const locate = (sitePath: string): string | undefined => {
    if (!located.has(sitePath))
      located.set(
        sitePath,
        candidateFiles(sitePath).find((file) => files.has(file)),
      );
    return located.get(sitePath);
  };
  const anchorProblem = (at: PendingAnchor['problem'], file: string, fragment: string): Problem | undefined => {
    const known = ids.get(file);
    if (!known || BUILTIN_FRAGMENTS.has(fragment) || known.has(fragment)) return undefined;
    const where = file === at.page ? 'this page' : file;
    const message = `link ${at.link} names #${fragment}, which ${where} does not have; ${someIds(known)}`;
    return { ...at, rule: 'missing-anchor', message };
  };

  return {
    add(page, scanned) {
      ids.set(page, scanned.ids);
      for (const ref of scanned.refs) {
        const report = (rule: Rule, message: string): void => {
          problems.push({ page, line: ref.line, link: ref.value, rule, message });
        };
        const scheme = unsafeScheme(ref.value);
        if (scheme !== undefined) {
          report(
            'unsafe-scheme',
            `${ref.tag} ${ref.attr} ${ref.value} is a ${scheme} URL, which runs script or reads the reader's disk; remove it or link to an http(s) page`,
          );
          continue;
        }
        const target = resolve(ref.value, page);
        if (target.kind === 'external') {
          if (NAVIGATING.has(ref.tag) && !SAFE_REL.some((word) => ref.rel.includes(word))) {
            report(
              'unsafe-external',
              `external link ${ref.value} has no rel="noopener": add it so the opened page cannot control this one`,
            );
          }
          continue;
        }
        if (target.kind === 'outside-base') {
          report(
            'outside-base',
            `link ${ref.value} leaves the site base ${options.base}: build internal links with href() from src/lib/href.ts, or make them relative`,
          );
          continue;
        }
        if (target.kind !== 'internal') continue;
        if (generated.some((prefix) => target.path.startsWith(prefix))) continue;
        const file = locate(target.path);
        if (!file) {
          report(
            'missing-file',
            `link ${ref.value} goes nowhere: no built file at ${candidateFiles(target.path).join(' or ')}; fix the link or add the page it names`,
          );
          continue;
        }
        if (target.fragment === undefined || !file.endsWith('.html')) continue;
        pending.push({ problem: { page, line: ref.line, link: ref.value }, file, fragment: target.fragment });
      }
    },
    finish() {
      const anchors = pending.flatMap((anchor) => anchorProblem(anchor.problem, anchor.file, anchor.fragment) ?? []);
      const order = new Map([...ids.keys()].map((page, index) => [page, index]));
      const position = (problem: Problem): number => order.get(problem.page) ?? 0;
      return [...problems, ...anchors].sort((a, b) => position(a) - position(b) || a.line - b.line);
    },
  };
}

/** Checks every reference of every scanned page against the set of built `files`. */
export function checkLinks(
  pages: ReadonlyMap<string, ScannedPage>,
  files: ReadonlySet<string>,
  options: CheckOptions,
): Problem[] {
  const checker = createLinkChecker(files, options);
  for (const [page, scanned] of pages) checker.add(page, scanned);
  return checker.finish();
}
