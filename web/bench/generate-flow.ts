/**
 * Generated flows for the bench: a spine of steps with decisions and reviews whose side exits end the run, every
 * node placed on a grid (so opening measures rendering, not layout) and every port routed (so it compiles clean).
 */
type TJson = Record<string, unknown>;

export function generateFlow(n: number): TJson {
  const cols = 20;
  const at = (i: number) => ({ x: (i % cols) * 300, y: Math.floor(i / cols) * 240 });
  const nodes: TJson[] = [{ id: 'start', kind: 'start', position: at(0), config: {} }];
  const edges: TJson[] = [];
  let prev = { id: 'start', port: 'next', decision: false };
  const link = (to: string) => {
    edges.push({
      id: `e${edges.length + 1}`, from: prev.id, to,
      ...(prev.port === 'next' ? {} : { port: prev.port }),
      ...(prev.decision ? { when: `=input.level > ${edges.length}` } : {}),
    });
  };
  for (let i = 1; nodes.length < n - 1; i++) {
    const id = `n${i}`;
    const kind = i % 7 === 0 ? 'review' : i % 5 === 0 ? 'decision' : i % 3 === 0 ? 'wait' : 'task';
    const config = kind === 'review'
      ? { title: `Check step ${i}`, assignees: { groups: ['reviewers'] }, outcomes: ['approve', 'reject'] }
      : kind === 'wait' ? { duration: '1h' } : kind === 'task' ? { activity: 'noop', input: { step: i }, output: `r${i}` } : {};
    nodes.push({ id, kind, label: `Step ${i}`, position: at(nodes.length), config });
    link(id);
    if (kind === 'review' || kind === 'decision') {
      const endId = `end${i}`;
      nodes.push({ id: endId, kind: 'end', position: at(nodes.length), config: { outcome: 'rejected' } });
      edges.push({ id: `x${i}`, from: id, to: endId, port: kind === 'review' ? 'reject' : 'default' });
    }
    prev = { id, port: kind === 'review' ? 'approve' : kind === 'decision' ? 'hot' : 'next', decision: kind === 'decision' };
  }
  nodes.push({ id: 'done', kind: 'end', position: at(nodes.length), config: { outcome: 'completed' } });
  link('done');
  return { format: 'switchboard.flow/v1', key: `bench-${n}`, name: `Generated ${n}`, nodes, edges };
}
