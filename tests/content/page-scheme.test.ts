import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageScheme, parseOpaqueColor } from '../../entrypoints/content/page-scheme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('page colour scheme', () => {
  it('parses computed colours and treats transparent ones as absent', () => {
    expect(parseOpaqueColor('rgb(21, 32, 43)')).toEqual([21, 32, 43]);
    expect(parseOpaqueColor('rgba(255, 255, 255, 0.9)')).toEqual([255, 255, 255]);
    expect(parseOpaqueColor('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(parseOpaqueColor('transparent')).toBeUndefined();
  });

  it("follows the page's own dark background even when the system is light", () => {
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: false } as MediaQueryList);
    document.body.style.backgroundColor = 'rgb(21, 32, 43)';
    expect(pageScheme()).toBe('dark');
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageScheme()).toBe('light');
  });

  it('falls back to the system setting when the page has no background of its own', () => {
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: true } as MediaQueryList);
    expect(pageScheme()).toBe('dark');
  });
});
