/** Campaigns, newest first, with a button to draft a new one. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { trpc } from '../lib/trpc.ts';
import { Link } from '../lib/router.tsx';
import { Empty, ErrorBox, Loading } from '../ui/states.tsx';
import './campaigns.css';
import './i18n.ts';

export function CampaignsPage() {
  const { t } = useTranslation();
  const list = useQuery(trpc.campaigns.list.queryOptions({ mine: false, limit: 100 }));
  return (
    <div className="cmp-page" data-testid="campaigns-page">
      <div className="cmp-row">
        <h2>{t('campaigns.title')}</h2>
        <Link to="/campaigns/new" className="button primary">{t('campaigns.new')}</Link>
      </div>
      {list.isLoading && <Loading />}
      {list.error && <ErrorBox error={list.error} />}
      {list.data?.length === 0 && <Empty title={t('campaigns.empty')} />}
      {list.data && list.data.length > 0 && (
        <table className="cmp-table">
          <thead><tr><th>{t('campaigns.name')}</th><th>{t('campaigns.status')}</th><th>{t('campaigns.sendAt')}</th><th>{t('campaigns.updated')}</th></tr></thead>
          <tbody>
            {list.data.map((c) => (
              <tr key={c.id}><td><Link to={`/campaigns/${c.id}`}>{c.name}</Link></td><td>{c.status}</td><td>{new Date(c.sendAt).toLocaleString()}</td><td>{new Date(c.updatedAt).toLocaleString()}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
