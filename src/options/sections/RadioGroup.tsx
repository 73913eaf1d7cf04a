import type { ComponentChildren } from 'preact';

interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** A sentence under the label, read as the radio's description. */
  hint?: string;
}

export interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  children?: ComponentChildren;
}

/** Native radios in a fieldset: arrow keys, labels and names come from the browser. */
export function RadioGroup<T extends string>({ name, legend, options, value, onChange, disabled, children }: RadioGroupProps<T>) {
  return (
    <fieldset class="gloss-radios" disabled={disabled}>
      <legend class="gloss-radios__legend">{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div class="gloss-radio" key={option.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={option.value === value}
              aria-describedby={option.hint === undefined ? undefined : `${id}-hint`}
              onChange={() => onChange(option.value)}
            />
            <div class="gloss-radio__text">
              <label for={id}>{option.label}</label>
              {option.hint !== undefined && (
                <p class="gloss-radio__hint" id={`${id}-hint`}>
                  {option.hint}
                </p>
              )}
            </div>
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
