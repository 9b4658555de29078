/** Links (URL-001) and personal contact details (PII-001). */
import { finding, type TFinding } from '../finding.ts';
import type { TRuleContext } from './context.ts';

function hostMatches(host: string, domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return d !== '' && (host === d || host.endsWith(`.${d}`));
}

export function checkUrls({ offer, profile, analysis }: TRuleContext): TFinding[] {
  const out: TFinding[] = [];
  for (const u of analysis.markup.urls) {
    const shortener = profile.words.shorteners.some((s) => hostMatches(u.host, s));
    const allowed = offer.campaign.url_allowlist.some((d) => hostMatches(u.host, d));
    const https = u.scheme?.toLowerCase() === 'https';
    const reason = shortener ? 'is a link shortener' : !allowed ? `is not on the allowlist (${offer.campaign.url_allowlist.join(', ') || 'empty'})`
      : !https ? 'is not https' : null;
    if (reason === null) continue;
    out.push(finding('URL-001', profile, {
      span: u.span, found: u.raw, expected: allowed && !shortener ? `https://${u.raw.replace(/^https?:\/\//i, '')}` : 'an https link on the allowlist',
      message: `the link "${u.raw}" ${reason}`,
      hint: 'use a full https link on an allowlisted domain (never a shortener)',
    }));
  }
  return out;
}

const PII_LABEL = { mobile: 'a personal mobile number', wechat: 'a WeChat id', qq: 'a QQ id' } as const;

export function checkPersonalData({ text, profile, analysis }: TRuleContext): TFinding[] {
  return analysis.markup.pii.map((p) => finding('PII-001', profile, {
    span: p.span, found: text.slice(p.span[0], p.span[1]),
    message: `the body contains ${PII_LABEL[p.kind]} ("${text.slice(p.span[0], p.span[1])}")`,
    hint: 'use the official service number or link instead of personal contact details',
  }));
}
