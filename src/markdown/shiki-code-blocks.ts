/**
 * Shiki transformer for the course's code blocks: prompts that are not selected, placeholders
 * as `<var>`, output lines marked, and a frame with the language label and a copy button.
 */
import type { ShikiTransformer, ThemedToken } from 'shiki';
import type { Element, ElementContent } from 'hast';
import { t } from '../i18n/ko.ts';
import { parseFenceMeta } from '../../packages/code-blocks/index.ts';
import { codeMarks, type CodeMarks, type Mark } from './code-marks.ts';
import { languageLabel } from './language-label.ts';

interface Shared {
  marks?: CodeMarks;
}

/** Splits a line's tokens so that no token straddles a mark boundary. */
export function splitTokens(tokens: readonly ThemedToken[], marks: readonly Mark[]): ThemedToken[] {
  const cuts = [...new Set(marks.flatMap((mark) => [mark.start, mark.end]))].sort((a, b) => a - b);
  const out: ThemedToken[] = [];
  let column = 0;
  for (const token of tokens) {
    const end = column + token.content.length;
    let from = column;
    for (const cut of cuts) {
      if (cut <= from || cut >= end) continue;
      out.push({
        ...token,
        content: token.content.slice(from - column, cut - column),
        offset: token.offset + from - column,
      });
      from = cut;
    }
    out.push({ ...token, content: token.content.slice(from - column), offset: token.offset + from - column });
    column = end;
  }
  return out;
}

function markAt(marks: readonly Mark[] | undefined, column: number): Mark | undefined {
  return marks?.find((mark) => column >= mark.start && column < mark.end);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** The copy button; the script in src/scripts/copy.ts shows it where the clipboard can be used. */
function copyButton(label: string): Element {
  return element(
    'button',
    {
      type: 'button',
      className: ['code-copy'],
      hidden: true,
      ariaLabel: t('code.copyLabel', { lang: label }),
      dataCopied: t('code.copied'),
      dataFailed: t('code.copyFailed'),
    },
    [{ type: 'text', value: t('code.copy') }],
  );
}

/** The label of a deliberately wrong example, with the author's reason. */
function wrongLabel(reason: string): Element {
  return element('strong', { className: ['code-wrong'] }, [
    { type: 'text', value: t('code.wrongExample', { reason }) },
  ]);
}

/** The transformer; Astro runs it after its own, so it also removes Astro's inline `overflow` style. */
export function codeBlocks(): ShikiTransformer {
  return {
    name: 'course:code-blocks',
    tokens(lines) {
      const shared = this.meta as Shared;
      shared.marks = codeMarks(this.source, this.options.lang, this.options.meta?.__raw ?? '');
      return lines.map((tokens, index) => splitTokens(tokens, shared.marks?.marks.get(index) ?? []));
    },
    span(hast, line, col) {
      const mark = markAt((this.meta as Shared).marks?.marks.get(line - 1), col);
      if (mark?.kind === 'prompt') this.addClassToHast(hast, 'prompt');
      if (mark?.kind === 'placeholder') {
        hast.tagName = 'var';
        hast.properties['title'] = t('code.placeholder');
      }
    },
    line(hast, line) {
      if ((this.meta as Shared).marks?.output.has(line - 1)) this.addClassToHast(hast, 'output');
    },
    pre(hast) {
      delete hast.properties['style'];
      hast.properties['tabindex'] = 0;
    },
    root(root) {
      const pre = root.children.find((node): node is Element => node.type === 'element');
      if (!pre) return;
      const marks = (this.meta as Shared).marks;
      const lang = this.options.lang;
      const label = languageLabel(lang, marks?.kind ?? 'other');
      // A deliberate wrong example (fence meta expect-error="reason") is labelled and never offered for copying.
      const wrong = parseFenceMeta(this.options.meta?.__raw).get('expect-error');
      const copy = wrong === undefined ? (marks?.copy ?? '') : '';
      const caption = element('figcaption', { className: ['code-caption'] }, [
        element('span', { className: ['code-lang'] }, [{ type: 'text', value: label }]),
        // Expected output (fence meta `output`) is read, not run: it has no copy button.
        ...(marks?.kind === 'output' ? [] : [wrong === undefined ? copyButton(label) : wrongLabel(wrong)]),
      ]);
      const figure = element(
        'figure',
        {
          className: ['code'],
          dataLang: lang,
          dataKind: marks?.kind,
          dataCopy: copy || undefined,
          dataExpectError: wrong,
        },
        [caption, pre],
      );
      root.children = [figure];
    },
  };
}
