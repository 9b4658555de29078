/**
 * Warnings do not block, but somebody must own them: an acknowledgement with a written reason (the host sends it
 * to `messages.acknowledge`, which audits it). Errors cannot be acknowledged away.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type TAcknowledged = { reason: string; by?: string | undefined; at?: string | undefined };

type TProps = {
  rules: string[];
  acknowledged: TAcknowledged | null;
  onAcknowledge?: ((reason: string, rules: string[]) => Promise<unknown>) | undefined;
};

export function AcknowledgeForm({ rules, acknowledged, onAcknowledge }: TProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (acknowledged) {
    return (
      <div className="msg-ack msg-ack-done" data-testid="message-acknowledged">
        ✓ {t('messages.acknowledgedBy', { by: acknowledged.by ?? '—' })}: <q>{acknowledged.reason}</q>
      </div>
    );
  }
  if (!onAcknowledge) return <div className="msg-ack faint">{t('messages.ackNeeded')}</div>;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try { await onAcknowledge(reason.trim(), rules); } catch (e) { setError(e instanceof Error ? e.message : String(e)); }
    setBusy(false);
  };
  return (
    <form className="msg-ack" data-testid="message-ack" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label>
        <span>{t('messages.ackLabel', { rules: rules.join(', ') })}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('messages.ackPlaceholder')} aria-label={t('messages.ackReason')} />
      </label>
      <button type="submit" className="btn" disabled={busy || reason.trim().length < 3}>{t('messages.acknowledge')}</button>
      {error && <div className="msg-ack-error" role="alert">{error}</div>}
    </form>
  );
}
