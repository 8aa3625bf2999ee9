/**
 * Export and import of all settings as one JSON file. An import is all or nothing: a file that is
 * too big, not JSON, the wrong shape, from a newer version, carries an unknown key or a key that
 * could pollute prototypes, or holds one invalid value is refused as a whole, and a write that
 * fails half-way puts the earlier values back.
 */
import { SETTINGS, type Setting, type SettingName, type SettingsValues } from './settings';

export const SETTINGS_FILE_FORMAT = 'post-coach-settings';
/** The settings' schema version (see utils/settings.ts). */
export const SETTINGS_FILE_VERSION = 2;
/** Far above any real settings file (a full policy is about 80 KB). */
export const SETTINGS_FILE_MAX_BYTES = 256 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  settings: Partial<SettingsValues>;
}

export type ImportProblem =
  | { kind: 'too-big' }
  | { kind: 'not-json' }
  | { kind: 'wrong-shape' }
  | { kind: 'newer' }
  | { kind: 'forbidden-key'; key: string }
  | { kind: 'unknown-key'; path: string }
  | { kind: 'bad-value'; path: string };

export async function exportSettings(): Promise<SettingsFile> {
  const names = Object.keys(SETTINGS) as SettingName[];
  const values = await Promise.all(names.map((name) => (SETTINGS[name] as Setting<unknown>).getValue()));
  return { format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, settings: Object.fromEntries(names.map((name, i) => [name, values[i]])) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The settings a file holds, or why it is refused. `byteLength` is checked before the text is parsed. */
export function parseSettingsFile(text: string, byteLength = new TextEncoder().encode(text).length):
  | { settings: Partial<SettingsValues> }
  | { problem: ImportProblem } {
  if (byteLength > SETTINGS_FILE_MAX_BYTES) return { problem: { kind: 'too-big' } };
  let forbidden: string | undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    return { problem: { kind: 'not-json' } };
  }
  if (forbidden) return { problem: { kind: 'forbidden-key', key: forbidden } };
  if (!isPlainObject(parsed) || parsed.format !== SETTINGS_FILE_FORMAT || !isPlainObject(parsed.settings)) {
    return { problem: { kind: 'wrong-shape' } };
  }
  if (typeof parsed.version !== 'number' || !Number.isInteger(parsed.version) || parsed.version < 1) return { problem: { kind: 'wrong-shape' } };
  if (parsed.version > SETTINGS_FILE_VERSION) return { problem: { kind: 'newer' } };
  const extra = Object.keys(parsed).find((key) => !['format', 'version', 'settings'].includes(key));
  if (extra) return { problem: { kind: 'unknown-key', path: extra } };

  const settings: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(parsed.settings)) {
    if (!Object.hasOwn(SETTINGS, name)) return { problem: { kind: 'unknown-key', path: `settings.${name}` } };
    const { value, problems } = (SETTINGS[name as SettingName] as Setting<unknown>).read(raw);
    const [first] = problems;
    if (first) return { problem: { kind: first.reason === 'unknown-key' ? 'unknown-key' : 'bad-value', path: `settings.${first.path}` } };
    settings[name] = value;
  }
  return { settings: settings as Partial<SettingsValues> };
}

/**
 * Writes every setting in `settings`; the ones the file leaves out keep their value. When a write
 * fails, the settings already written get their earlier values back and the error is rethrown.
 */
export async function importSettings(settings: Partial<SettingsValues>): Promise<void> {
  const names = Object.keys(settings) as SettingName[];
  const targets = names.map((name) => SETTINGS[name] as Setting<unknown>);
  const earlier = await Promise.all(targets.map((setting) => setting.getValue()));
  const written: number[] = [];
  try {
    for (const [index, setting] of targets.entries()) {
      await setting.setValue(settings[names[index]!]);
      written.push(index);
    }
  } catch (error) {
    for (const index of written) await targets[index]!.setValue(earlier[index]).catch(() => undefined);
    throw error;
  }
}

/** Every setting back to its default. */
export async function resetSettings(): Promise<void> {
  for (const setting of Object.values(SETTINGS) as Setting<unknown>[]) await setting.removeValue();
}
