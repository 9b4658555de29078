/**
 * Reads `runs.findings` (one report per `validate` visit, and per refused or warned `notify`) defensively: the
 * column is JSON written by workflows of any version, so anything unreadable is dropped, never trusted. Only the
 * latest report of each node counts: a re-validated text replaces the earlier verdict.
 */
import { ZChannel, ZFinding, ZOffer, type TChannel, type TFinding, type TOffer } from '@switchboard/flows';
import { z } from 'zod';

const ZStoredReport = z.object({
  nodeId: z.string().default('validate'),
  text: z.string().optional(),
  offer: z.unknown().optional(),
  findings: z.array(ZFinding),
  profile: z.object({ id: z.string(), version: z.string() }).optional(),
}).loose();

export type TStoredReport = { nodeId: string; text: string | null; offer: TOffer | null; channel: TChannel | undefined; findings: TFinding[] };

export function storedReports(value: unknown): TStoredReport[] {
  const list = Array.isArray(value) ? value : [];
  const latest = new Map<string, TStoredReport>();
  for (const item of list) {
    const parsed = ZStoredReport.safeParse(item);
    if (!parsed.success) continue;
    const r = parsed.data;
    const offer = ZOffer.safeParse(r.offer);
    const channel = ZChannel.safeParse(r.profile?.id);
    latest.set(r.nodeId, {
      nodeId: r.nodeId, text: r.text ?? null, offer: offer.success ? offer.data : null,
      channel: channel.success ? channel.data : undefined, findings: r.findings,
    });
  }
  return [...latest.values()];
}
