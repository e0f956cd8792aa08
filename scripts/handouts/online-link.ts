/**
 * The box each printed lesson gets when the site URL is known: a QR code and the address of the
 * lesson's online page, so a student with the paper copy can open the page with its copy buttons.
 */
import QRCode from 'qrcode';
import { t } from '../../src/i18n/ko.ts';
import { lessonPath, withBase } from '../../src/lib/paths.ts';

const escape = (text: string): string => text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);

/** The online address of lesson `id` on the site at `siteUrl` under `base`. */
export function lessonUrl(siteUrl: string, base: string, id: string): string {
  return new URL(withBase(base, lessonPath(id)), siteUrl).href;
}

/** The markup of the box (styled by `.print-online` in print.css). */
export async function onlineLinkHtml(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const label = escape(t('print.onlineAt'));
  const href = escape(url);
  return (
    `<aside class="print-online" aria-label="${label}">` +
    svg.replace('<svg ', `<svg role="img" aria-label="${label}: ${href}" `) +
    `<p>${label}<br><a data-print-url="no" href="${href}">${href}</a></p></aside>`
  );
}
