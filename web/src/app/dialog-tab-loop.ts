// Tab and Shift+Tab go round inside the dialog on top (a modal, a drawer, the phone's menu). Ant
// Design pulls focus back only once something outside takes it, so a Tab past a dialog's last
// button (提交申请) first left the page: focus sat on the page body, and a screen reader or a
// keyboard user lost their place in the dialog, until the next Tab.
const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]',
].join(', ');

function topDialog(root: Document): HTMLElement | null {
  const open = Array.from(root.querySelectorAll<HTMLElement>('[role="dialog"][aria-modal="true"]')).filter(
    (dialog) => dialog.getClientRects().length > 0,
  );
  return open[open.length - 1] ?? null;
}

function tabStops(dialog: HTMLElement): HTMLElement[] {
  return Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) =>
      element.tabIndex >= 0 &&
      element.getClientRects().length > 0 &&
      getComputedStyle(element).visibility !== 'hidden' &&
      // Of a radio group only the chosen one is a stop (the arrows move between them).
      !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked),
  );
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const root = (event.currentTarget as Window).document;
  const dialog = topDialog(root);
  if (!dialog) return;
  const stops = tabStops(dialog);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const active = root.activeElement;
  const lost = active === null || active === root.body;
  // Focus in a popup of the dialog's own (a select's list, a confirmation) is left to the popup.
  if (!lost && !dialog.contains(active)) return;
  let wrapTo: HTMLElement | null = null;
  if (lost) wrapTo = first;
  else if (event.shiftKey && active === first) wrapTo = last;
  else if (!event.shiftKey && active === last) wrapTo = first;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

/** Keeps Tab inside the dialog on top for as long as the page lives. */
export function loopTabInDialogs(target: Window): void {
  target.addEventListener('keydown', onKeyDown, true);
}
