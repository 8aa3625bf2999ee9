/**
 * Where the hint badge and its cards sit, from the anchor's rectangle alone (no layout reads here).
 *
 * The rule: the badge sits outside the composer's box, so it never covers the composer's own
 * controls (send button, toolbar, counter), which sites put inside or below that box:
 * 1. right of the box's top-right corner, when the viewport has room there;
 * 2. otherwise above the top-right corner, right-aligned with the box;
 * 3. otherwise (box at the top of the viewport) below the bottom-right corner;
 * 4. a box that fills the viewport leaves no outside: then just inside its top-right corner, the
 *    corner composers leave empty (their toolbars and send buttons sit along the bottom).
 * On the right it follows a tall box as it scrolls, staying beside it; it is hidden when the box
 * is out of view. The cards open below the badge (above when there is more room there), aligned
 * with its left edge, or its right edge when they would leave the viewport.
 */

export const BADGE_WIDTH = 44;
export const BADGE_HEIGHT = 26;
export const PANEL_WIDTH = 340;
const GAP = 6;
const MARGIN = 4;

export interface Rect {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Placement {
  /** Badge's top-left corner in viewport pixels. */
  x: number;
  y: number;
  side: 'right' | 'above' | 'below' | 'inside';
  visible: boolean;
  panelAlign: 'start' | 'end';
  panelOpens: 'below' | 'above';
  /** The cards' maximum height, so they stay in the viewport. */
  panelMaxHeight: number;
}

export function placeHint(anchor: Rect, viewport: { width: number; height: number }): Placement {
  const visible = anchor.bottom > 0 && anchor.top < viewport.height && anchor.right > 0 && anchor.left < viewport.width;
  let x: number;
  let y: number;
  let side: Placement['side'];
  if (anchor.right + GAP + BADGE_WIDTH + MARGIN <= viewport.width) {
    side = 'right';
    x = anchor.right + GAP;
    y = Math.min(Math.max(anchor.top, MARGIN), anchor.bottom - BADGE_HEIGHT);
  } else if (anchor.top - GAP - BADGE_HEIGHT >= MARGIN) {
    side = 'above';
    x = anchor.right - BADGE_WIDTH;
    y = anchor.top - GAP - BADGE_HEIGHT;
  } else if (anchor.bottom + GAP + BADGE_HEIGHT + MARGIN <= viewport.height) {
    side = 'below';
    x = anchor.right - BADGE_WIDTH;
    y = anchor.bottom + GAP;
  } else {
    side = 'inside';
    x = anchor.right - GAP - BADGE_WIDTH;
    y = Math.max(anchor.top, 0) + GAP;
  }
  x = Math.min(Math.max(x, MARGIN), viewport.width - BADGE_WIDTH - MARGIN);
  const roomBelow = viewport.height - (y + BADGE_HEIGHT + GAP) - MARGIN;
  const roomAbove = y - GAP - MARGIN;
  const panelOpens = roomBelow >= roomAbove ? 'below' : 'above';
  return {
    x,
    y,
    side,
    visible,
    panelAlign: x + PANEL_WIDTH + MARGIN <= viewport.width ? 'start' : 'end',
    panelOpens,
    panelMaxHeight: Math.max(0, Math.floor(panelOpens === 'below' ? roomBelow : roomAbove)),
  };
}
