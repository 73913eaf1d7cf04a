// Decorative inline icons; the controls around them carry the names.
const stroke = {
  'aria-hidden': 'true' as const,
  focusable: 'false' as const,
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 1.6,
  'stroke-linecap': 'round' as const,
  'stroke-linejoin': 'round' as const,
  class: 'gloss-icon',
};

export function CloseIcon() {
  return (
    <svg {...stroke}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}

export function DownloadIcon() {
  return (
    <svg {...stroke}>
      <path d="M8 2.5v8M4.5 7L8 10.5 11.5 7M3 13.5h10" />
    </svg>
  );
}

export function UploadIcon() {
  return (
    <svg {...stroke}>
      <path d="M8 10.5v-8M4.5 6L8 2.5 11.5 6M3 13.5h10" />
    </svg>
  );
}
