/**
 * The content script: finds the composer the user writes in, coaches the draft beside it.
 * Kept thin: coach.ts has the design and the parts.
 */
import { defineContentScript } from '#imports';
import { customSites } from '../../utils/settings';
import { SUPPORTED_HOST_PATTERNS } from '../../utils/sites';
import { startCoach } from './coach';
import { adapterForHost } from './sites';

export default defineContentScript({
  matches: SUPPORTED_HOST_PATTERNS,
  // The page gets no CSS from us: the hint's styles are bundled into its shadow root (hint-view.tsx).
  cssInjectionMode: 'manual',
  async main(ctx) {
    const host = location.hostname;
    const adapter = adapterForHost(host, await customSites.getValue());
    if (adapter && ctx.isValid) await startCoach(ctx, { adapter, host });
  },
});
