import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../guidance/types';
import { uiText } from '../../utils/ui-messages';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI catalogues', () => {
  const english = uiText('en');

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s fills every text with the same placeholders as English', (lang) => {
    const catalogue = uiText(lang);
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      expect(catalogue[key].trim(), `${lang}.${key}`).not.toBe('');
      expect(placeholders(catalogue[key]), `${lang}.${key}`).toEqual(placeholders(english[key]));
    }
  });
});
