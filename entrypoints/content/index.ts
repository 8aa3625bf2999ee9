import { defineContentScript } from '#imports';
import { SUPPORTED_HOST_PATTERNS } from '../../utils/sites';

export default defineContentScript({
  matches: SUPPORTED_HOST_PATTERNS,
  main() {},
});
