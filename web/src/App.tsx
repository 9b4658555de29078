import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginPage } from './auth/LoginPage.tsx';
import { useSession } from './auth/session.ts';
import { matchPath, navigate, useLocation } from './lib/router.tsx';
import { Layout } from './shell/Layout.tsx';
import { Empty, ErrorBox, Loading } from './ui/states.tsx';
import { Toasts } from './ui/toast.tsx';

// The flow editor (Monaco, elkjs) is the heaviest part of the app, so it loads only when opened. The glob finds
// the editor engineer's page once it exists and falls back to a placeholder until then.
const editorModules = import.meta.glob<{ default: ComponentType }>('./editor/EditorPage.tsx');
const loadEditor = editorModules['./editor/EditorPage.tsx'] ?? (() => import('./flows/EditorPlaceholder.tsx'));
const EditorPage = lazy(loadEditor);
// Every page is its own chunk: the first paint (login, shell) stays small, and the message checks the inbox uses
// (the rule engine, JSONata) load with the inbox rather than before sign-in.
const InboxPage = lazy(() => import('./inbox/InboxPage.tsx').then((m) => ({ default: m.InboxPage })));
const RunsPage = lazy(() => import('./runs/RunsPage.tsx').then((m) => ({ default: m.RunsPage })));
const RunDetailPage = lazy(() => import('./runs/RunDetailPage.tsx').then((m) => ({ default: m.RunDetailPage })));
const FlowsPage = lazy(() => import('./flows/FlowsPage.tsx').then((m) => ({ default: m.FlowsPage })));
const CatalogPage = lazy(() => import('./catalog/CatalogPage.tsx').then((m) => ({ default: m.CatalogPage })));
const CampaignsPage = lazy(() => import('./campaigns/CampaignsPage.tsx').then((m) => ({ default: m.CampaignsPage })));
const CampaignEditorPage = lazy(() => import('./campaigns/CampaignEditorPage.tsx').then((m) => ({ default: m.CampaignEditorPage })));

function Routes({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  if (pathname === '/inbox') return <InboxPage />;
  if (pathname === '/runs') return <RunsPage />;
  const run = matchPath('/runs/:id', pathname);
  if (run?.id) return <RunDetailPage runId={run.id} />;
  if (pathname === '/flows') return <FlowsPage />;
  if (matchPath('/flows/:key', pathname)) return <EditorPage />;
  if (pathname === '/catalog') return <CatalogPage />;
  if (pathname === '/campaigns') return <CampaignsPage />;
  const campaign = matchPath('/campaigns/:id', pathname);
  if (campaign?.id) return <CampaignEditorPage key={campaign.id} campaignId={campaign.id === 'new' ? null : campaign.id} />;
  return <Empty icon="search" title={t('common.notFound')} hint={pathname} />;
}

export function App() {
  const { pathname, search } = useLocation();
  const session = useSession();

  // Signed out anywhere → the login page, remembering where we were going.
  useEffect(() => {
    if (session.signedOut && pathname !== '/login') {
      navigate(`/login?next=${encodeURIComponent(pathname + (search.size ? `?${search}` : ''))}`, { replace: true });
    }
    if (session.user && (pathname === '/' || pathname === '/login')) navigate('/inbox', { replace: true });
  }, [session.signedOut, session.user, pathname, search]);

  let content;
  if (pathname === '/login' && !session.user) content = <LoginPage />;
  else if (session.isLoading || !session.user) content = session.error ? <div style={{ padding: 24 }}><ErrorBox error={session.error} /></div> : <Loading />;
  else {
    content = (
      <Layout user={session.user}>
        <Suspense fallback={<Loading rows={6} />}>
          <Routes pathname={pathname} />
        </Suspense>
      </Layout>
    );
  }

  return (
    <>
      {content}
      <Toasts />
    </>
  );
}
