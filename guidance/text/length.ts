/**
 * How each network counts a draft's length, and where a limit falls in the text. Counting follows
 * the networks' own rules: X weighs URLs as 23 and characters outside Latin/General Punctuation as 2;
 * Mastodon counts URLs as 23; Bluesky counts graphemes.
 */
import type { Token } from './tokens';

export type LengthRule = 'x-weighted' | 'mastodon' | 'graphemes' | 'characters';

const EMOJI_SEQUENCE =
  /\p{RI}\p{RI}|\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?)*|[#*0-9]\uFE0F?\u20E3/gu;
const COMBINING = /\p{M}|\u200D|\uFE0F/u;

/** X counts these code points as one, everything else as two (twitter-text v3 configuration). */
function xWeight(codePoint: number): number {
  return codePoint <= 0x10ff ||
    (codePoint >= 0x2000 && codePoint <= 0x200d) ||
    (codePoint >= 0x2010 && codePoint <= 0x201f) ||
    (codePoint >= 0x2032 && codePoint <= 0x2037)
    ? 1
    : 2;
}

export interface Measured {
  length: number;
  /** UTF-16 offset of the first unit past `limit`, or -1 when the text fits. */
  overflowAt: number;
}

/** Measures `text` by `rule`; `urls` are the draft's URL tokens (counted as 23 where the network does). */
export function measure(text: string, rule: LengthRule, urls: readonly Token[], limit: number): Measured {
  // Code points never outnumber UTF-16 units: a text this short fits, whatever it holds.
  if (rule === 'characters' && text.length <= limit) return { length: text.length, overflowAt: -1 };
  const units: { start: number; end: number; weight: number }[] = [];
  if (rule === 'x-weighted' || rule === 'mastodon') for (const url of urls) units.push({ start: url.start, end: url.end, weight: 23 });
  if (rule === 'x-weighted' || rule === 'graphemes') {
    for (const match of text.matchAll(EMOJI_SEQUENCE)) {
      units.push({ start: match.index, end: match.index + match[0].length, weight: rule === 'x-weighted' ? 2 : 1 });
    }
  }
  units.sort((a, b) => a.start - b.start);

  let length = 0;
  let overflowAt = -1;
  let unit = 0;
  for (let i = 0; i < text.length; ) {
    while (unit < units.length && units[unit]!.end <= i) unit++;
    const current = units[unit];
    let weight: number;
    let next: number;
    if (current && current.start <= i) {
      weight = current.weight;
      next = current.end;
      unit++;
    } else {
      const codePoint = text.codePointAt(i)!;
      next = i + (codePoint > 0xffff ? 2 : 1);
      weight =
        rule === 'x-weighted' ? xWeight(codePoint)
        : rule === 'graphemes' && COMBINING.test(String.fromCodePoint(codePoint)) ? 0
        : 1;
    }
    length += weight;
    if (overflowAt < 0 && length > limit) overflowAt = i;
    i = next;
  }
  return { length, overflowAt };
}
