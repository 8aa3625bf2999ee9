/**
 * A page's one status line: errors (a write that failed, a refused file) are announced assertively,
 * confirmations politely. `data-status` tells tests which kind is shown.
 */
import { useCallback, useState } from 'preact/hooks';
import { SettingWriteError } from '../../utils/settings';
import type { UiTexts } from '../../utils/ui-messages';

export interface Status {
  kind: 'error' | 'info';
  text: string;
}

export function StatusMessage({ status }: { status: Status | null }) {
  // Both regions stay in the DOM so screen readers announce text that appears in them.
  return (
    <div class="status-message">
      <p role="alert" class="status-message__error" data-status={status?.kind === 'error' ? 'error' : undefined}>
        {status?.kind === 'error' ? status.text : ''}
      </p>
      <p role="status" class="status-message__info" data-status={status?.kind === 'info' ? 'info' : undefined}>
        {status?.kind === 'info' ? status.text : ''}
      </p>
    </div>
  );
}

/** The message for a failed settings write. */
export function writeErrorText(error: unknown, texts: UiTexts): string {
  const failure = error instanceof SettingWriteError ? error.failure : 'failed';
  return { quota: texts.settingsErrorQuota, invalid: texts.settingsErrorInvalid, failed: texts.settingsErrorFailed }[failure];
}

/** A page's status line state; `reportWriteError` goes into `WriteErrorContext`. */
export function useStatus(texts: UiTexts) {
  const [status, setStatus] = useState<Status | null>(null);
  const reportWriteError = useCallback((error: unknown) => setStatus({ kind: 'error', text: writeErrorText(error, texts) }), [texts]);
  return { status, setStatus, reportWriteError };
}
