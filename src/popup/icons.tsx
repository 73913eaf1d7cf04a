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

export function SearchIcon() {
  return (
    <svg {...stroke}>
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5L14 14" />
    </svg>
  );
}

export function SettingsIcon() {
  return (
    <svg {...stroke}>
      <path d="M2.5 4.5h6M12.5 4.5h1M2.5 11.5h1M7.5 11.5h6" />
      <circle cx="10.5" cy="4.5" r="2" />
      <circle cx="5.5" cy="11.5" r="2" />
    </svg>
  );
}
