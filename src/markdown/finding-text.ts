/**
 * What the command checker says about a block, in Korean for students: each warning and info maps
 * to a text in src/i18n/ko.ts keyed `finding.<rule>.<subject>` (or `finding.<rule>` for the whole
 * rule), filled from the finding's params. A finding without a text throws, so no English reaches a page.
 */
import { ko, type UiKey } from '../i18n/ko.ts';
import type { Diagnostic } from '../../packages/check-commands/index.ts';

export type NoteFinding = Pick<Diagnostic, 'severity' | 'rule' | 'subject' | 'params'>;

/**
 * Rules students do not see as a note: an expected error is the block's "잘못된 예" caption with the
 * author's reason; an allowed finding is in the checker's report only (the author chose to keep it).
 */
const NOT_NOTES: ReadonlySet<string> = new Set(['expected-error', 'allowed']);

/** True for the findings the page shows under their block: warnings and infos, except those shown otherwise. */
export function isNote(finding: Pick<Diagnostic, 'severity' | 'rule'>): boolean {
  return finding.severity !== 'error' && !NOT_NOTES.has(finding.rule);
}

/** `2024년 6월 30일` for `2024-06-30`, `2023년 10월` for `2023-10`; other text is returned as it is. */
export function koreanDate(date: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  return `${year}년 ${Number(month)}월${day === undefined ? '' : ` ${Number(day)}일`}`;
}

/** The dictionary key for `rule` and `subject`: the subject's own text first, then the rule's; undefined when neither exists. */
export function findingKey(rule: string, subject?: string): UiKey | undefined {
  const keys = [...(subject === undefined ? [] : [`finding.${rule}.${subject}`]), `finding.${rule}`];
  return keys.find((key): key is UiKey => key in ko);
}

/** The Korean text of a finding, its params filled (dates written the Korean way); throws naming the rule and the fix. */
export function findingText({ rule, subject, params = {} }: NoteFinding): string {
  const key = findingKey(rule, subject);
  const name = subject === undefined ? rule : `${rule}.${subject}`;
  if (key === undefined) {
    throw new Error(
      `the command checker's finding "${name}" has no Korean text for students. ` +
        `Add 'finding.${name}' (or 'finding.${rule}') to src/i18n/ko.ts, or allow="${rule}: 이유" on the block.`,
    );
  }
  const values: Record<string, string> = { ...params };
  if (values['since'] !== undefined) values['since'] = koreanDate(values['since']);
  const text = ko[key].replace(/\{(\w+)\}/gu, (slot, field: string) => values[field] ?? slot);
  const missing = /\{(\w+)\}/u.exec(text)?.[1];
  if (missing !== undefined) {
    throw new Error(`'${key}' in src/i18n/ko.ts needs {${missing}}, which the finding "${name}" does not give.`);
  }
  return text;
}
