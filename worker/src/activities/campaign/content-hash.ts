/** The content hash approvals bind to: text, offer and send settings; any edit changes it and voids approvals. */
import { canonicalJson, sha256Hex } from '@switchboard/flows/hash/index';

export type TCampaignContent = { text: string; offer: unknown; audienceId: string; sendAt: string; throughputPerSec: number; channel: string };

export function campaignContentHash(content: TCampaignContent): string {
  return sha256Hex(canonicalJson(content));
}
