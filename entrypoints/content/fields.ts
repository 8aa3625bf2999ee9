/**
 * Which editable fields Post Coach leaves alone even when an adapter calls them composers: fields
 * that are not posts, and fields whose page asked writing assistants to stay away. DM and chat
 * boxes are the adapters' call (`findComposer` returns null for them).
 */

/** Grammarly's opt-out attributes, which harper and LanguageTool honour too. */
const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"]';
/** Search boxes and autocomplete pickers (harper PR #2063): never a post. */
const SEARCH_ROLES = new Set(['combobox', 'searchbox']);

/** The parent element, stepping out of a shadow root to its host. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * True for passwords, search boxes, read-only fields and fields that opt out of writing
 * assistants themselves or through an ancestor (across open shadow roots).
 */
export function isLeftAlone(field: Element): boolean {
  // Composers are textareas or contenteditables; any other input (password, search, e-mail) is not a post.
  if (field instanceof HTMLInputElement && field.type !== 'text') return true;
  if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && (field.readOnly || field.disabled)) {
    return true;
  }
  for (let node: Element | null = field; node; node = composedParent(node)) {
    if (node.matches(OPT_OUT) || SEARCH_ROLES.has(node.getAttribute('role') ?? '')) return true;
    if (node.matches('form[role="search"], search')) return true;
  }
  return false;
}
