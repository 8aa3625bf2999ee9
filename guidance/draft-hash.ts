/**
 * Salted fingerprints of drafts, so the extension can notice the same text drafted on two networks
 * without ever storing the text. Pure and synchronous (cyrb53), fast enough to run on every analysis.
 */

const URL_PATTERN = /(?:https?:\/\/|www\.)\S+/gi;

/** Case, white space and links do not make a draft different. */
export function normaliseForHash(text: string): string {
  return text.replace(URL_PATTERN, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A 53-bit hash of the normalised text and the salt, as hex. */
export function draftHash(text: string, salt: string): string {
  const input = `${salt}\u0000${normaliseForHash(text)}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
