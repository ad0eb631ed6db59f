// A table wider than its box scrolls inside it; a keyboard can scroll it only if the box takes
// focus (WCAG 2.1.1). Ant Design's tables give no hook for that, so the frame marks every such box
// as a focusable, named region as it appears, and unmarks it once it fits again.
import { useEffect } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body';
const MARK = 'data-scroll-region';

function markScrollers(root: ParentNode): void {
  for (const box of Array.from(root.querySelectorAll<HTMLElement>(SCROLLERS))) {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute(MARK)) {
      box.setAttribute(MARK, '');
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', '表格(可左右滚动)');
    } else if (!scrolls && box.hasAttribute(MARK)) {
      box.removeAttribute(MARK);
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  }
}

export function useScrollRegions(): void {
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => markScrollers(document));
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, []);
}
