/**
 * The catalogue mechanism shared by rule messages (guidance/messages) and UI texts (utils/ui-messages).
 * English is the reference catalogue; every other language is typed `Catalogue<typeof en>`, so a
 * missing or extra key fails `npm run typecheck`.
 */
import type { Lang } from './types';

/** Same keys as the reference catalogue, every value a string template. */
export type Catalogue<Reference> = { readonly [K in keyof Reference]: string };

export type MessageParams = Readonly<Record<string, string | number>>;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build: one per language and unit, kept. */
function numberFormat(lang: Lang, unit?: 'minute' | 'hour' | 'day'): Intl.NumberFormat {
  const key = `${lang}:${unit ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, unit ? { style: 'unit', unit, unitDisplay: 'long' } : {});
    numberFormats.set(key, format);
  }
  return format;
}

/** Fills `{name}` placeholders; numbers are formatted for the language. */
export function fillTemplate(template: string, params: MessageParams, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(lang).format(value) : value;
  });
}

/** "3 hours", "2 Tage", "45 minuten", "2 дня": the largest whole unit of an age in minutes. */
export function formatAge(minutes: number, lang: Lang): string {
  const [value, unit] =
    minutes < 60 ? [Math.max(1, Math.round(minutes)), 'minute'] as const
    : minutes < 24 * 60 ? [Math.floor(minutes / 60), 'hour'] as const
    : [Math.floor(minutes / (24 * 60)), 'day'] as const;
  return numberFormat(lang, unit).format(value);
}
