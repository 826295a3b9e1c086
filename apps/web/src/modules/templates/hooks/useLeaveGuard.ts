import { useCallback, useEffect, useRef, useState } from 'react';

// The app uses a declarative router, which cannot block navigation; so the guard stops clicks on
// links and tabs outside the editor (the ways to leave inside the app) and asks first.
const LEAVING = 'a[href], [role="tab"]';

/**
 * Warns before unsaved changes are lost: when the tab or window closes or reloads (the browser's
 * own dialog), and when the admin clicks a link or tab, or picks another entry in the editor
 * (`confirmLeave`). The caller renders `LeaveGuardDialog` with `dialog`.
 */
export function useLeaveGuard(dirty: boolean) {
  const [pending, setPending] = useState<(() => void) | null>(null);
  const bypass = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // Older Chromium shows the dialog only when this is set.
    };
    const click = (event: MouseEvent) => {
      if (bypass.current || event.defaultPrevented) return;
      const target = (event.target as Element | null)?.closest?.(LEAVING);
      if (!(target instanceof HTMLElement)) return;
      if (target.getAttribute('aria-selected') === 'true' || target.closest('[data-leave-guard="inside"]'))
        return;
      event.preventDefault();
      event.stopPropagation();
      setPending(() => () => {
        bypass.current = true;
        try {
          target.click();
        } finally {
          bypass.current = false;
        }
      });
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty]);

  /** Runs `proceed` at once when nothing is unsaved, else after the admin agrees to lose the changes. */
  const confirmLeave = useCallback(
    (proceed: () => void) => (dirty ? setPending(() => proceed) : proceed()),
    [dirty],
  );

  const dialog = {
    opened: pending !== null,
    onStay: () => setPending(null),
    onLeave: () => {
      const proceed = pending;
      setPending(null);
      proceed?.();
    },
  };
  return { confirmLeave, dialog };
}
