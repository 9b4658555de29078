import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { httpStatus } from '../lib/trpc.ts';
import { navigate, useLocation } from '../lib/router.tsx';
import { LanguageSwitcher } from '../shell/LanguageSwitcher.tsx';
import { useLogin } from './session.ts';
import '../styles/login.css';

/** Where to go after signing in: the page that sent us here, but only an in-app path (no open redirect). */
function safeNext(next: string | null) {
  return next && next.startsWith('/') && !next.startsWith('//') && next !== '/login' ? next : '/inbox';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username, password }, { onSuccess: () => navigate(safeNext(search.get('next')), { replace: true }) });
  };
  const status = login.error ? httpStatus(login.error) : undefined;
  const message = status === 401 ? t('login.failed') : status === 400 ? t('login.missing') : login.error ? t('login.unreachable') : null;

  return (
    <div className="login-screen">
      <div className="login-lang"><LanguageSwitcher /></div>
      <form className="login-card" onSubmit={submit} noValidate>
        <div className="login-brand">
          <img src="/favicon.svg" alt="" width={36} height={36} />
          <div>
            <h1>Switchboard</h1>
            <p className="muted">{t('login.tagline')}</p>
          </div>
        </div>
        {message && <div className="alert alert-error" role="alert">{message}</div>}
        <div className="field">
          <label htmlFor="username">{t('login.username')}</label>
          <input id="username" name="username" className="input" autoComplete="username" autoFocus
            value={username} onChange={(e) => setUsername(e.target.value)} aria-invalid={status === 401} />
        </div>
        <div className="field">
          <label htmlFor="password">{t('login.password')}</label>
          <input id="password" name="password" type="password" className="input" autoComplete="current-password"
            value={password} onChange={(e) => setPassword(e.target.value)} aria-invalid={status === 401} />
        </div>
        <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending || !username || !password}>
          {login.isPending ? t('login.signingIn') : t('login.signIn')}
        </button>
      </form>
    </div>
  );
}
