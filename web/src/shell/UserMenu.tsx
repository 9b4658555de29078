import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogout, type TUser } from '../auth/session.ts';
import { Icon } from '../ui/icons.tsx';

/** Who am I and what may I do: name, roles and groups at a glance, logout one click further. */
export function UserMenu({ user }: { user: TUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (e.target instanceof Node && !ref.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="menu" ref={ref}>
      {open && (
        <div className="menu-pop" role="menu">
          <div style={{ padding: '6px 8px 8px' }}>
            <div className="small faint">{t('shell.roles')}</div>
            <div className="row" style={{ flexWrap: 'wrap', gap: 4, marginTop: 4 }} data-testid="user-roles">
              {user.roles.map((r) => <span key={r} className="tag">{t(`role.${r}`, { defaultValue: r })}</span>)}
            </div>
            {user.groups.length > 0 && (
              <>
                <div className="small faint" style={{ marginTop: 8 }}>{t('shell.groups')}</div>
                <div className="row" style={{ flexWrap: 'wrap', gap: 4, marginTop: 4 }}>
                  {user.groups.map((g) => <span key={g} className="tag">{t(`group.${g}`, { defaultValue: g })}</span>)}
                </div>
              </>
            )}
          </div>
          <button type="button" role="menuitem" className="menu-item" onClick={() => logout.mutate()}>
            <Icon name="logout" /> {t('shell.logout')}
          </button>
        </div>
      )}
      <button type="button" className="user-chip" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span className="avatar" aria-hidden="true">{(user.displayName || user.username).slice(0, 1).toUpperCase()}</span>
        <span className="grow">
          <span className="truncate" style={{ display: 'block', fontWeight: 500 }}>{user.displayName}</span>
          <span className="truncate small faint" style={{ display: 'block' }}>@{user.username}</span>
        </span>
      </button>
    </div>
  );
}
