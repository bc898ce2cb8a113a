import { useMemo } from 'react';
import { qrGeometry } from '../../../shared/room/qr-code';

/** A QR code drawn as SVG, black on white whatever the theme (phones read it best that way). */
export function QrCode({ text, label, size }: { text: string; label: string; size: number }) {
  const geometry = useMemo(() => qrGeometry(text), [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${geometry.size} ${geometry.size}`}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={geometry.size} height={geometry.size} fill="#ffffff" />
      <path d={geometry.path} fill="#000000" />
    </svg>
  );
}
