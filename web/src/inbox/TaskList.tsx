import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';
import type { RouterOutputs } from '../lib/trpc.ts';
import { Icon } from '../ui/icons.tsx';
import { outcomeLabel } from '../ui/status.tsx';

export type TTaskRow = RouterOutputs['inbox']['list']['items'][number];

type TProps = {
  items: TTaskRow[];
  selected: string | null;
  checked: Set<string>;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
};


export function TaskList({ items, selected, checked, onSelect, onToggle }: TProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const selectedRef = useRef<HTMLLIElement>(null);
  // j/k move the selection; keep it on screen. (Braces matter: newer Chromium returns a Promise from scrollIntoView,
  // and an effect must return nothing or a cleanup function.)
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <ul className="task-list" role="listbox" aria-label={t('inbox.tasks')} data-testid="task-list">
      {items.map((task) => {
        const overdue = task.overdue;
        return (
          <li key={task.id} ref={task.id === selected ? selectedRef : undefined} role="option" aria-selected={task.id === selected}
            className="task-row" data-task-id={task.id} onClick={() => onSelect(task.id)}>
            <input type="checkbox" aria-label={t('inbox.select')} checked={checked.has(task.id)}
              onClick={(e) => e.stopPropagation()} onChange={() => onToggle(task.id)} />
            <div className="grow">
              <div className="task-title truncate">{task.title}</div>
              <div className="task-meta">
                <span className="truncate">{task.flowKey} <span className="faint">v{task.version}</span></span>
                {task.claimedBy && <span className="row" style={{ gap: 3 }}><Icon name="user" width={12} height={12} />{task.claimedBy.username}</span>}
                {task.quorum > 1 && <span>{task.approvals}/{task.quorum}</span>}
                {task.assigneeGroups.slice(0, 2).map((g) => <span key={g} className="tag">{t(`group.${g}`, { defaultValue: g })}</span>)}
              </div>
            </div>
            <div className="task-side">
              {task.status === 'open' && task.dueAt ? (
                <span className={`small ${overdue ? 'due-over' : 'faint'}`} title={fmt.dateTime(task.dueAt)}>
                  <Icon name="clock" width={12} height={12} /> {fmt.relative(task.dueAt)}
                </span>
              ) : (
                <span className="small faint" title={fmt.dateTime(task.decidedAt ?? task.createdAt)}>{fmt.relative(task.decidedAt ?? task.createdAt)}</span>
              )}
              {overdue && <span className="pill pill-red plain">{t('inbox.overdue')}</span>}
              {task.status !== 'open' && (
                <span className={`pill plain ${task.status === 'decided' ? 'pill-green' : ''}`}>
                  {task.outcome ? outcomeLabel(t, task.outcome) : t(`taskStatus.${task.status}`)}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
