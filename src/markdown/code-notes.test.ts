import { describe, expect, test } from 'vitest';
import { codeNotes, withCode } from './code-notes.ts';

describe('withCode', () => {
  test('returns backticked words as code elements between text', () => {
    expect(withCode('지금은 `docker compose`처럼 씁니다')).toEqual([
      { type: 'text', value: '지금은 ' },
      { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'docker compose' }] },
      { type: 'text', value: '처럼 씁니다' },
    ]);
  });

  test('returns plain text as one text node', () => {
    expect(withCode('예전 명령입니다.')).toEqual([{ type: 'text', value: '예전 명령입니다.' }]);
  });
});

describe('codeNotes', () => {
  test('returns nothing for no notes', () => {
    expect(codeNotes([])).toBeUndefined();
  });

  test('returns a note box named for screen readers with one paragraph per distinct text', () => {
    const note = { severity: 'info', rule: 'end-of-life', text: '`centos:7` 이미지는 지원이 끝났습니다.' } as const;
    const element = codeNotes([note, note, { severity: 'warning', rule: 'deprecated', text: '예전 명령입니다.' }]);
    expect(element).toMatchObject({
      tagName: 'div',
      properties: { className: ['code-notes'], role: 'note', ariaLabel: '이 명령에 대해 알아 둘 점' },
    });
    expect(element?.children.map((p) => p.type === 'element' && p.properties)).toEqual([
      { className: ['code-note'], dataSeverity: 'info', dataRule: 'end-of-life' },
      { className: ['code-note'], dataSeverity: 'warning', dataRule: 'deprecated' },
    ]);
  });

  test('returns each paragraph with a decorative icon first', () => {
    const element = codeNotes([{ severity: 'warning', rule: 'deprecated', text: '예전 명령입니다.' }]);
    const [paragraph] = element?.children ?? [];
    expect(paragraph?.type === 'element' && paragraph.children[0]).toMatchObject({
      tagName: 'svg',
      properties: { ariaHidden: 'true', focusable: 'false' },
    });
  });
});
