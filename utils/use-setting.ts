/**
 * Preact hooks over settings: the value stays current with storage (a change in any context shows
 * at once), and a failed write is handed to the page's `WriteErrorContext` while the value stays
 * what storage still holds.
 */
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import type { Setting } from './settings';

/** Where a page shows a failed write; the default ignores it (tests without a page). */
export const WriteErrorContext = createContext<(error: unknown) => void>(() => undefined);

export interface SettingState<T> {
  value: T;
  /** False until storage has answered (the value is the default until then). */
  loaded: boolean;
  /** Stores `next`; false when the write failed (the error went to `WriteErrorContext`). */
  save(next: T): Promise<boolean>;
}

export function useSetting<T>(setting: Setting<T>): SettingState<T> {
  const [value, setValue] = useState<T>(setting.fallback);
  const [loaded, setLoaded] = useState(false);
  const reportWriteError = useContext(WriteErrorContext);

  useEffect(() => {
    let active = true;
    void setting.getValue().then((stored) => {
      if (!active) return;
      setValue(() => stored);
      setLoaded(true);
    });
    const unwatch = setting.watch((next) => setValue(() => next));
    return () => {
      active = false;
      unwatch();
    };
  }, [setting]);

  const save = useCallback(
    async (next: T) => {
      try {
        await setting.setValue(next);
        setValue(() => next);
        return true;
      } catch (error) {
        reportWriteError(error);
        return false;
      }
    },
    [setting, reportWriteError],
  );

  return { value, loaded, save };
}
