/**
 * A page's one status line: errors (a write that failed, a refused file) are announced assertively,
 * confirmations politely. A status is a catalogue key, so it follows a language switch like the
 * rest of the page. `data-status` tells tests which kind is shown.
 */
import { useCallback, useState } from 'preact/hooks';
import { fillTemplate, type MessageParams } from '../../guidance/i18n';
import type { Lang } from '../../guidance/types';
import { SettingWriteError } from '../../utils/settings';
import type { UiTexts } from '../../utils/ui-messages';

export interface Status {
  kind: 'error' | 'info';
  key: keyof UiTexts;
  params?: MessageParams;
}

export function StatusMessage({ status, texts, lang }: { status: Status | null; texts: UiTexts; lang: Lang }) {
  const text = status ? fillTemplate(texts[status.key], status.params ?? {}, lang) : '';
  // Both regions stay in the DOM so screen readers announce text that appears in them.
  return (
    <div class="status-message">
      <p role="alert" class="status-message__error" data-status={status?.kind === 'error' ? 'error' : undefined}>
        {status?.kind === 'error' ? text : ''}
      </p>
      <p role="status" class="status-message__info" data-status={status?.kind === 'info' ? 'info' : undefined}>
        {status?.kind === 'info' ? text : ''}
      </p>
    </div>
  );
}

/** The status for a failed settings write. */
export function writeErrorStatus(error: unknown): Status {
  const failure = error instanceof SettingWriteError ? error.failure : 'failed';
  const keys = { quota: 'settingsErrorQuota', invalid: 'settingsErrorInvalid', failed: 'settingsErrorFailed' } as const;
  return { kind: 'error', key: keys[failure] };
}

/** A page's status line state; `reportWriteError` goes into `WriteErrorContext`. */
export function useStatus() {
  const [status, setStatus] = useState<Status | null>(null);
  const reportWriteError = useCallback((error: unknown) => setStatus(writeErrorStatus(error)), []);
  return { status, setStatus, reportWriteError };
}
