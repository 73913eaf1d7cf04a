import { useEffect, useRef, useState } from 'preact/hooks';

/** How long "Copied" stays visible. */
export const COPY_STATUS_MS = 2500;

export interface CopyStatus {
  kind: 'copied' | 'failed';
  /** What was copied: 'entry' or a fact's key, so only that button shows the tick. */
  target: string;
}

export type CopyFn = (text: string) => void | Promise<void>;

/**
 * Hands text to the host's clipboard callback and keeps a short-lived status for the live region.
 * A callback that throws or rejects gives "Could not copy" instead of a silent nothing.
 */
export function useCopyStatus(onCopy: CopyFn | undefined) {
  const [status, setStatus] = useState<CopyStatus | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const show = (next: CopyStatus): void => {
    if (!mounted.current) return;
    setStatus(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (mounted.current) setStatus(null);
    }, COPY_STATUS_MS);
  };

  const copy = (text: string, target: string): void => {
    if (onCopy === undefined) return;
    let result: void | Promise<void>;
    try {
      result = onCopy(text);
    } catch {
      show({ kind: 'failed', target });
      return;
    }
    // Promise.resolve also adopts thenables from another realm (a page's clipboard promise).
    Promise.resolve(result).then(
      () => show({ kind: 'copied', target }),
      () => show({ kind: 'failed', target }),
    );
  };

  return { status, copy };
}
