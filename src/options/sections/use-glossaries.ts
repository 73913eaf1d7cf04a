import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackgroundRequest, GlossaryInfo, ImportOutcome, Result } from '../../core/messages/index.ts';
import type { OptionsPorts } from '../browser-api.ts';

/** The requests that change the list; each answers with the glossaries as they are now. */
type GlossaryChange = Extract<BackgroundRequest, { type: 'setGlossaryEnabled' | 'moveGlossary' | 'removeGlossary' }>;

export interface GlossariesController {
  /** Null until the background has answered. */
  list: GlossaryInfo[] | null;
  /** The background could not list them. */
  failed: boolean;
  change(request: GlossaryChange): Promise<Result<GlossaryInfo[]>>;
  importFile(fileName: string, text: string): Promise<Result<ImportOutcome>>;
  exportFile(id: string): Promise<Result<{ fileName: string; text: string }>>;
}

/**
 * The reader's glossaries as the background holds them. Changes made in another window show too:
 * every change the background makes to them rewrites the compiled terms, and the list is read
 * again then.
 */
export function useGlossaries(ports: OptionsPorts): GlossariesController {
  const [list, setList] = useState<GlossaryInfo[] | null>(null);
  const [failed, setFailed] = useState(false);
  const alive = useRef(true);

  const load = async (): Promise<void> => {
    const answer = await ports.background.request({ type: 'listGlossaries' });
    if (!alive.current) return;
    if (answer.ok) {
      setList(answer.value);
      setFailed(false);
    } else setFailed(true);
  };

  useEffect(() => {
    alive.current = true;
    void load();
    const unsubscribe = ports.onTermsChanged(() => void load());
    return () => {
      alive.current = false;
      unsubscribe();
    };
  }, [ports]);

  return {
    list,
    failed,
    async change(request) {
      const answer = await ports.background.request(request);
      if (answer.ok && alive.current) setList(answer.value);
      return answer;
    },
    async importFile(fileName, text) {
      const answer = await ports.background.request({ type: 'importGlossary', fileName, text });
      if (answer.ok && answer.value.ok) await load();
      return answer;
    },
    exportFile: (id) => ports.background.request({ type: 'exportGlossary', id }),
  };
}
