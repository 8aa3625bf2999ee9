/**
 * What the engine and the hint need besides code, asked of the background once per UI language and
 * page: the phrase lexicons, the finding catalogue and the hint's texts. The content script bundles
 * the rules and the function words only, which keeps it small on every page it is injected into.
 */
import type { ContentScriptContext } from '#imports';
import type { GuidanceData } from '../../guidance/engine';
import type { Lang } from '../../guidance/types';
import { sendMessage } from '../../utils/messaging';
import type { UiTexts } from '../../utils/ui-messages';

export interface LoadedGuidance {
  lang: Lang;
  data: GuidanceData;
  texts: UiTexts;
}

/** Resolves to the data, or undefined when the background did not answer (asked again next time). */
export type GuidanceLoader = (lang: Lang) => Promise<LoadedGuidance | undefined>;

export function createGuidanceLoader(ctx: ContentScriptContext): GuidanceLoader {
  const loaded = new Map<Lang, Promise<LoadedGuidance | undefined>>();
  return (lang) => {
    if (ctx.isInvalid) return Promise.resolve(undefined);
    let guidance = loaded.get(lang);
    if (!guidance) {
      guidance = sendMessage('getGuidanceData', lang).then(
        (answer) => (answer ? { lang, data: { lexicons: answer.lexicons, catalogue: answer.findings }, texts: answer.ui } : forget(lang)),
        () => forget(lang),
      );
      loaded.set(lang, guidance);
    }
    return guidance;
  };

  function forget(lang: Lang): undefined {
    loaded.delete(lang);
    return undefined;
  }
}
