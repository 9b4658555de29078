/**
 * The message with every claim and finding span highlighted. Marks are focusable (keyboard users get the same
 * expected-vs-found card as mouse users on hover); the active mark's card floats under it.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMark, TPiece } from './highlight-model.ts';

type TProps = {
  text: string;
  pieces: TPiece[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
};

export function HighlightedText({ text, pieces, selectedId, onSelect }: TProps) {
  const { t } = useTranslation();
  const [hoverId, setHoverId] = useState<string | null>(null);
  const activeId = hoverId ?? selectedId;
  const active = pieces.find((p) => p.mark?.id === activeId)?.mark ?? null;
  const boxRef = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const box = boxRef.current;
    const el = active ? box?.querySelector<HTMLElement>(`[data-mark="${active.id}"]`) : null;
    if (!box || !el) { setPos(null); return; }
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const width = Math.min(300, b.width);
    setPos({ left: Math.max(0, Math.min(r.left - b.left, b.width - width)), top: r.bottom - b.top + 6 });
  }, [active, text]);

  if (text === '') return <div className="msg-text msg-empty">{t('messages.empty')}</div>;
  return (
    <div className="msg-text-box" ref={boxRef}>
      <div className="msg-text" data-testid="message-text">
        {pieces.map((p) => {
          const s = text.slice(p.start, p.end);
          if (!p.mark) return <span key={p.start}>{s}</span>;
          const m = p.mark;
          return (
            <mark
              key={p.start}
              data-mark={m.id}
              data-tone={m.tone}
              data-field={m.field ?? undefined}
              data-rules={m.rules.join(' ') || undefined}
              className={`msg-mark msg-${m.tone}${m.id === selectedId ? ' msg-selected' : ''}`}
              tabIndex={0}
              aria-describedby={m.id === activeId ? 'msg-tip' : undefined}
              onMouseEnter={() => setHoverId(m.id)}
              onMouseLeave={() => setHoverId(null)}
              onFocus={() => onSelect(m.id)}
              onClick={() => onSelect(m.id === selectedId ? null : m.id)}
            >{s}</mark>
          );
        })}
      </div>
      {active && pos && <MarkCard mark={active} left={pos.left} top={pos.top} />}
    </div>
  );
}

function MarkCard({ mark, left, top }: { mark: TMark; left: number; top: number }) {
  const { t } = useTranslation();
  return (
    <div className={`msg-tip msg-tip-${mark.tone}`} role="tooltip" id="msg-tip" data-testid="message-tip" style={{ left, top }}>
      <div className="msg-tip-head">
        <span className={`msg-dot msg-${mark.tone}`} />
        <strong>{t(`messages.tone.${mark.tone}`)}</strong>
        {mark.rules.map((r) => <code key={r} className="msg-rule">{r}</code>)}
      </div>
      {mark.field && <div className="msg-tip-row"><span>{t('messages.field')}</span><code>{mark.field}</code></div>}
      {mark.expected !== undefined && <div className="msg-tip-row"><span>{t('messages.expected')}</span><b>{mark.expected}</b></div>}
      {mark.found !== undefined && <div className="msg-tip-row"><span>{t('messages.found')}</span><b>{mark.found}</b></div>}
      {mark.hint && mark.tone !== 'match' && <div className="msg-tip-hint">{mark.hint}</div>}
    </div>
  );
}
