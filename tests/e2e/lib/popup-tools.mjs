/**
 * What a user does in the popup: read the checklist rows (`[data-rule][data-state]`), flip the
 * site switch (`[data-site-switch]`), pick a language (`[data-language-picker]`).
 */
import { Mismatch } from './suite.mjs';

/** Waits for the checklist and returns `{ rule: state }`; `{}` when no row appears within `timeoutMs`. */
export async function checklist(popup, timeoutMs = 3_000) {
  await popup.waitForSelector('[data-rule][data-state]', { timeout: timeoutMs }).catch(() => undefined);
  return popup.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-rule][data-state]')].map((row) => [row.getAttribute('data-rule'), row.getAttribute('data-state')])),
  );
}

/** Clicks the popup element `selector` (as a click event, so it works in a background tab too). */
export async function clickInPopup(popup, selector, timeoutMs = 3_000) {
  const handle = await popup.waitForSelector(selector, { timeout: timeoutMs }).catch(() => null);
  if (!handle) throw new Mismatch(`an element ${selector} in the popup`, `none within ${timeoutMs} ms (popup text: "${await popupText(popup)}")`);
  await handle.evaluate((element) => element.click());
}

/** Whether the site switch is on (a checkbox, or an element with aria-checked / aria-pressed); null when there is none. */
export async function siteSwitchIsOn(popup, timeoutMs = 3_000) {
  const handle = await popup.waitForSelector('[data-site-switch]', { timeout: timeoutMs }).catch(() => null);
  return handle?.evaluate((element) =>
    'checked' in element && element.type === 'checkbox'
      ? element.checked
      : (element.getAttribute('aria-checked') ?? element.getAttribute('aria-pressed')) === 'true',
  ) ?? null;
}

/** Picks `lang` in the language picker: a <select>, or a group of options carrying `value` / `data-lang`. Returns the previous value. */
export async function chooseLanguage(popup, lang) {
  const picker = await popup.waitForSelector('[data-language-picker]', { timeout: 3_000 }).catch(() => null);
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
