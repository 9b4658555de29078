import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../auth/session.ts';
import { InboxBadge } from '../inbox/InboxBadge.tsx';
import { Link, useLocation } from '../lib/router.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { Icon, type TIconName } from '../ui/icons.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { UserMenu } from './UserMenu.tsx';
// The campaigns link is labelled from the campaigns bundle, which must be registered before the pages load.
import '../campaigns/i18n.ts';

const NAV: Array<{ to: string; icon: TIconName; label: string }> = [
  { to: '/inbox', icon: 'inbox', label: 'nav.inbox' },
  { to: '/runs', icon: 'runs', label: 'nav.runs' },
  { to: '/flows', icon: 'flows', label: 'nav.flows' },
  { to: '/catalog', icon: 'catalog', label: 'nav.catalog' },
  { to: '/campaigns', icon: 'send', label: 'campaigns.title' },
];

export function Layout({ user, children }: { user: TUser; children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="app">
      <nav className="sidebar" aria-label={t('shell.navigation')}>
        <div className="brand">
          <img src="/favicon.svg" alt="" />
          Switchboard
        </div>
        <div className="nav-section">{t('shell.workspace')}</div>
        {NAV.map((item) => (
          <Link key={item.to} to={item.to} className="nav-link" data-testid={`nav-${item.to.slice(1)}`}
            aria-current={pathname === item.to || pathname.startsWith(`${item.to}/`) ? 'page' : undefined}>
            <Icon name={item.icon} />
            {t(item.label)}
            {item.to === '/inbox' && <InboxBadge />}
          </Link>
        ))}
        <div className="sidebar-foot">
          <LanguageSwitcher />
          <UserMenu user={user} />
        </div>
      </nav>
      <main className="main">
        <ConnectionBanner />
        <ErrorBoundary resetKey={pathname}>{children}</ErrorBoundary>
      </main>
    </div>
  );
}

/** The title row every page starts with; actions go on the right. */
export function PageHead({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-head">
      <h1>{title}</h1>
      <div className="spacer" />
      {children}
    </header>
  );
}
