/**
 * The UI catalogues (popup, options, hints), one per UI language. Rule messages are not here:
 * the engine localizes them itself (guidance/messages).
 */
import type { Catalogue } from '../../guidance/i18n';
import type { Lang } from '../../guidance/types';
import { de } from './de';
import { en } from './en';
import { nl } from './nl';
import { ru } from './ru';

export type UiTexts = Catalogue<typeof en>;

const CATALOGUES: Readonly<Record<Lang, UiTexts>> = { en, de, nl, ru };

/** The UI texts in `lang`. Fill `{placeholders}` with `fillTemplate` from guidance/i18n. */
export function uiText(lang: Lang): UiTexts {
  return CATALOGUES[lang];
}
