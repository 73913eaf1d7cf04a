/** The Gloss mark: a "G" over the dotted underline Gloss draws under a term (icons/gloss.svg). Decorative. */
export function GlossMark({ size = 22 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 128 128" class="gloss-icon">
      <rect x="4" y="4" width="120" height="120" rx="26" fill="#1f3a5f" />
      <path d="M88.5 41.5 A32 32 0 1 0 94 70 L94 66 L66 66" fill="none" stroke="#ffffff" stroke-width="13" stroke-linecap="round" stroke-linejoin="round" />
      <g fill="#f2b84b">
        <circle cx="30" cy="106" r="6" />
        <circle cx="52" cy="106" r="6" />
        <circle cx="74" cy="106" r="6" />
        <circle cx="96" cy="106" r="6" />
      </g>
    </svg>
  );
}
