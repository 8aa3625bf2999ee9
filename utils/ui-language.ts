/**
 * Which language the UI speaks. Shared by the content script, the popup and the options page so all
 * three resolve 'auto' the same way.
 */
import { browser } from 'wxt/browser';
import { LANGUAGES, type Lang } from '../guidance/types';
import type { UiLanguageSetting } from './settings';

/**
 * The UI language a setting stands for: 'auto' follows the browser's UI language when Post Coach
 * has a catalogue for it, otherwise English.
 * @example resolveUiLanguage('auto') // 'de' in a browser running in de-AT
 */
export function resolveUiLanguage(setting: UiLanguageSetting): Lang {
  if (setting !== 'auto') return setting;
  const primary = browser.i18n.getUILanguage().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((lang) => lang === primary) ?? 'en';
}
