import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginPage } from './auth/LoginPage.tsx';
import { useSession } from './auth/session.ts';
import { CatalogPage } from './catalog/CatalogPage.tsx';
import { FlowsPage } from './flows/FlowsPage.tsx';
import { InboxPage } from './inbox/InboxPage.tsx';
import { matchPath, navigate, useLocation } from './lib/router.tsx';
import { RunDetailPage } from './runs/RunDetailPage.tsx';
import { RunsPage } from './runs/RunsPage.tsx';
import { Layout } from './shell/Layout.tsx';
import { Empty, ErrorBox, Loading } from './ui/states.tsx';
import { Toasts } from './ui/toast.tsx';

// The flow editor (Monaco, elkjs) is the heaviest part of the app, so it loads only when opened. The glob finds
// the editor engineer's page once it exists and falls back to a placeholder until then.
const editorModules = import.meta.glob<{ default: ComponentType }>('./editor/EditorPage.tsx');
const loadEditor = editorModules['./editor/EditorPage.tsx'] ?? (() => import('./flows/EditorPlaceholder.tsx'));
const EditorPage = lazy(loadEditor);

function Routes({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  if (pathname === '/inbox') return <InboxPage />;
  if (pathname === '/runs') return <RunsPage />;
  const run = matchPath('/runs/:id', pathname);
  if (run?.id) return <RunDetailPage runId={run.id} />;
  if (pathname === '/flows') return <FlowsPage />;
  if (matchPath('/flows/:key', pathname)) {
    return (
      <Suspense fallback={<Loading rows={6} />}>
        <EditorPage />
      </Suspense>
    );
  }
  if (pathname === '/catalog') return <CatalogPage />;
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
  else content = <Layout user={session.user}><Routes pathname={pathname} /></Layout>;

  return (
    <>
      {content}
      <Toasts />
    </>
  );
}
