/** The UI language of an extension page, following the `uiLanguage` setting live. */
import { fillTemplate, type MessageParams } from '../guidance/i18n';
import type { Lang } from '../guidance/types';
import { uiLanguage } from './settings';
import { resolveUiLanguage } from './ui-language';
import { uiText, type UiTexts } from './ui-messages';
import { useSetting } from './use-setting';

export interface UiTextState {
  lang: Lang;
  /** False until the setting was read: render nothing yet, so the page does not flash in another language. */
  loaded: boolean;
  texts: UiTexts;
  /** The text under `key`, placeholders filled. */
  t(key: keyof UiTexts, params?: MessageParams): string;
}

export function useUiText(): UiTextState {
  const { value, loaded } = useSetting(uiLanguage);
  const lang = resolveUiLanguage(value);
  const texts = uiText(lang);
  return { lang, loaded, texts, t: (key, params = {}) => fillTemplate(texts[key], params, lang) };
}
