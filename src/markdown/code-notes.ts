/**
 * The note under a code block that tells students what the command checker knows: a `role="note"`
 * box named for screen readers, one paragraph per finding with a decorative clock icon (inline SVG,
 * stroked by CSS) and the Korean text, whose `backticked` words become <code>.
 */
import type { Element, ElementContent } from 'hast';
import { t } from '../i18n/ko.ts';
import type { Severity } from '../../packages/check-commands/index.ts';

export interface CodeNote {
  severity: Severity;
  rule: string;
  text: string;
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/** Text with `backticked` parts as <code> elements. */
export function withCode(text: string): ElementContent[] {
  return text
    .split('`')
    .map((part, index): ElementContent =>
      index % 2 === 1 ? element('code', {}, [{ type: 'text', value: part }]) : { type: 'text', value: part },
    )
    .filter((node) => node.type !== 'text' || node.value !== '');
}

/** A clock: what the notes are about is time passing (end of life, retired commands). */
function icon(): Element {
  return element(
    'svg',
    { className: ['code-note-icon'], viewBox: '0 0 24 24', ariaHidden: 'true', focusable: 'false' },
    [element('circle', { cx: '12', cy: '12', r: '9.5' }), element('path', { d: 'M12 7v5l3.5 2' })],
  );
}

/** The note element for a block's findings, or undefined when there are none; repeated texts appear once. */
export function codeNotes(notes: readonly CodeNote[]): Element | undefined {
  const seen = new Set<string>();
  const unique = notes.filter((note) => !seen.has(note.text) && seen.add(note.text));
  if (unique.length === 0) return undefined;
  return element(
    'div',
    { className: ['code-notes'], role: 'note', ariaLabel: t('codeNotes.label') },
    unique.map((note) =>
      element('p', { className: ['code-note'], dataSeverity: note.severity, dataRule: note.rule }, [
        icon(),
        element('span', {}, withCode(note.text)),
      ]),
    ),
  );
}
