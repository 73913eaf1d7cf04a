import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The visible label; it names the switch. */
  children: ComponentChildren;
  /** Id of an element with more detail (the mode, where a rule comes from). */
  describedBy?: string;
  disabled?: boolean;
  id?: string;
  /** Shown while a change is on its way: the switch keeps its place but ignores clicks. */
  busy?: boolean;
}

/**
 * An on/off switch: a button with role="switch", so screen readers say "on"/"off" and Space or
 * Enter flips it. The visible label is part of the button, so clicking the words flips it too.
 */
export function Switch({ checked, onChange, children, describedBy, disabled, id, busy }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      class="gloss-switch"
      aria-checked={checked ? 'true' : 'false'}
      aria-describedby={describedBy}
      aria-busy={busy ? 'true' : undefined}
      disabled={disabled}
      onClick={() => {
        if (!busy) onChange(!checked);
      }}
    >
      <span class="gloss-switch__label">{children}</span>
      <span class="gloss-switch__track" aria-hidden="true">
        <span class="gloss-switch__thumb" />
      </span>
    </button>
  );
}
