/** Export of all settings to a JSON file, import from one (all or nothing), and reset to defaults. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Status } from '../../components/status-message';
import { originPattern } from '../../utils/custom-sites';
import { customSites } from '../../utils/settings';
import {
  exportSettings,
  importSettings,
  parseSettingsFile,
  resetSettings,
  SETTINGS_FILE_MAX_BYTES,
  type ImportProblem,
} from '../../utils/settings-file';
import type { UiTextState } from '../../utils/use-ui-text';
import { Section } from './section';

export const EXPORT_FILE_NAME = 'post-coach-settings.json';

function problemText(ui: UiTextState, problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too-big':
      return ui.t('optionsImportTooBig', { max: SETTINGS_FILE_MAX_BYTES / 1024 });
    case 'not-json':
      return ui.texts.optionsImportNotJson;
    case 'wrong-shape':
      return ui.texts.optionsImportWrongShape;
    case 'newer':
      return ui.texts.optionsImportNewer;
    case 'forbidden-key':
      return ui.t('optionsImportForbiddenKey', { key: problem.key });
    case 'unknown-key':
      return ui.t('optionsImportUnknownKey', { path: problem.path });
    case 'bad-value':
      return ui.t('optionsImportBadValue', { path: problem.path });
  }
}

export function BackupSection({ ui }: { ui: UiTextState }) {
  const [confirmingReset, setConfirmingReset] = useState(false);

  const download = async () => {
    const file = await exportSettings();
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: EXPORT_FILE_NAME });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const upload = async (input: HTMLInputElement, showStatus: (status: Status | null) => void) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The size decides before anything is read, so a huge file is never loaded.
    const parsed =
      file.size > SETTINGS_FILE_MAX_BYTES ? { problem: { kind: 'too-big' } as const } : parseSettingsFile(await file.text(), file.size);
    if ('problem' in parsed) return showStatus({ kind: 'error', text: problemText(ui, parsed.problem) });
    try {
      await importSettings(parsed.settings);
      showStatus({ kind: 'info', text: ui.texts.optionsImported });
    } catch {
      showStatus({ kind: 'error', text: ui.texts.optionsImportFailed });
    }
  };

  const reset = async (showStatus: (status: Status | null) => void) => {
    const hosts = await customSites.getValue();
    try {
      await resetSettings();
    } catch {
      return showStatus({ kind: 'error', text: ui.texts.settingsErrorFailed });
    }
    if (hosts.length) await browser.permissions.remove({ origins: hosts.map(originPattern) }).catch(() => false);
    setConfirmingReset(false);
    showStatus({ kind: 'info', text: ui.texts.optionsResetDone });
  };

  return (
    <Section name="backup" heading={ui.texts.optionsBackupHeading} texts={ui.texts}>
      {(showStatus) => (
        <div class="options__backup">
          <p class="options__row">
            <button type="button" data-export onClick={() => void download()}>
              {ui.texts.optionsExport}
            </button>{' '}
            <label class="options__file">
              {ui.texts.optionsImport}{' '}
              <input type="file" accept="application/json,.json" data-import onChange={(event) => void upload(event.currentTarget, showStatus)} />
            </label>
          </p>
          {confirmingReset ? (
            <div role="group" aria-label={ui.texts.optionsReset} class="options__reset">
              <p>{ui.texts.optionsResetWarning}</p>
              <button type="button" class="danger" data-reset-confirm onClick={() => void reset(showStatus)}>
                {ui.texts.optionsResetConfirm}
              </button>{' '}
              <button type="button" onClick={() => setConfirmingReset(false)}>
                {ui.texts.optionsResetCancel}
              </button>
            </div>
          ) : (
            <button type="button" data-reset onClick={() => setConfirmingReset(true)}>
              {ui.texts.optionsReset}
            </button>
          )}
        </div>
      )}
    </Section>
  );
}
