import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer } from '../../entrypoints/content/lifecycle';

const WAIT_MS = 250;
const MAX_WAIT_MS = 1000;
let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
});

describe('debouncer', () => {
  it('runs once, the wait after the last call, with one timer pending through a burst of calls', async () => {
    const run = vi.fn();
    const debouncer = createDebouncer(ctx, run, WAIT_MS, MAX_WAIT_MS);
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    for (let call = 0; call < 20; call++) {
      debouncer.schedule();
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(20);
    }
    // 20 calls over 400 ms: the timer woke early and slept again a few times, not once per call.
    expect(setTimeoutSpy.mock.calls.length).toBeLessThan(5);
    await vi.advanceTimersByTimeAsync(WAIT_MS - 21);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs at the latest the longest wait after the first call while calls keep coming', async () => {
    const run = vi.fn();
    const debouncer = createDebouncer(ctx, run, WAIT_MS, MAX_WAIT_MS);
    for (let elapsed = 0; elapsed < MAX_WAIT_MS; elapsed += 100) {
      debouncer.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs a pending call at once on flush, and never after cancel or invalidation', async () => {
    const run = vi.fn();
    const debouncer = createDebouncer(ctx, run, WAIT_MS, MAX_WAIT_MS);
    debouncer.schedule();
    debouncer.flush();
    expect(run).toHaveBeenCalledTimes(1);
    debouncer.schedule();
    debouncer.cancel();
    debouncer.schedule();
    ctx.notifyInvalidated();
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
