/** What the offline panel shows in each state of saving: the status line, the progress and which buttons. */

export type OfflineState =
  | { kind: 'idle' }
  | { kind: 'saving'; done: number; total: number }
  | { kind: 'saved' }
  | { kind: 'failed' }
  | { kind: 'removed' };

/** The panel's strings, from src/i18n/ko.ts through the component's data attributes. */
export interface OfflineStrings {
  /** With `{percent}`. */
  saving: string;
  saved: string;
  failed: string;
  removed: string;
}

export interface OfflineView {
  status: string;
  /** 0–100 while saving, otherwise undefined (no progress bar). */
  percent: number | undefined;
  canSave: boolean;
  canRemove: boolean;
}

/** The view of `state`. */
export function offlineView(state: OfflineState, strings: OfflineStrings): OfflineView {
  switch (state.kind) {
    case 'idle':
      return { status: '', percent: undefined, canSave: true, canRemove: false };
    case 'saving': {
      const percent = state.total > 0 ? Math.floor((100 * state.done) / state.total) : 0;
      return {
        status: strings.saving.replace('{percent}', String(percent)),
        percent,
        canSave: false,
        canRemove: false,
      };
    }
    case 'saved':
      return { status: strings.saved, percent: undefined, canSave: false, canRemove: true };
    case 'failed':
      return { status: strings.failed, percent: undefined, canSave: true, canRemove: false };
    case 'removed':
      return { status: strings.removed, percent: undefined, canSave: true, canRemove: false };
  }
}
