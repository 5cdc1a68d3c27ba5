// Locks the page down for an unattended hall: no context menu, no text selection or dragging, no pinch or ctrl-wheel zoom, no way off the page.

/**
 * Pinch zoom is stopped by CSS (`touch-action: none` in terminal.css) and by the listeners below,
 * not by `user-scalable=no` in the viewport meta: axe and Lighthouse count that as an accessibility
 * failure (WCAG 1.4.4), and the operating system's own magnifier still works either way.
 * Returns a function that lifts the guard (tests).
 */
export function guardKiosk(doc: Document = document): () => void {
  const stop = (e: Event) => e.preventDefault();
  const zoomWheel = (e: WheelEvent) => {
    if (e.ctrlKey) e.preventDefault();
  };
  const zoomKeys = (e: KeyboardEvent) => {
    // Ctrl/Cmd with + - 0 zooms; with P, S, O it prints, saves or opens a file: none belongs on a kiosk.
    if ((e.ctrlKey || e.metaKey) && /^[-+=0psou]$/i.test(e.key)) e.preventDefault();
  };
  const leave = (e: MouseEvent) => {
    // A link (there should be none) would take the citizen off the terminal with no way back.
    const link = (e.target as Element | null)?.closest?.('a[href]');
    if (link) e.preventDefault();
  };
  const multiTouch = (e: TouchEvent) => {
    if (e.touches.length > 1) e.preventDefault();
  };
  const listeners: Array<[string, EventListener, AddEventListenerOptions]> = [
    ['contextmenu', stop, { capture: true }],
    ['selectstart', stop, { capture: true }],
    ['dragstart', stop, { capture: true }],
    // Safari's pinch events; Chromium honours touch-action.
    ['gesturestart', stop, { capture: true }],
    ['touchmove', multiTouch as EventListener, { capture: true, passive: false }],
    ['wheel', zoomWheel as EventListener, { capture: true, passive: false }],
    ['keydown', zoomKeys as EventListener, { capture: true }],
    ['click', leave as EventListener, { capture: true }],
  ];
  for (const [type, fn, options] of listeners) doc.addEventListener(type, fn, options);
  return () => {
    for (const [type, fn, options] of listeners) doc.removeEventListener(type, fn, options);
  };
}
