/**
 * Timers and cleanups bound to the content script's life. `ctx.setTimeout` and
 * `ctx.requestAnimationFrame` register one invalidation listener per call, which per keystroke or
 * per scroll event would pile up for the whole visit; these register one for their whole life.
 */
import type { ContentScriptContext } from '#imports';

export interface Debouncer {
  /** Notes a call; `run` fires `waitMs` after the last call, or `maxWaitMs` after the first. */
  schedule(): void;
  /** Runs a pending call now. */
  flush(): void;
  cancel(): void;
}

/**
 * Per call only a timestamp is written: one timer is pending at a time, and when it fires before the
 * quiet time is over it sleeps again for the rest (no clearTimeout/setTimeout per keystroke).
 */
export function createDebouncer(ctx: ContentScriptContext, run: () => void, waitMs: number, maxWaitMs: number): Debouncer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCallAt = 0;
  let lastCallAt = 0;
  const dueAt = () => Math.min(lastCallAt + waitMs, firstCallAt + maxWaitMs);
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const fire = () => {
    cancel();
    if (ctx.isValid) run();
  };
  const wake = () => {
    const remaining = dueAt() - Date.now();
    if (remaining > 0) timer = setTimeout(wake, remaining);
    else fire();
  };
  ctx.onInvalidated(cancel);
  return {
    schedule() {
      if (ctx.isInvalid) return;
      lastCallAt = Date.now();
      if (timer !== undefined) return;
      firstCallAt = lastCallAt;
      timer = setTimeout(wake, dueAt() - lastCallAt);
    },
    flush() {
      if (timer !== undefined) fire();
    },
    cancel,
  };
}

/** Coalesces requests into one `run` per animation frame. */
export function createFrameTask(ctx: ContentScriptContext, run: () => void): () => void {
  let frame: number | undefined;
  ctx.onInvalidated(() => {
    if (frame !== undefined) cancelAnimationFrame(frame);
  });
  return () => {
    if (frame !== undefined || ctx.isInvalid) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      if (ctx.isValid) run();
    });
  };
}

/** Runs a cleanup that may throw once the extension is gone (its API objects go with it). */
export function quietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // Nothing is left to clean up.
  }
}
