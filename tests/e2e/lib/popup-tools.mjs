/**
 * What a user does in the popup: read the checklist rows (`[data-rule][data-state]`), flip the
 * site switch (`[data-site-switch]`), pick a language (`[data-language-picker]`).
 */
import { pollPage } from './page-tools.mjs';
import { Mismatch } from './suite.mjs';

/** Waits for the checklist and returns `{ rule: state }`; `{}` when no row appears within `timeoutMs`. */
export async function checklist(popup, timeoutMs = 3_000) {
  const rows = await pollPage(
    popup,
    () => {
      const found = [...document.querySelectorAll('[data-rule][data-state]')];
      return found.length ? Object.fromEntries(found.map((row) => [row.getAttribute('data-rule'), row.getAttribute('data-state')])) : null;
    },
    [],
    timeoutMs,
  );
  return rows ?? {};
}

/** The popup element `selector`, waited for up to `timeoutMs`; null when it does not appear. */
async function popupElement(popup, selector, timeoutMs) {
  const present = await pollPage(popup, (wanted) => Boolean(document.querySelector(wanted)), [selector], timeoutMs);
  return present ? popup.$(selector) : null;
}

/** Clicks the popup element `selector` (as a click event, so it works in a background tab too). */
export async function clickInPopup(popup, selector, timeoutMs = 3_000) {
  const handle = await popupElement(popup, selector, timeoutMs);
  if (!handle) throw new Mismatch(`an element ${selector} in the popup`, `none within ${timeoutMs} ms (popup text: "${await popupText(popup)}")`);
  await handle.evaluate((element) => element.click());
}

/** Whether the site switch is on (a checkbox, or an element with aria-checked / aria-pressed); null when there is none. */
export async function siteSwitchIsOn(popup, timeoutMs = 3_000) {
  const handle = await popupElement(popup, '[data-site-switch]', timeoutMs);
  return handle?.evaluate((element) =>
    'checked' in element && element.type === 'checkbox'
      ? element.checked
      : (element.getAttribute('aria-checked') ?? element.getAttribute('aria-pressed')) === 'true',
  ) ?? null;
}

/** Picks `lang` in the language picker: a <select>, or a group of options carrying `value` / `data-lang`. Returns the previous value. */
export async function chooseLanguage(popup, lang) {
  const picker = await popupElement(popup, '[data-language-picker]', 3_000);
  if (!picker) throw new Mismatch('a [data-language-picker] in the popup', `none (popup text: "${await popupText(popup)}")`);
  return picker.evaluate((element, wanted) => {
    if (element instanceof HTMLSelectElement) {
      const previous = element.value;
      element.value = wanted;
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
      return previous;
    }
    const options = [...element.querySelectorAll('[value], [data-lang]')];
    const current = options.find((option) => option.checked || option.getAttribute('aria-checked') === 'true' || option.getAttribute('aria-pressed') === 'true');
    const target = options.find((option) => (option.getAttribute('value') ?? option.getAttribute('data-lang')) === wanted);
    target?.click();
    return current ? (current.getAttribute('value') ?? current.getAttribute('data-lang')) : undefined;
  }, lang);
}

export function popupText(popup) {
  return popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').trim().slice(0, 300)).catch(() => '(popup closed)');
}
