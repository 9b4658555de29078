/** The editor's draft model: an empty draft names its missing fields; a filled one becomes a valid API draft. */
import { describe, expect, it } from 'vitest';
import { emptyDraft, offerOf, toDraftInput } from './draft-model.ts';

describe('campaign draft model', () => {
  it('an empty draft is not submittable and says which offer fields are missing', () => {
    const draft = emptyDraft(new Date('2026-03-01T08:00:00Z'));
    const { offer, issues } = offerOf(draft, 10);
    expect(offer).toBeNull();
    expect(issues.join('\n')).toMatch(/offer_id/);
    expect(toDraftInput(draft, 10)).toBeNull();
  });

  it('a filled draft folds the schedule into the offer', () => {
    const draft = emptyDraft(new Date('2026-03-01T08:00:00Z'));
    draft.name = '语音保障包';
    draft.ownerEmail = 'olga@example.com';
    draft.text = '【云帆电信】回复YY6办理。拒收请回复R';
    draft.throughputPerSec = 300;
    draft.offer = { ...draft.offer, offer_id: 'RET-1', offer_name: '语音保障包', activation: { method: 'sms_reply', keyword: 'YY6', deadline: '2026-03-31' }, campaign: { ...draft.offer.campaign, signature: '云帆电信' } };
    const input = toDraftInput(draft, 42);
    expect(input).not.toBeNull();
    expect(input?.offer.campaign).toMatchObject({ audience_size: 42, throughput_per_sec: 300, send_at: input?.sendAt });
    expect(input?.offer.campaign.send_window).toEqual({ start: '08:00', end: '20:00', tz: 'Asia/Shanghai' });
  });
});
