/**
 * The campaign editor: settings and schedule, the offer as a form, the template with live validation (the same
 * rule engine as the workflow, run in the browser: findings with spans, expected vs found, segment counter),
 * previews for sample recipients, save, submit for approval, and the send's progress once it runs.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, trpc } from '../lib/trpc.ts';
import { navigate } from '../lib/router.tsx';
import { MessageCheckView, type TMessageCheckSummary } from '../messages/index.ts';
import { ErrorBox, Loading } from '../ui/states.tsx';
import { toast } from '../ui/toast.tsx';
import { CampaignProgress } from './CampaignProgress.tsx';
import { emptyDraft, fromCampaign, offerOf, toDraftInput, type TDraftForm } from './draft-model.ts';
import { OfferForm } from './OfferForm.tsx';
import './campaigns.css';
import './i18n.ts';

export function CampaignEditorPage({ campaignId }: { campaignId: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const existing = useQuery({ ...trpc.campaigns.get.queryOptions({ campaignId: campaignId ?? '' }), enabled: campaignId !== null, refetchInterval: 2_000 });
  const [form, setForm] = useState<TDraftForm | null>(campaignId === null ? emptyDraft() : null);
  const [summary, setSummary] = useState<TMessageCheckSummary | null>(null);
  const loaded = existing.data;
  useEffect(() => {
    if (loaded && form === null) setForm(fromCampaign(loaded.campaign));
  }, [loaded, form]);
  const audienceSize = loaded?.progress.audienceSize ?? 0;
  const previews = useQuery({ ...trpc.campaigns.previews.queryOptions({ audienceId: form?.audienceId ?? '', text: form?.text ?? '', sampleSize: 3 }), enabled: Boolean(form?.audienceId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.campaigns.get.queryKey() });
  const onError = (e: unknown) => toast(errorText(e), 'error');
  const create = useMutation(trpc.campaigns.create.mutationOptions({ onSuccess: (c) => { toast(t('campaigns.saved')); navigate(`/campaigns/${c.id}`, { replace: true }); }, onError }));
  const update = useMutation(trpc.campaigns.update.mutationOptions({ onSuccess: () => { toast(t('campaigns.saved')); void refresh(); }, onError }));
  const submit = useMutation(trpc.campaigns.submit.mutationOptions({ onSuccess: () => { toast(t('campaigns.submitted')); void refresh(); }, onError }));
  const onSummary = useCallback((s: TMessageCheckSummary) => setSummary(s), []);

  if (campaignId !== null && existing.error) return <div className="cmp-page"><ErrorBox error={existing.error} /></div>;
  if (!form) return <Loading rows={8} />;
  const { offer, issues } = offerOf(form, audienceSize);
  const draft = toDraftInput(form, audienceSize);
  const editable = !loaded || ['draft', 'submitted', 'withdrawn', 'failed'].includes(loaded.campaign.status);
  const save = () => {
    if (!draft) return;
    if (loaded) update.mutate({ campaignId: loaded.campaign.id, revision: loaded.campaign.revision, draft });
    else create.mutate(draft);
  };
  const set = (patch: Partial<TDraftForm>) => setForm({ ...form, ...patch });

  return (
    <div className="cmp-page" data-testid="campaign-editor">
      <h2>{form.name || t('campaigns.new')}{loaded && <small> · {loaded.campaign.status} · r{loaded.campaign.revision}</small>}</h2>
      <div className="cmp-row">
        <label>{t('campaigns.name')}<input value={form.name} onChange={(e) => set({ name: e.target.value })} /></label>
        <label>{t('campaigns.ownerEmail')}<input type="email" value={form.ownerEmail} onChange={(e) => set({ ownerEmail: e.target.value })} /></label>
        <label>{t('campaigns.audience')}<input value={form.audienceId} onChange={(e) => set({ audienceId: e.target.value })} /></label>
        <label>{t('campaigns.sendAt')}<input type="datetime-local" value={form.sendAtLocal} onChange={(e) => set({ sendAtLocal: e.target.value })} /></label>
        <label>{t('campaigns.throughput')}<input type="number" min={1} value={form.throughputPerSec} onChange={(e) => set({ throughputPerSec: Number(e.target.value) || 1 })} /></label>
      </div>
      <div className="cmp-grid">
        <OfferForm offer={form.offer} onChange={(o) => set({ offer: o })} />
        <div>
          <label>{t('campaigns.template')}
            <textarea className="cmp-template" data-testid="campaign-template" value={form.text} onChange={(e) => set({ text: e.target.value })} />
          </label>
          {issues.length > 0 && <p className="cmp-hint" data-testid="offer-issues">{t('campaigns.offerInvalid', { issues: issues.slice(0, 3).join('; ') })}</p>}
          <MessageCheckView text={form.text} offer={offer} channel={form.offer.campaign.channel} onSummary={onSummary} />
          <h3>{t('campaigns.previews')}</h3>
          <ul className="cmp-previews" data-testid="campaign-previews">
            {(previews.data?.previews ?? []).map((p) => <li key={p.recipientId}><b>{p.name} {p.phone}</b>: {p.text}</li>)}
            {previews.data?.previews.length === 0 && <li>{t('campaigns.noPreviews')}</li>}
          </ul>
        </div>
      </div>
      <div className="cmp-actions">
        <button type="button" disabled={!draft || !editable || create.isPending || update.isPending} onClick={save}>{t('campaigns.save')}</button>
        {loaded && (
          <button type="button" className="primary" disabled={!editable || summary?.blocking !== false || submit.isPending || loaded.run?.status === 'running'}
            title={summary?.blocking ? t('campaigns.blocked') : undefined} onClick={() => submit.mutate({ campaignId: loaded.campaign.id })}>
            {t('campaigns.submit')}
          </button>
        )}
      </div>
      {loaded && <CampaignProgress view={loaded} />}
    </div>
  );
}
