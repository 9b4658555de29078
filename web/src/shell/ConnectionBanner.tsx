import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { trpc } from '../lib/trpc.ts';
import { Icon } from '../ui/icons.tsx';

/** Says so plainly when the server stops answering, instead of leaving stale lists that look current. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const ping = useQuery({ ...trpc.health.ping.queryOptions(), refetchInterval: 15_000, retry: 1 });
  if (!ping.isError) return null;
  return (
    <div className="connection-banner" role="alert">
      <Icon name="alert" width={14} height={14} /> {t('shell.offline')}
    </div>
  );
}
