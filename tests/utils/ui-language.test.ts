import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveUiLanguage } from '../../utils/ui-language';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('UI language', () => {
  it.each([
    ['de-AT', 'de'],
    ['nl', 'nl'],
    ['ru-RU', 'ru'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['pt_BR', 'en'],
  ])("'auto' in a browser running in %s speaks %s", (browserLanguage, expected) => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(browserLanguage);
    expect(resolveUiLanguage('auto')).toBe(expected);
  });

  it('a chosen language wins over the browser', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    expect(resolveUiLanguage('ru')).toBe('ru');
  });
});
