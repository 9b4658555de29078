/** The live progress bar of a send (counted by query on the server), with pause / resume / cancel and the result. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText, trpc, type RouterOutputs } from '../lib/trpc.ts';
import { Link } from '../lib/router.tsx';
import { toast } from '../ui/toast.tsx';

type TView = RouterOutputs['campaigns']['get'];

export function CampaignProgress({ view }: { view: TView }) {
  const { t } = useTranslation();
  const { progress, run, campaign } = view;
  const report = useQuery({ ...trpc.campaigns.report.queryOptions({ campaignId: campaign.id }), refetchInterval: 5_000 });
  const signal = useMutation(trpc.runs.sendEvent.mutationOptions({ onError: (e) => toast(errorText(e), 'error') }));
  if (!run) return null;
  const total = Math.max(progress.audienceSize, progress.sent);
  const percent = total === 0 ? 0 : Math.round((progress.sent / total) * 100);
  const send = (name: string) => signal.mutate({ runId: run.id, name, data: null });
  return (
    <section className="cmp-progress" data-testid="campaign-progress">
      <h3>{t('campaigns.progress')}</h3>
      <div className="cmp-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div style={{ width: `${percent}%` }} />
      </div>
      <p>{t('campaigns.progressLine', { sent: progress.sent, total, remaining: progress.remaining })}</p>
      {progress.batch && <p>{t('campaigns.batchState', { status: progress.batch.status })}</p>}
      <p>{t('campaigns.run')}: <Link to={`/runs/${run.id}`}>{run.id}</Link> ({run.status})</p>
      {progress.batch && progress.batch.status !== 'done' && (
        <div className="cmp-actions">
          <button type="button" onClick={() => send('pause')}>{t('campaigns.pause')}</button>
          <button type="button" onClick={() => send('resume')}>{t('campaigns.resume')}</button>
          <button type="button" onClick={() => send('cancel')}>{t('campaigns.cancel')}</button>
        </div>
      )}
      {report.data && (
        <p data-testid="campaign-report">{t('campaigns.report')}: {t('campaigns.reportLine', { activations: report.data.replies.activations, optOuts: report.data.replies.optOuts, replies: report.data.replies.replies })}</p>
      )}
    </section>
  );
}
