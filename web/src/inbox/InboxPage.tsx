import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.ts';
import { trpc } from '../lib/trpc.ts';
import { PageHead } from '../shell/Layout.tsx';
import { Icon } from '../ui/icons.tsx';
import { Empty, ErrorBox, Loading } from '../ui/states.tsx';
import { BulkBar } from './BulkBar.tsx';
import { COMMENT_INPUT_ID } from './DecisionForm.tsx';
import { InboxFilters } from './InboxFilters.tsx';
import { useInboxFilters } from './inbox-filters.ts';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { TaskDetail } from './TaskDetail.tsx';
import { TaskList } from './TaskList.tsx';
import { useInboxShortcuts } from './use-inbox-shortcuts.ts';
import '../styles/inbox.css';

export function InboxPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const qc = useQueryClient();
  const filters = useInboxFilters();
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [help, setHelp] = useState(false);
  const decideRef = useRef<((outcome: string) => void) | null>(null);

  const input = {
    scope: filters.scope,
    overdue: filters.overdue || undefined,
    flowKey: filters.flowKey || undefined,
    text: filters.text.trim() || undefined,
    status: filters.closed ? ('closed' as const) : ('open' as const),
  };
  // Live without reload: the list polls; decisions elsewhere (another reviewer, an escalation) show up within seconds.
  const list = useQuery({ ...trpc.inbox.list.queryOptions(input), refetchInterval: 4_000, placeholderData: (prev) => prev });
  const items = list.data?.items ?? [];
  const index = items.findIndex((task) => task.id === filters.selected);
  const select = (id: string | null) => filters.update({ task: id });
  const move = (step: number) => {
    const next = items[Math.min(items.length - 1, Math.max(0, index + step))];
    if (next) select(next.id);
  };
  const toggle = (id: string) => setChecked((prev) => {
    const next = new Set(prev);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  const afterDecision = () => {
    // Move on to the next task, the way a reviewer works through a queue.
    const next = items[index + 1] ?? items[index - 1];
    select(next && next.id !== filters.selected ? next.id : null);
    void qc.invalidateQueries({ queryKey: trpc.inbox.list.queryKey() });
  };

  useInboxShortcuts({
    next: () => move(index < 0 ? 0 : 1),
    previous: () => move(-1),
    decide: (outcome) => decideRef.current?.(outcome),
    focusComment: () => document.getElementById(COMMENT_INPUT_ID)?.focus(),
    toggleCheck: () => filters.selected && toggle(filters.selected),
    help: () => setHelp(true),
  });

  const checkedTasks = items.filter((task) => checked.has(task.id));
  if (!user) return null;
  return (
    <>
      <PageHead title={t('inbox.title')}>
        <button type="button" className="btn btn-sm btn-ghost" onClick={() => setHelp(true)} aria-label={t('shortcuts.title')}>
          <Icon name="keyboard" /> <kbd>?</kbd>
        </button>
      </PageHead>
      <div className="inbox">
        <div className="inbox-list">
          <InboxFilters filters={filters} counts={list.data?.counts} />
          {checkedTasks.length > 0 && (
            <BulkBar tasks={checkedTasks} onClear={() => setChecked(new Set())} onDone={() => {
              setChecked(new Set());
              void qc.invalidateQueries({ queryKey: trpc.inbox.list.queryKey() });
            }} />
          )}
          <div className="inbox-list-scroll">
            {list.isLoading && <Loading />}
            {list.error && <div style={{ padding: 12 }}><ErrorBox error={list.error} /></div>}
            {list.data && items.length === 0 && <Empty icon="check" title={t('inbox.empty')} hint={t('inbox.emptyHint')} />}
            <TaskList items={items} selected={filters.selected} checked={checked} onSelect={select} onToggle={toggle} />
          </div>
        </div>
        <div className="inbox-detail">
          {filters.selected
            ? <TaskDetail key={filters.selected} taskId={filters.selected} user={user} decideRef={decideRef} onDecided={afterDecision} />
            : <Empty icon="inbox" title={t('inbox.pick')} hint={t('inbox.pickHint')} />}
        </div>
      </div>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </>
  );
}
