import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackgroundRequest, Result } from '../core/messages/index.ts';
import type { Settings } from '../core/settings/index.ts';
import type { OptionsPorts } from './browser-api.ts';

/** The requests that change the settings; each answers with the settings as stored. */
type SettingsWrite = Extract<BackgroundRequest, { type: 'setSiteRule' | 'setMuted' | 'updateSettings' | 'importSettings' | 'resetSettings' }>;

export interface SettingsController {
  /** Null until the background has answered. */
  settings: Settings | null;
  /** The background could not be read at all. */
  failed: boolean;
  write(request: SettingsWrite): Promise<Result<Settings>>;
}

/**
 * The settings as the background holds them, kept in step with storage.onChanged so another
 * window (or the popup) changing them shows here at once.
 */
export function useSettings(ports: OptionsPorts): SettingsController {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failed, setFailed] = useState(false);
  const alive = useRef(true);

  const load = async (): Promise<void> => {
    const answer = await ports.background.request({ type: 'getSettings' });
    if (!alive.current) return;
    if (answer.ok) {
      setSettings(answer.value);
      setFailed(false);
    } else setFailed(true);
  };

  useEffect(() => {
    alive.current = true;
    void load();
    const unsubscribe = ports.onSettingsChanged(() => void load());
    return () => {
      alive.current = false;
      unsubscribe();
    };
  }, []);

  return {
    settings,
    failed,
    async write(request) {
      const answer = await ports.background.request(request);
      if (answer.ok && alive.current) setSettings(answer.value);
      return answer;
    },
  };
}
