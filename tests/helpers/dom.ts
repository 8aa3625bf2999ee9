/** Rendering and user actions for the extension pages' tests (happy-dom). */
import { render, type VNode } from 'preact';

/** Renders `page` into a fresh container; `unmount` runs its cleanups. */
export function mount(page: VNode) {
  document.body.innerHTML = '';
  const container = document.createElement('div');
  document.body.append(container);
  render(page, container);
  return { container, unmount: () => render(null, container) };
}

/** Resolves with the first truthy result of `probe`, retrying while effects and storage settle. */
export async function waitFor<T>(
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  what = 'condition',
  timeoutMs = 2000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function find<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T | null {
  return root.querySelector<T>(selector);
}

/** The text of the page, whitespace folded, for "the user reads …" assertions. */
export function pageText(root: Element = document.body): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ');
}

/** Picks `value` in a select or types it into an input/textarea, firing the events a browser fires. */
export function enter(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Lets pending promise callbacks and effects run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
