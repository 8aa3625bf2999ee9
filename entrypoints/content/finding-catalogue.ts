/**
 * The finding messages in the UI language, asked of the background once per language and page: the
 * content script bundles the engine (rules, lexicons) but not its four message catalogues.
 */
import type { ContentScriptContext } from '#imports';
import type { FindingCatalogue } from '../../guidance/engine';
import type { Lang } from '../../guidance/types';
import { sendMessage } from '../../utils/messaging';

/** Resolves to the catalogue, or undefined when the background did not answer (asked again next time). */
export type CatalogueLoader = (lang: Lang) => Promise<FindingCatalogue | undefined>;

export function createCatalogueLoader(ctx: ContentScriptContext): CatalogueLoader {
  const loaded = new Map<Lang, Promise<FindingCatalogue | undefined>>();
  return (lang) => {
    if (ctx.isInvalid) return Promise.resolve(undefined);
    let catalogue = loaded.get(lang);
    if (!catalogue) {
      catalogue = sendMessage('getFindingCatalogue', lang).then(
        (answer) => answer ?? forget(lang),
        () => forget(lang),
      );
      loaded.set(lang, catalogue);
    }
    return catalogue;
  };

  function forget(lang: Lang): undefined {
    loaded.delete(lang);
    return undefined;
  }
}
