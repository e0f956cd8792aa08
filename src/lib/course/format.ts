/** Durations in Korean for the schedule and the lesson pages. */
import { t } from '../../i18n/ko.ts';

/** `25분`, `1시간`, `1시간 5분`. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('time.minutes', { m });
  return m === 0 ? t('time.hours', { h }) : t('time.hoursMinutes', { h, m });
}
