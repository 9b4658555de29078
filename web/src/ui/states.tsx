/** Loading, empty and error placeholders shared by every page, so they look and read the same everywhere. */
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/trpc.ts';
import { Icon, type TIconName } from './icons.tsx';

export function Empty({ icon = 'inbox', title, hint }: { icon?: TIconName; title: string; hint?: string }) {
  return (
    <div className="empty">
      <Icon name={icon} />
      <strong>{title}</strong>
      {hint && <span>{hint}</span>}
    </div>
  );
}

export function Loading({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="stack" aria-busy="true" aria-label={t('common.loading')} style={{ padding: 16 }}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton" style={{ width: `${90 - i * 12}%` }} />
      ))}
    </div>
  );
}

export function ErrorBox({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('common.error')}</strong> {errorText(error)}
    </div>
  );
}
