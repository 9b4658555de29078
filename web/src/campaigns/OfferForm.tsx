/** The offer as a form (spec/message-rules.md fields an author sets); the channel's send window is shown with it. */
import { useTranslation } from 'react-i18next';
import type { TBenefitForm, TOfferForm } from './draft-model.ts';

type TProps = { offer: TOfferForm; onChange: (offer: TOfferForm) => void };

const num = (s: string) => (s === '' ? 0 : Number(s));

export function OfferForm({ offer, onChange }: TProps) {
  const { t } = useTranslation();
  const c = offer.campaign;
  const freeze = offer.balance_freeze;
  const setBenefit = (i: number, patch: Partial<TBenefitForm>) => onChange({ ...offer, benefits: offer.benefits.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  return (
    <fieldset className="cmp-offer" data-testid="offer-form">
      <legend>{t('campaigns.offer')}</legend>
      <label>{t('campaigns.offerId')}<input value={offer.offer_id} onChange={(e) => onChange({ ...offer, offer_id: e.target.value })} /></label>
      <label>{t('campaigns.offerName')}<input value={offer.offer_name} onChange={(e) => onChange({ ...offer, offer_name: e.target.value })} /></label>
      <label>{t('campaigns.offerType')}
        <select value={offer.offer_type} onChange={(e) => onChange({ ...offer, offer_type: e.target.value === 'upsell' ? 'upsell' : e.target.value === 'notification' ? 'notification' : 'retention' })}>
          <option value="retention">retention</option><option value="upsell">upsell</option><option value="notification">notification</option>
        </select>
      </label>
      <label>{t('campaigns.keyword')}<input value={offer.activation.keyword} onChange={(e) => onChange({ ...offer, activation: { ...offer.activation, keyword: e.target.value } })} /></label>
      <label>{t('campaigns.deadline')}<input type="date" value={offer.activation.deadline} onChange={(e) => onChange({ ...offer, activation: { ...offer.activation, deadline: e.target.value } })} /></label>
      <label className="cmp-check">
        <input type="checkbox" checked={freeze !== null} onChange={(e) => onChange({ ...offer, balance_freeze: e.target.checked ? { freeze_amount_cny: 90, release_per_month_cny: 15, release_months: 6, release_start: 'next_month' } : null })} />
        {t('campaigns.freeze')}
      </label>
      {freeze && (
        <div className="cmp-row">
          <label>{t('campaigns.freezeAmount')}<input type="number" min={0} value={freeze.freeze_amount_cny} onChange={(e) => onChange({ ...offer, balance_freeze: { ...freeze, freeze_amount_cny: num(e.target.value) } })} /></label>
          <label>{t('campaigns.releasePerMonth')}<input type="number" min={0} value={freeze.release_per_month_cny} onChange={(e) => onChange({ ...offer, balance_freeze: { ...freeze, release_per_month_cny: num(e.target.value) } })} /></label>
          <label>{t('campaigns.releaseMonths')}<input type="number" min={1} value={freeze.release_months} onChange={(e) => onChange({ ...offer, balance_freeze: { ...freeze, release_months: num(e.target.value) } })} /></label>
        </div>
      )}
      <div className="cmp-sub">{t('campaigns.benefits')}</div>
      {offer.benefits.map((b, i) => (
        <div className="cmp-row" key={i} data-testid="benefit">
          <select aria-label="kind" value={b.kind} onChange={(e) => setBenefit(i, e.target.value === 'voice' ? { kind: 'voice', unit: 'min' } : { kind: e.target.value === 'data_addon' ? 'data_addon' : 'data', unit: 'GB' })}>
            <option value="data">data</option><option value="data_addon">data_addon</option><option value="voice">voice</option>
          </select>
          <label>{t('campaigns.amount')}<input type="number" min={0} value={b.amount} onChange={(e) => setBenefit(i, { amount: num(e.target.value) })} /></label>
          <label>{t('campaigns.unit')}
            <select value={b.unit} onChange={(e) => setBenefit(i, { unit: e.target.value === 'MB' ? 'MB' : e.target.value === 'min' ? 'min' : 'GB' })}>
              <option value="GB">GB</option><option value="MB">MB</option><option value="min">min</option>
            </select>
          </label>
          <label>{t('campaigns.basis')}
            <select value={b.basis} onChange={(e) => setBenefit(i, { basis: e.target.value === 'one_time' ? 'one_time' : 'per_month' })}>
              <option value="per_month">per_month</option><option value="one_time">one_time</option>
            </select>
          </label>
          <label>{t('campaigns.months')}<input type="number" min={1} value={b.months ?? ''} onChange={(e) => setBenefit(i, { months: e.target.value === '' ? undefined : num(e.target.value) })} /></label>
          <button type="button" onClick={() => onChange({ ...offer, benefits: offer.benefits.filter((_, j) => j !== i) })}>{t('campaigns.remove')}</button>
        </div>
      ))}
      <button type="button" onClick={() => onChange({ ...offer, benefits: [...offer.benefits, { kind: 'data', amount: 10, unit: 'GB', basis: 'per_month', months: 3, scope: 'national_general', scope_label: '国内通用' }] })}>{t('campaigns.addBenefit')}</button>
      <div className="cmp-row">
        <label>{t('campaigns.signature')}<input value={c.signature} onChange={(e) => onChange({ ...offer, campaign: { ...c, signature: e.target.value } })} /></label>
        <label>{t('campaigns.unsubscribe')}<input value={c.unsubscribe_text} onChange={(e) => onChange({ ...offer, campaign: { ...c, unsubscribe_text: e.target.value } })} /></label>
        <label>{t('campaigns.maxSegments')}<input type="number" min={1} value={c.max_segments} onChange={(e) => onChange({ ...offer, campaign: { ...c, max_segments: num(e.target.value) } })} /></label>
      </div>
      <div className="cmp-row">
        <label>{t('campaigns.window')}<input type="time" value={c.send_window.start} onChange={(e) => onChange({ ...offer, campaign: { ...c, send_window: { ...c.send_window, start: e.target.value } } })} /></label>
        <label>–<input type="time" value={c.send_window.end} onChange={(e) => onChange({ ...offer, campaign: { ...c, send_window: { ...c.send_window, end: e.target.value } } })} /></label>
        <span className="cmp-hint" data-testid="window-hint">{t('campaigns.windowHint', { start: c.send_window.start, end: c.send_window.end, tz: c.send_window.tz })}</span>
      </div>
    </fieldset>
  );
}
