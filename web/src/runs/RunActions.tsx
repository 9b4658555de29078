import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, trpc } from '../lib/trpc.ts';
import { Icon } from '../ui/icons.tsx';
import { Modal } from '../ui/Modal.tsx';
import { toast } from '../ui/toast.tsx';

/** Operator controls for a running run: cancel with a reason, or deliver an external event by hand. */
export function RunActions({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<'cancel' | 'event' | null>(null);
  const [reason, setReason] = useState('');
  const [eventName, setEventName] = useState('');
  const [eventData, setEventData] = useState('{}');
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.runs.get.queryKey({ runId }) });
  const onError = (e: unknown) => toast(errorText(e), 'error');

  const cancel = useMutation(trpc.runs.cancel.mutationOptions({
    onSuccess: () => { toast(t('run.cancelled')); setDialog(null); void refresh(); },
    onError,
  }));
  const signal = useMutation(trpc.runs.sendEvent.mutationOptions({
    onSuccess: () => { toast(t('run.eventSent')); setDialog(null); void refresh(); },
    onError,
  }));

  let parsed: { ok: true; value: unknown } | { ok: false } = { ok: false };
  try {
    parsed = { ok: true, value: JSON.parse(eventData) };
  } catch {
    parsed = { ok: false };
  }

  return (
    <>
      <button type="button" className="btn" onClick={() => setDialog('event')}><Icon name="send" />{t('run.sendEvent')}</button>
      <button type="button" className="btn btn-reject" onClick={() => setDialog('cancel')}><Icon name="stop" />{t('run.cancel')}</button>
      {dialog === 'cancel' && (
        <Modal title={t('run.cancelTitle')} submitLabel={t('run.cancel')} danger onClose={() => setDialog(null)}
          submitDisabled={!reason.trim() || cancel.isPending} onSubmit={() => cancel.mutate({ runId, reason })}>
          <div className="field">
            <label htmlFor="cancel-reason">{t('common.reason')}</label>
            <textarea id="cancel-reason" className="textarea" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </Modal>
      )}
      {dialog === 'event' && (
        <Modal title={t('run.sendEvent')} submitLabel={t('run.send')} onClose={() => setDialog(null)}
          submitDisabled={!eventName.trim() || !parsed.ok || signal.isPending}
          onSubmit={() => parsed.ok && signal.mutate({ runId, name: eventName.trim(), data: parsed.value })}>
          <div className="field">
            <label htmlFor="event-name">{t('run.eventName')}</label>
            <input id="event-name" className="input" autoFocus value={eventName} onChange={(e) => setEventName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="event-data">{t('run.eventData')}</label>
            <textarea id="event-data" className="textarea mono" value={eventData} aria-invalid={!parsed.ok} onChange={(e) => setEventData(e.target.value)} />
            {!parsed.ok && <span className="field-error">{t('form.error.json')}</span>}
          </div>
        </Modal>
      )}
    </>
  );
}
