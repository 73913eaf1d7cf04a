// Small inline icons for the card, the popup and the options page. They are decorative, so hidden
// from assistive technology: the control around each one carries the name.

interface IconProps {
  /** The card styles its icons apart (`gloss-card__icon`); the pages use `gloss-icon`. */
  class?: string;
}

function svgProps(cls: string | undefined, size = 16) {
  return {
    'aria-hidden': 'true' as const,
    focusable: 'false' as const,
    width: size,
    height: size,
    viewBox: '0 0 16 16',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': 1.6,
    'stroke-linecap': 'round' as const,
    'stroke-linejoin': 'round' as const,
    class: cls ?? 'gloss-icon',
  };
}

export function CloseIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls)}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}

export function CopyIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls)}>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-.5A1.5 1.5 0 0 0 9 1.5H4A1.5 1.5 0 0 0 2.5 3v5A1.5 1.5 0 0 0 4 9.5h.5" />
    </svg>
  );
}

export function CheckIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls)}>
      <path d="M3 8.5l3 3 7-7" />
    </svg>
  );
}

export function ExternalIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls, 11)}>
      <path d="M6 3H3.5A1.5 1.5 0 0 0 2 4.5v8A1.5 1.5 0 0 0 3.5 14h8a1.5 1.5 0 0 0 1.5-1.5V10M9 2h5v5M14 2L7.5 8.5" />
    </svg>
  );
}

export function DisputedIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls, 13)}>
      <path d="M8 1.8l6.4 11.2H1.6z" />
      <path d="M8 6.5v3M8 11.4v.1" />
    </svg>
  );
}

export function SearchIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls)}>
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5L14 14" />
    </svg>
  );
}

export function SettingsIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls)}>
      <path d="M2.5 4.5h6M12.5 4.5h1M2.5 11.5h1M7.5 11.5h6" />
      <circle cx="10.5" cy="4.5" r="2" />
      <circle cx="5.5" cy="11.5" r="2" />
    </svg>
  );
}

export function DownloadIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls)}>
      <path d="M8 2.5v8M4.5 7L8 10.5 11.5 7M3 13.5h10" />
    </svg>
  );
}

export function UploadIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls)}>
      <path d="M8 10.5v-8M4.5 6L8 2.5 11.5 6M3 13.5h10" />
    </svg>
  );
}

/** Converting a figure to other units: two opposed arrows. */
export function ConvertIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls, 14)}>
      <path d="M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13" />
    </svg>
  );
}

/** "More below": the scroll cue at the foot of the card. */
export function ChevronDownIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls, 14)}>
      <path d="M4 6l4 4 4-4" />
    </svg>
  );
}

/** Stop marking a term: an eye, struck through. */
export function MuteIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls)}>
      <path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8z" />
      <circle cx="8" cy="8" r="2" />
      <path d="M2.5 13.5l11-11" />
    </svg>
  );
}

/** Turn Gloss off on a site: a globe, struck through. */
export function SiteOffIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls)}>
      <circle cx="8" cy="8" r="6" />
      <path d="M2 8h12M8 2c1.8 1.7 2.6 3.7 2.6 6S9.8 12.3 8 14M8 2C6.2 3.7 5.4 5.7 5.4 8s.8 4.3 2.6 6" />
      <path d="M2.5 13.5l11-11" />
    </svg>
  );
}

/** An entry past its freshness: a clock. */
export function ClockIcon({ class: cls }: IconProps) {
  return (
    <svg {...svgProps(cls, 13)}>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.5V8l2.5 1.5" />
    </svg>
  );
}
