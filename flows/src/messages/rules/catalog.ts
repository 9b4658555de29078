/** The rule table of spec/message-rules.md. Ids are stable; severities are the defaults before profile strictness. */

/** Version of the rule set: bump it whenever a rule's behaviour changes; it is recorded with every report. */
export const RULE_SET_VERSION = 'message-rules/2026.11.1';

export const RULE_SEVERITY = {
  'SIG-001': 'error', 'SIG-002': 'error',
  'UNSUB-001': 'error', 'UNSUB-002': 'warning',
  'TYPE-001': 'error',
  'LEN-001': 'error', 'LEN-002': 'error',
  'ENC-001': 'warning', 'CHAR-001': 'warning',
  'TPL-001': 'error', 'TPL-002': 'error',
  'TIME-001': 'error', 'TIME-002': 'warning', 'TIME-003': 'error',
  'OFFER-001': 'error', 'OFFER-002': 'error', 'OFFER-003': 'error', 'OFFER-004': 'error', 'OFFER-005': 'error',
  'OFFER-006': 'error', 'OFFER-007': 'error', 'OFFER-008': 'warning', 'OFFER-009': 'warning', 'OFFER-010': 'error',
  'CONT-001': 'error', 'CONT-002': 'warning', 'CONT-003': 'warning', 'CONT-004': 'error',
  'URL-001': 'error', 'PII-001': 'warning',
} as const satisfies Record<string, 'error' | 'warning'>;

export type TRuleId = keyof typeof RULE_SEVERITY;
export type TSeverity = 'error' | 'warning';

export function isRuleId(id: string): id is TRuleId {
  return Object.hasOwn(RULE_SEVERITY, id);
}

export const RULE_IDS: TRuleId[] = Object.keys(RULE_SEVERITY).filter(isRuleId);

/** Rules whose severity rises to error on a strict channel profile. */
export const STRICT_ESCALATED: ReadonlySet<TRuleId> = new Set<TRuleId>(['UNSUB-002']);
