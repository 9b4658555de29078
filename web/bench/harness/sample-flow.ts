/** The reduced complaint follow-up, as the e2e test builds it by hand; used for screenshots during development. */
export const sampleComplaintFlow: Record<string, unknown> = {
  format: 'switchboard.flow/v1',
  key: 'complaint-lite',
  name: '投诉跟进（简化） Complaint follow-up',
  inputSchema: { type: 'object', properties: { severity: { type: 'string' }, phone: { type: 'string' }, text: { type: 'string' } } },
  parameters: { reviewSla: { schema: { type: 'string' }, default: '24h' } },
  nodes: [
    { id: 'start', kind: 'start', position: { x: 0, y: 120 }, config: {} },
    { id: 'severity', kind: 'decision', label: 'Severity?', position: { x: 260, y: 100 }, config: {} },
    { id: 'review', kind: 'review', label: 'Handle complaint', position: { x: 560, y: 0 }, config: { title: 'Complaint from {{input.phone}}', assignees: { groups: ['service-dept'] }, outcomes: ['approve', 'reject'], sla: { due: '4h' } } },
    { id: 'cool', kind: 'wait', label: 'Cool-down', position: { x: 860, y: 0 }, config: { duration: '5s' } },
    { id: 'reply', kind: 'event', label: 'Customer reply', position: { x: 1120, y: 0 }, config: { event: 'customer.reply', timeout: '72h' } },
    { id: 'closed', kind: 'end', label: 'Closed', position: { x: 1420, y: 0 }, config: { outcome: 'completed' } },
    { id: 'silent', kind: 'end', label: 'Closed (silence)', position: { x: 1420, y: 160 }, config: { outcome: 'completed' } },
    { id: 'rejected', kind: 'end', label: 'Rejected', position: { x: 860, y: 220 }, config: { outcome: 'rejected' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'severity' },
    { id: 'e2', from: 'severity', to: 'review', port: 'urgent', when: '=input.severity = "urgent"' },
    { id: 'e3', from: 'severity', to: 'review', port: 'default' },
    { id: 'e4', from: 'review', to: 'cool', port: 'approve' },
    { id: 'e5', from: 'review', to: 'rejected', port: 'reject' },
    { id: 'e6', from: 'cool', to: 'reply' },
    { id: 'e7', from: 'reply', to: 'closed', port: 'received' },
    { id: 'e8', from: 'reply', to: 'silent', port: 'timeout' },
  ],
  ui: { notes: [{ id: 'note-1', text: 'Urgent complaints: 4 h SLA. <b>not bold</b>', position: { x: 0, y: 260 } }] },
};
