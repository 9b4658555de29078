import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../auth/session.ts';
import { errorText, trpc } from '../lib/trpc.ts';
import { Modal } from '../ui/Modal.tsx';
import { toast } from '../ui/toast.tsx';

type TProps = { taskId: string; claimedBy: { id: string; username: string } | null; user: TUser; onChanged: () => void };

/** Operators and supervisors may move work between people; everyone else may only claim, release or delegate. */
const canReassign = (user: TUser) => user.roles.some((r) => r === 'operator' || r === 'admin') || user.groups.includes('supervisors');

export function TaskActions({ taskId, claimedBy, user, onChanged }: TProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'delegate' | 'reassign' | null>(null);
  const [to, setTo] = useState('');
  const [groups, setGroups] = useState('');
  const [reason, setReason] = useState('');
  const done = (message: string) => () => {
    toast(message);
    setDialog(null);
    setTo('');
    setGroups('');
    setReason('');
    onChanged();
  };
  const onError = (e: unknown) => toast(errorText(e), 'error');
  const claim = useMutation(trpc.inbox.claim.mutationOptions({ onSuccess: done(t('inbox.claimed')), onError }));
  const unclaim = useMutation(trpc.inbox.unclaim.mutationOptions({ onSuccess: done(t('inbox.unclaimed')), onError }));
  const delegate = useMutation(trpc.inbox.delegate.mutationOptions({ onSuccess: done(t('inbox.delegated')), onError }));
  const reassign = useMutation(trpc.inbox.reassign.mutationOptions({ onSuccess: done(t('inbox.reassigned')), onError }));
  const list = (s: string) => s.split(/[\s,，]+/).map((x) => x.trim()).filter(Boolean);
  const mine = claimedBy?.id === user.id;

  return (
    <div className="row" style={{ flexWrap: 'wrap' }}>
      {!claimedBy && <button type="button" className="btn btn-sm" onClick={() => claim.mutate({ taskId })} disabled={claim.isPending}>{t('inbox.claim')}</button>}
      {claimedBy && (mine || canReassign(user)) && (
        <button type="button" className="btn btn-sm" onClick={() => unclaim.mutate({ taskId })} disabled={unclaim.isPending}>{t('inbox.unclaim')}</button>
      )}
      <button type="button" className="btn btn-sm" onClick={() => setDialog('delegate')}>{t('inbox.delegate')}</button>
      {canReassign(user) && <button type="button" className="btn btn-sm" onClick={() => setDialog('reassign')}>{t('inbox.reassign')}</button>}

      {dialog === 'delegate' && (
        <Modal title={t('inbox.delegateTitle')} submitLabel={t('inbox.delegate')} onClose={() => setDialog(null)}
          submitDisabled={!to.trim() || delegate.isPending}
          onSubmit={() => delegate.mutate({ taskId, to: to.trim(), reason: reason.trim() || undefined })}>
          <div className="field">
            <label htmlFor="delegate-to">{t('inbox.delegateTo')}</label>
            <input id="delegate-to" className="input" autoFocus value={to} onChange={(e) => setTo(e.target.value)} placeholder="ravi" />
            <span className="field-hint">{t('inbox.delegateHint')}</span>
          </div>
          <div className="field">
            <label htmlFor="delegate-reason">{t('common.reason')}</label>
            <textarea id="delegate-reason" className="textarea" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </Modal>
      )}
      {dialog === 'reassign' && (
        <Modal title={t('inbox.reassignTitle')} submitLabel={t('inbox.reassign')} onClose={() => setDialog(null)}
          submitDisabled={(!list(to).length && !list(groups).length) || !reason.trim() || reassign.isPending}
          onSubmit={() => reassign.mutate({ taskId, users: list(to), groups: list(groups), reason: reason.trim() })}>
          <div className="field">
            <label htmlFor="reassign-groups">{t('inbox.reassignGroups')}</label>
            <input id="reassign-groups" className="input" autoFocus value={groups} onChange={(e) => setGroups(e.target.value)} placeholder="billing, network" />
          </div>
          <div className="field">
            <label htmlFor="reassign-users">{t('inbox.reassignUsers')}</label>
            <input id="reassign-users" className="input" value={to} onChange={(e) => setTo(e.target.value)} placeholder="ravi" />
          </div>
          <div className="field">
            <label htmlFor="reassign-reason">{t('common.reason')}</label>
            <textarea id="reassign-reason" className="textarea" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </Modal>
      )}
    </div>
  );
}
