import { useQuery } from '@tanstack/react-query';
import { hasRole, useSession } from '../auth/session.ts';
import { Icon } from '../ui/icons.tsx';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';
import { Link, navigate } from '../lib/router.tsx';
import { trpc } from '../lib/trpc.ts';
import { PageHead } from '../shell/Layout.tsx';
import { Empty, ErrorBox, Loading } from '../ui/states.tsx';

export function FlowsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const flows = useQuery(trpc.flows.list.queryOptions());
  const { user } = useSession();
  return (
    <>
      <PageHead title={t('flows.title')}>
        {hasRole(user, 'designer', 'admin') && (
          <Link to="/flows/new" className="btn btn-primary" style={{ textDecoration: 'none' }}><Icon name="edit" />{t('flows.new')}</Link>
        )}
      </PageHead>
      <div className="page-body" style={{ padding: 0 }}>
        {flows.isLoading && <Loading />}
        {flows.error && <div style={{ padding: 24 }}><ErrorBox error={flows.error} /></div>}
        {flows.data?.length === 0 && <Empty icon="flows" title={t('flows.empty')} />}
        {flows.data && flows.data.length > 0 && (
          <table className="table" data-testid="flows-table">
            <thead>
              <tr>
                <th>{t('flows.name')}</th>
                <th>{t('flows.key')}</th>
                <th>{t('flows.latest')}</th>
                <th>{t('flows.draft')}</th>
                <th>{t('flows.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {flows.data.map((f) => (
                <tr key={f.key} onClick={() => navigate(`/flows/${encodeURIComponent(f.key)}`)}>
                  <td>
                    <Link to={`/flows/${encodeURIComponent(f.key)}`} onClick={(e) => e.stopPropagation()} style={{ color: 'inherit', fontWeight: 500 }}>
                      {f.name}
                    </Link>
                    {f.description && <div className="small faint truncate" style={{ maxWidth: 420 }}>{f.description}</div>}
                  </td>
                  <td><code>{f.key}</code></td>
                  <td>
                    {f.latestVersion === null
                      ? <span className="faint">—</span>
                      : <><span className="tag">v{f.latestVersion}</span> <span className="small faint">{t('flows.versionCount', { count: f.versionCount })}</span></>}
                  </td>
                  <td>
                    {f.latestVersion === null
                      ? <span className="pill pill-amber">{t('flows.draftOnly')}</span>
                      : <span className="pill plain">{t('flows.draftRevision', { revision: f.draftRevision })}</span>}
                  </td>
                  <td className="muted" title={fmt.dateTime(f.updatedAt)}>
                    {fmt.relative(f.updatedAt)}{f.updatedBy && <span className="faint"> · {f.updatedBy}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
