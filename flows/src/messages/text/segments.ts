/** Billed SMS segments (LEN-001) and the GSM-7 alphabet (ENC-001). */
import type { TChannelProfile } from '../profiles/schema.ts';

const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';
const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export function isGsmChar(ch: string): boolean {
  return BASIC.has(ch) || EXTENSION.has(ch);
}

/** The segment count of a text and how it was counted. */
export type TSegmentCount = {
  encoding: 'cn' | 'gsm7' | 'ucs2';
  /** Billing units: characters (cn), septets (gsm7, extension chars count 2) or UTF-16 code units (ucs2). */
  units: number;
  /** Characters as a person counts them (code points). */
  chars: number;
  segments: number;
  singleLimit: number;
  perSegment: number;
};

function segmentsFor(units: number, single: number, multi: number): number {
  if (units === 0) return 0;
  return units <= single ? 1 : Math.ceil(units / multi);
}

/**
 * CN profiles: every character counts 1 (signature and opt-out included), ≤ 70 is one segment, longer bills
 * ceil(n / 67). GSM profiles: GSM-7 160 / 153 with extension characters counting 2; any other character forces
 * UCS-2, 70 / 67 counted in UTF-16 code units.
 */
export function countSegments(text: string, profile: Pick<TChannelProfile, 'encoding'>): TSegmentCount {
  const chars = Array.from(text);
  if (profile.encoding === 'cn') {
    const n = chars.length;
    return { encoding: 'cn', units: n, chars: n, segments: segmentsFor(n, 70, 67), singleLimit: 70, perSegment: 67 };
  }
  let septets = 0;
  let gsm = true;
  for (const ch of chars) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXTENSION.has(ch)) septets += 2;
    else { gsm = false; break; }
  }
  if (gsm) {
    return { encoding: 'gsm7', units: septets, chars: chars.length, segments: segmentsFor(septets, 160, 153), singleLimit: 160, perSegment: 153 };
  }
  const units = text.length;
  return { encoding: 'ucs2', units, chars: chars.length, segments: segmentsFor(units, 70, 67), singleLimit: 70, perSegment: 67 };
}
