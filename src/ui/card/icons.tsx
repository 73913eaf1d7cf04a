// Small inline icons; decorative, so hidden from assistive technology (the button carries the name).
const common = {
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
  class: 'gloss-card__icon',
};

export function CloseIcon() {
  return (
    <svg {...common}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}

export function CopyIcon() {
  return (
    <svg {...common}>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-.5A1.5 1.5 0 0 0 9 1.5H4A1.5 1.5 0 0 0 2.5 3v5A1.5 1.5 0 0 0 4 9.5h.5" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...common}>
      <path d="M3 8.5l3 3 7-7" />
    </svg>
  );
}

export function ExternalIcon() {
  return (
    <svg {...common} width={11} height={11}>
      <path d="M6 3H3.5A1.5 1.5 0 0 0 2 4.5v8A1.5 1.5 0 0 0 3.5 14h8a1.5 1.5 0 0 0 1.5-1.5V10M9 2h5v5M14 2L7.5 8.5" />
    </svg>
  );
}

export function DisputedIcon() {
  return (
    <svg {...common} width={13} height={13}>
      <path d="M8 1.8l6.4 11.2H1.6z" />
      <path d="M8 6.5v3M8 11.4v.1" />
    </svg>
  );
}
