/** The UI language: automatic (the browser's) or one of the four catalogues. */
import { LANGUAGES, type Lang } from '../../guidance/types';
import type { UiLanguageSetting } from '../../utils/settings';
import type { UiTexts } from '../../utils/ui-messages';

/** Each language in its own name, as language pickers show them; the same in every UI language. */
const ENDONYMS: Record<Lang, string> = { en: 'English', de: 'Deutsch', nl: 'Nederlands', ru: 'Русский' };

export interface LanguagePickerProps {
  value: UiLanguageSetting;
  texts: UiTexts;
  onChange(value: UiLanguageSetting): void;
}

export function LanguagePicker({ value, texts, onChange }: LanguagePickerProps) {
  return (
    <label class="language-picker">
      <span>{texts.languageLabel}</span>{' '}
      <select
        data-language-picker
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as UiLanguageSetting)}
      >
        <option value="auto">{texts.languageAuto}</option>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {ENDONYMS[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
