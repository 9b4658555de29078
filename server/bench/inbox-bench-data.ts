/**
 * Synthetic inbox for the benchmark: 100,000 open review tasks spread over the demo groups, half of them past
 * their due time, with bilingual complaint titles so the text filter has realistic selectivity.
 */
import { tasks, type TDb } from '@switchboard/drizzle';
import { searchColumns, taskAudience } from '@switchboard/worker/activities/tasks-search';

const GROUPS = ['reviewers', 'billing', 'network', 'service-dept', 'marketing', 'business-a', 'business-b', 'collections', 'dispatch', 'supervisors'];
const TOPICS = ['宽带断网 broadband outage', '账单多扣费 wrong charge', '客服态度 rude staff', '信号差 weak signal', '退款未到 refund missing', '光猫归还 modem return', '套餐变更 plan change', '上门维修 technician visit'];
const CITIES = ['北京 Beijing', '上海 Shanghai', '广州 Guangzhou', '深圳 Shenzhen', '成都 Chengdu', '杭州 Hangzhou'];
const FLOWS = ['complaint-follow-up', 'broadband-disconnection', 'campaign-approval'];

/** A small deterministic generator, so every run of the benchmark measures the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function fillInbox(db: TDb, count: number, now: Date): Promise<void> {
  const next = rng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] ?? list[0] as T;
  const chunk = 2000;
  for (let start = 0; start < count; start += chunk) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + chunk); i += 1) {
      const first = pick(GROUPS);
      const groups = next() < 0.3 ? [...new Set([first, pick(GROUPS)])] : [first];
      const title = `投诉处理 ${pick(TOPICS)} · ${pick(CITIES)} · C-${100000 + i}`;
      const flowKey = pick(FLOWS);
      rows.push({
        id: `run-bench-${i}:handle:1`,
        runId: `run-bench-${i}`,
        nodeId: 'handle',
        flowKey,
        version: 1,
        title,
        outcomes: ['resolved', 'consult'],
        assigneeGroups: groups,
        audience: taskAudience({ groups, users: [], watchers: [], claimedBy: null }),
        quorum: 1,
        dueAt: new Date(now.getTime() + (next() - 0.5) * 20 * 86_400_000),
        createdAt: new Date(now.getTime() - next() * 30 * 86_400_000),
        ...searchColumns([title, null, flowKey]),
      });
    }
    await db.insert(tasks).values(rows);
  }
}
