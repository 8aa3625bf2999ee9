import { describe, expect, it } from 'vitest';
import { BADGE_HEIGHT, BADGE_WIDTH, PANEL_WIDTH, placeHint, type Rect } from '../../entrypoints/content/placement';

const VIEWPORT = { width: 1280, height: 800 };

function rect(left: number, top: number, width: number, height: number): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('hint placement', () => {
  it('puts the badge right of the composer box, level with its top', () => {
    const composer = rect(300, 200, 600, 150);
    const placement = placeHint(composer, VIEWPORT);
    expect(placement).toMatchObject({ side: 'right', x: 906, y: 200, visible: true });
  });

  it('goes above the box when a full-width composer leaves no room on the right, and below when at the top', () => {
    expect(placeHint(rect(0, 200, 1280, 150), VIEWPORT)).toMatchObject({ side: 'above', y: 200 - 6 - BADGE_HEIGHT });
    expect(placeHint(rect(0, 10, 1280, 150), VIEWPORT)).toMatchObject({ side: 'below', y: 166 });
  });

  it('never covers any part of the composer box, where sites put the send button', () => {
    const boxes = [rect(300, 200, 600, 150), rect(0, 200, 1280, 150), rect(0, 0, 1280, 100), rect(700, 400, 560, 300), rect(0, 60, 1280, 700)];
    for (const box of boxes) {
      const { x, y } = placeHint(box, VIEWPORT);
      expect(overlaps({ left: x, top: y, right: x + BADGE_WIDTH, bottom: y + BADGE_HEIGHT }, box), JSON.stringify(box)).toBe(false);
    }
  });

  it('sits just inside the top-right corner of a composer that fills the viewport', () => {
    const placement = placeHint(rect(0, 0, 1280, 800), VIEWPORT);
    expect(placement).toMatchObject({ side: 'inside', visible: true, y: 6 });
    expect(placement.x + BADGE_WIDTH).toBeLessThanOrEqual(1280);
  });

  it('stays beside a tall composer scrolled partly out of view, and hides when it is out of view', () => {
    expect(placeHint(rect(300, -400, 600, 700), VIEWPORT)).toMatchObject({ side: 'right', y: 4, visible: true });
    expect(placeHint(rect(300, -400, 600, 300), VIEWPORT).visible).toBe(false);
    expect(placeHint(rect(300, 900, 600, 300), VIEWPORT).visible).toBe(false);
  });

  it('opens the cards inside the viewport', () => {
    const nearRightEdge = placeHint(rect(900, 100, 300, 100), VIEWPORT);
    expect(nearRightEdge.panelAlign).toBe('end');
    expect(nearRightEdge.x + BADGE_WIDTH - PANEL_WIDTH).toBeGreaterThanOrEqual(0);
    const nearBottom = placeHint(rect(300, 700, 600, 80), VIEWPORT);
    expect(nearBottom.panelOpens).toBe('above');
    expect(nearBottom.panelMaxHeight).toBeLessThanOrEqual(nearBottom.y);
    expect(placeHint(rect(300, 100, 600, 80), VIEWPORT)).toMatchObject({ panelAlign: 'start', panelOpens: 'below' });
  });
});
