/**
 * The settings the content script follows, read once and then kept current with storage.watch, so
 * a change in the popup or options page applies at once, without a reload.
 */
import type { ContentScriptContext } from '#imports';
import * as settings from '../../utils/settings';
import { quietly } from './lifecycle';

const WATCHED = {
  disabledSites: settings.disabledSites,
  uiLanguage: settings.uiLanguage,
  replyTargetMinutes: settings.replyTargetMinutes,
  mutedRules: settings.mutedRules,
  policy: settings.policy,
} as const;

type Watched = typeof WATCHED;
export type SettingName = keyof Watched;
export type CoachSettings = { [Name in SettingName]: Awaited<ReturnType<Watched[Name]['getValue']>> };

/**
 * The current settings. The returned object is updated in place; `onChange` runs after each update.
 * Watching stops when the context is invalidated.
 */
export async function loadLiveSettings(
  ctx: ContentScriptContext,
  onChange: (name: SettingName) => void,
): Promise<CoachSettings> {
  const names = Object.keys(WATCHED) as SettingName[];
  const values = await Promise.all(names.map((name) => WATCHED[name].getValue()));
  const current = Object.fromEntries(names.map((name, index) => [name, values[index]])) as CoachSettings;
  for (const name of names) {
    const unwatch = (WATCHED[name] as Watched[SettingName]).watch((value: unknown) => {
      if (ctx.isInvalid) return;
      (current as Record<SettingName, unknown>)[name] = value;
      onChange(name);
    });
    ctx.onInvalidated(() => quietly(unwatch));
  }
  return current;
}
