/** Export of all settings to a JSON file, import from one (all or nothing), and reset to defaults. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPattern } from '../../utils/custom-sites';
import { writeErrorStatus, type Status } from '../../components/status-message';
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
import { useSectionStatus } from './section';

const EXPORT_FILE_NAME = 'post-coach-settings.json';

function importProblemStatus(problem: ImportProblem): Status {
  switch (problem.kind) {
    case 'too-big':
      return { kind: 'error', key: 'optionsImportTooBig', params: { max: SETTINGS_FILE_MAX_BYTES / 1024 } };
    case 'not-json':
      return { kind: 'error', key: 'optionsImportNotJson' };
    case 'wrong-shape':
      return { kind: 'error', key: 'optionsImportWrongShape' };
    case 'newer':
      return { kind: 'error', key: 'optionsImportNewer' };
    case 'forbidden-key':
      return { kind: 'error', key: 'optionsImportForbiddenKey', params: { key: problem.key } };
    case 'unknown-key':
      return { kind: 'error', key: 'optionsImportUnknownKey', params: { path: problem.path } };
    case 'bad-value':
      return { kind: 'error', key: 'optionsImportBadValue', params: { path: problem.path } };
  }
}

export function BackupTools({ ui }: { ui: UiTextState }) {
  const [confirmingReset, setConfirmingReset] = useState(false);
  const showStatus = useSectionStatus();

  const download = async () => {
    const file = await exportSettings();
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: EXPORT_FILE_NAME });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The size decides before anything is read, so a huge file is never loaded.
    const parsed =
      file.size > SETTINGS_FILE_MAX_BYTES ? { problem: { kind: 'too-big' } as const } : parseSettingsFile(await file.text(), file.size);
    if ('problem' in parsed) return showStatus(importProblemStatus(parsed.problem));
    try {
      await importSettings(parsed.settings);
      showStatus({ kind: 'info', key: 'optionsImported' });
    } catch {
      showStatus({ kind: 'error', key: 'optionsImportFailed' });
    }
  };

  const reset = async () => {
    const hosts = await customSites.getValue();
    try {
      await resetSettings();
    } catch (error) {
      return showStatus(writeErrorStatus(error));
    }
    if (hosts.length) await browser.permissions.remove({ origins: hosts.map(originPattern) }).catch(() => false);
    setConfirmingReset(false);
    showStatus({ kind: 'info', key: 'optionsResetDone' });
  };

  return (
    <div class="options__backup">
      <p class="options__row">
        <button type="button" data-export onClick={() => void download()}>
          {ui.texts.optionsExport}
        </button>{' '}
        <label class="options__file">
          {ui.texts.optionsImport}{' '}
          <input type="file" accept="application/json,.json" data-import onChange={(event) => void upload(event.currentTarget)} />
        </label>
      </p>
      {confirmingReset ? (
        <div role="group" aria-label={ui.texts.optionsReset} class="options__reset">
          <p>{ui.texts.optionsResetWarning}</p>
          <button type="button" class="danger" data-reset-confirm onClick={() => void reset()}>
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
  );
}
