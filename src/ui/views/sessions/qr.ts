/** A QR code of a link, as an image (an SVG data URL made by uqr; nothing from the link is parsed as markup). */
import { renderSVG } from 'uqr';
import { el } from '../../app/shell';

/** An `<img>` of the QR code of `url`, described by `label`. */
export function qrImage(url: string, label: string): HTMLImageElement {
  const svg = renderSVG(url, { border: 1 });
  return el('img', { class: 'ss-qr', alt: label, 'data-testid': 'qr', src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
}
