/**
 * Whether the page looks light or dark, so the hint matches it. The page's own background wins
 * (sites have their own dark-mode switches); a transparent page falls back to the system setting.
 */

export type Scheme = 'light' | 'dark';

/** `rgb(…)`/`rgba(…)` as computed styles give them; undefined when transparent or unparseable. */
export function parseOpaqueColor(value: string): [number, number, number] | undefined {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value.trim());
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
  if (alpha < 0.5) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance([red, green, blue]: [number, number, number]): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** Reads two computed styles: call once per mount, not per frame. */
export function pageScheme(): Scheme {
  const background = [document.body, document.documentElement]
    .map((element) => element && parseOpaqueColor(getComputedStyle(element).backgroundColor))
    .find((color) => color !== undefined);
  if (background) return relativeLuminance(background) < 0.2 ? 'dark' : 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
