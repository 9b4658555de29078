/** Endpoints of the demo telecom service; pure functions of the state and the request. */
import type { TTelecomState } from './service.ts';

export type TReply = { status: number; body: unknown };
export type TRequest = { method: string; url: URL; body: unknown; idempotencyKey: string | null };

const notFound = (what: string): TReply => ({ status: 404, body: { error: `${what} not found` } });

function field(body: unknown, name: string): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const value: unknown = Reflect.get(body, name);
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Runs a side effect once per idempotency key; repeats get the first reply back. */
function once(state: TTelecomState, kind: string, req: TRequest, subject: string, act: () => TReply): TReply {
  if (!req.idempotencyKey) return { status: 400, body: { error: 'Idempotency-Key header is required' } };
  const key = `${kind}:${req.idempotencyKey}`;
  state.requests.push({ kind, idempotencyKey: req.idempotencyKey });
  let reply = state.replies.get(key);
  if (!reply) {
    reply = act();
    if (reply.status < 300) {
      state.replies.set(key, reply);
      state.effects.push({ kind, idempotencyKey: req.idempotencyKey, subject, at: new Date().toISOString() });
    }
  }
  const faults = state.faults[kind] ?? 0;
  if (faults > 0) {
    state.faults[kind] = faults - 1;
    return { status: 503, body: { error: 'injected fault after acting' } };
  }
  return reply;
}

export function routeTelecom(state: TTelecomState, req: TRequest): TReply {
  const { data } = state;
  const parts = req.url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [root, id, sub] = parts;
  const route = `${req.method} /${root ?? ''}${id ? '/:id' : ''}${sub ? `/${sub}` : ''}`;
  switch (route) {
    case 'GET /health':
      return { status: 200, body: { ok: true } };
    case 'GET /customers': {
      const idNumber = req.url.searchParams.get('idNumber') ?? '';
      const customer = data.customers.find((c) => c.idNumber.toUpperCase() === idNumber.toUpperCase());
      return customer ? { status: 200, body: { customerId: customer.customerId, name: customer.name, phone: customer.phone } } : notFound(`customer with ID number ${idNumber}`);
    }
    case 'GET /customers/:id/lines': {
      if (!data.customers.some((c) => c.customerId === id)) return notFound(`customer ${id}`);
      const lines = data.lines.filter((l) => l.customerId === id).map(({ customerId: _owner, ...line }) => line);
      return { status: 200, body: { lines } };
    }
    case 'GET /lines/:id/arrears': {
      if (!data.lines.some((l) => l.lineId === id)) return notFound(`line ${id}`);
      const arrears = data.arrears[id ?? ''] ?? { amountCny: 0, months: 0 };
      return { status: 200, body: { ...arrears, paymentLink: `https://pay.example.com/lines/${id}` } };
    }
    case 'GET /lines/:id/terminal': {
      const terminal = data.terminals.find((t) => t.lineId === id);
      return terminal ? { status: 200, body: { terminalId: terminal.terminalId, ownership: terminal.ownership, returned: terminal.returned } } : notFound(`terminal of line ${id}`);
    }
    case 'POST /lines/:id/payments':
      return once(state, 'payment', req, id ?? '', () => {
        if (!data.lines.some((l) => l.lineId === id)) return notFound(`line ${id}`);
        delete data.arrears[id ?? ''];
        return { status: 200, body: { paid: true } };
      });
    case 'POST /pickups':
      return once(state, 'pickup', req, field(req.body, 'lineId') ?? '', () => bookPickup(state, req.body));
    case 'POST /pickups/:id/confirm':
      return once(state, 'pickup-confirm', req, id ?? '', () => {
        const appointment = data.appointments.find((a) => a.appointmentId === id);
        if (!appointment) return notFound(`appointment ${id}`);
        appointment.status = 'done';
        const terminal = data.terminals.find((t) => t.terminalId === appointment.terminalId);
        if (terminal) terminal.returned = true;
        return { status: 200, body: { appointmentId: id, terminalId: appointment.terminalId } };
      });
    case 'POST /lines/:id/deprovision':
      return once(state, 'deprovision', req, id ?? '', () => {
        const line = data.lines.find((l) => l.lineId === id);
        if (!line) return notFound(`line ${id}`);
        if (line.status === 'disconnected') return { status: 409, body: { error: `line ${id} is already disconnected` } };
        line.status = 'disconnected';
        return { status: 200, body: { deprovisionedAt: new Date().toISOString() } };
      });
    case 'POST /lines/:id/final-bill':
      return once(state, 'final-bill', req, id ?? '', () => {
        if (!data.lines.some((l) => l.lineId === id)) return notFound(`line ${id}`);
        state.sequence += 1;
        return { status: 200, body: { billId: `BILL-${id}-${state.sequence}`, amountCny: data.arrears[id ?? '']?.amountCny ?? 0 } };
      });
    case 'GET /state':
      return { status: 200, body: { effects: state.effects, appointments: data.appointments, lines: data.lines } };
    default:
      return notFound(`route ${route}`);
  }
}

function bookPickup(state: TTelecomState, body: unknown): TReply {
  const lineId = field(body, 'lineId');
  const terminalId = field(body, 'terminalId');
  const address = field(body, 'address');
  if (!lineId || !terminalId || !address) return { status: 422, body: { error: 'lineId, terminalId and address are required' } };
  if (!state.data.terminals.some((t) => t.terminalId === terminalId && t.lineId === lineId)) return notFound(`terminal ${terminalId} on line ${lineId}`);
  state.sequence += 1;
  const technicians = ['李师傅 Li', '周师傅 Zhou', '吴师傅 Wu'];
  const appointment = {
    appointmentId: `APT-${state.sequence}`,
    lineId,
    terminalId,
    address,
    slot: `${field(body, 'preferredDate') ?? '2026-12-01'} 09:00-12:00`,
    technician: technicians[state.sequence % technicians.length] ?? 'on duty',
    status: 'booked' as const,
  };
  state.data.appointments.push(appointment);
  return { status: 200, body: { appointmentId: appointment.appointmentId, slot: appointment.slot, technician: appointment.technician } };
}
