/**
 * The editor route (/flows/:key, /flows/new): loads the draft, the catalog and the known flows, then hands a
 * store seeded with the draft to FlowEditor. Everything after loading happens in the store, not in queries.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { matchPath, useLocation } from '../lib/router.tsx';
import { trpc } from '../lib/trpc.ts';
import { ErrorBox, Loading } from '../ui/states.tsx';
import { FlowEditor } from './FlowEditor.tsx';
import { NewFlow } from './NewFlow.tsx';
import './i18n.ts';

export default function EditorPage() {
  const { t } = useTranslation();
  const key = matchPath('/flows/:key', useLocation().pathname)?.key ?? '';
  const flow = useQuery({ ...trpc.flows.get.queryOptions({ key }), enabled: key !== 'new' && key !== '', staleTime: Infinity, refetchOnWindowFocus: false });
  const catalog = useQuery({ ...trpc.catalog.list.queryOptions(), refetchOnWindowFocus: true });
  const flows = useQuery(trpc.flows.list.queryOptions());
  if (key === 'new') return <NewFlow />;
  if (flow.error) return <div style={{ padding: 24 }}><ErrorBox error={flow.error} /></div>;
  if (!flow.data || !flows.data) return <Loading rows={6} />;
  return (
    <FlowEditor
      key={`${flow.data.key}`}
      flow={flow.data}
      catalog={catalog.data ?? []}
      knownFlows={Object.fromEntries(flows.data.filter((f) => f.key !== key).map((f) => [f.key, { subflows: [] }]))}
      title={t('editor.title')}
    />
  );
}
