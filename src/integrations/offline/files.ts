/**
 * The files the offline build step writes at the root of the site (relative to Astro's `base`, so
 * the same bytes serve `/` and `/docker-course/`), shared by the step and the control that uses them.
 */
export const OFFLINE_FILES = {
  /** The service worker; its scope is the site's base. Hosts must serve it with `Cache-Control: no-cache`. */
  worker: 'sw.js',
  /** `{ files, bytes }`: what saving the course stores, for the control to show before the reader agrees. */
  facts: 'offline.json',
  manifest: 'manifest.webmanifest',
  touchIcon: 'icons/apple-touch-icon.png',
} as const;

/**
 * The home-screen icons, drawn from the favicon: `any` as it is, `maskable` full-bleed on the accent
 * colour with the mark inside the safe zone, for platforms that crop icons to their own shape.
 */
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** iOS reads its icon from `<link rel="apple-touch-icon">` and rounds the corners itself. */
export const TOUCH_ICON = { file: OFFLINE_FILES.touchIcon, size: 180, purpose: 'maskable' } as const;

export type Icon = (typeof ICONS)[number] | typeof TOUCH_ICON;

export interface OfflineFacts {
  /** Files the service worker stores. */
  files: number;
  /** Their size in bytes, as stored on the device. */
  bytes: number;
}
