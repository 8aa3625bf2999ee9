import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { HINT_HOST_NAME, createHintView } from '../../entrypoints/content/hint-view';

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.notifyInvalidated();
  document.body.replaceChildren();
});

it('removes a hint an earlier copy of the content script left in the page (Firefox update)', () => {
  document.body.append(document.createElement(HINT_HOST_NAME), document.createElement(HINT_HOST_NAME));
  createHintView(ctx, { onDismiss() {}, onMuteSite() {}, onMuteEverywhere() {} });
  expect(document.querySelectorAll(HINT_HOST_NAME)).toHaveLength(0);
});
