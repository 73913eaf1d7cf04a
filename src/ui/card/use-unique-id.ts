import { useState } from 'preact/hooks';

let counter = 0;

/**
 * An id prefix unique in this JavaScript realm. Preact's useId restarts per render root, so two
 * cards mounted separately (two shadow roots, or the popup's list and card) could collide.
 */
export function useUniqueId(prefix: string): string {
  const [id] = useState(() => `${prefix}-${++counter}`);
  return id;
}
