/**
 * Timers and cleanups bound to the content script's life. `ctx.setTimeout` and
 * `ctx.requestAnimationFrame` register one invalidation listener per call, which per keystroke or
 * per scroll event would pile up for the whole visit; these register one for their whole life.
 */
import type { ContentScriptContext } from '#imports';

export interface Debouncer {
  /** (Re)starts the wait; `run` fires `waitMs` after the last call, or `maxWaitMs` after the first. */
  schedule(): void;
  /** Runs a pending call now. */
  flush(): void;
  cancel(): void;
}

export function createDebouncer(ctx: ContentScriptContext, run: () => void, waitMs: number, maxWaitMs: number): Debouncer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstScheduledAt: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    firstScheduledAt = undefined;
  };
  const fire = () => {
    cancel();
    if (ctx.isValid) run();
  };
  ctx.onInvalidated(cancel);
  return {
    schedule() {
      if (ctx.isInvalid) return;
      const now = Date.now();
      firstScheduledAt ??= now;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(waitMs, firstScheduledAt + maxWaitMs - now)));
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
