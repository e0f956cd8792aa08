import { describe, expect, test } from 'vitest';
import { offlineView, type OfflineStrings } from './offline-view.ts';

const strings: OfflineStrings = {
  saving: '저장 중… {percent}%',
  saved: '저장됨',
  failed: '실패',
  removed: '지웠습니다',
};

describe('offlineView', () => {
  test('returns a save button and no status when nothing is saved', () => {
    expect(offlineView({ kind: 'idle' }, strings)).toEqual({
      status: '',
      percent: undefined,
      canSave: true,
      canRemove: false,
    });
  });

  test.each([
    [0, 0, 0],
    [0, 98, 0],
    [49, 98, 50],
    [97, 98, 98],
    [98, 98, 100],
  ])('returns %d of %d files as %d %% while saving, with no button', (done, total, percent) => {
    expect(offlineView({ kind: 'saving', done, total }, strings)).toEqual({
      status: `저장 중… ${percent}%`,
      percent,
      canSave: false,
      canRemove: false,
    });
  });

  test('returns 저장됨 and a remove button only when saved', () => {
    expect(offlineView({ kind: 'saved' }, strings)).toEqual({
      status: '저장됨',
      percent: undefined,
      canSave: false,
      canRemove: true,
    });
  });

  test.each([
    ['failed', '실패'],
    ['removed', '지웠습니다'],
  ] as const)('returns the save button again when %s', (kind, status) => {
    expect(offlineView({ kind }, strings)).toEqual({ status, percent: undefined, canSave: true, canRemove: false });
  });
});
