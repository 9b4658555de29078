import { useEffect, useRef } from 'react';

export type TShortcutActions = {
  next: () => void;
  previous: () => void;
  decide: (outcome: string) => void;
  focusComment: () => void;
  toggleCheck: () => void;
  help: () => void;
};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Inbox keys: j/k move, a approve, r reject, c comment, x select, ? help. Ignored while typing (Escape leaves the
 * field) and while a dialog is open, so they never hijack text entry.
 */
export function useInboxShortcuts(actions: TShortcutActions) {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && isTyping(e.target) && e.target instanceof HTMLElement) return e.target.blur();
      if (isTyping(e.target) || e.metaKey || e.ctrlKey || e.altKey || document.querySelector('[role="dialog"]')) return;
      const a = ref.current;
      const map: Record<string, () => void> = {
        j: a.next,
        ArrowDown: a.next,
        k: a.previous,
        ArrowUp: a.previous,
        a: () => a.decide('approve'),
        r: () => a.decide('reject'),
        c: a.focusComment,
        x: a.toggleCheck,
        '?': a.help,
      };
      const run = map[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
