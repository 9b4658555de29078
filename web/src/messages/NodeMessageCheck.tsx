/**
 * The message check under a `validate` / `notify` node's text in the flow editor. A literal offer on the node is
 * used as is; otherwise the author can paste a sample offer (kept per flow and node in this browser), or leave it
 * empty and see the rules that need no offer — exactly what a `notify` with `validate: true` enforces.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpcClient } from '../lib/trpc.ts';
import type { TAcknowledged } from './AcknowledgeForm.tsx';
import { MessageCheckView } from './MessageCheckView.tsx';
import { channelOf, literalOffer, offerFromJson } from './offer-source.ts';

type TProps = { kind: 'validate' | 'notify'; config: Record<string, unknown>; flowKey: string; nodeId: string };

function useStoredSample(key: string): [string, (v: string) => void] {
  const [value, setValue] = useState(() => window.localStorage.getItem(key) ?? '');
  const save = useCallback((v: string) => {
    setValue(v);
    if (v === '') window.localStorage.removeItem(key); else window.localStorage.setItem(key, v);
  }, [key]);
  return [value, save];
}

export function NodeMessageCheck({ kind, config, flowKey, nodeId }: TProps) {
  const { t } = useTranslation();
  const text = typeof config.text === 'string' ? config.text : '';
  const channel = channelOf(kind, config.channel);
  const literal = useMemo(() => (kind === 'validate' ? literalOffer(config.offer) : null), [kind, config.offer]);
  const [sample, setSample] = useStoredSample(`switchboard.sampleOffer.${flowKey}.${nodeId}`);
  const fromSample = useMemo(() => offerFromJson(sample), [sample]);
  const source = literal ?? fromSample;
  const [ack, setAck] = useState<{ text: string; value: TAcknowledged } | null>(null);
  const acknowledge = useCallback(async (reason: string, rules: string[]) => {
    const saved = await trpcClient.messages.acknowledge.mutate({ subject: { type: 'flow', id: flowKey }, text, rules, reason });
    setAck({ text, value: { reason: saved.reason, by: saved.actor, at: saved.at } });
  }, [flowKey, text]);
  if (channel === null) return null;
  return (
    <div className="msg-node" data-testid="node-message-check">
      {kind === 'validate' && !literal && (
        <details className="msg-sample" open={sample !== ''}>
          <summary>{t('messages.inspector.sampleOffer')}: {fromSample.offer ? fromSample.offer.offer_id : t('messages.inspector.noOffer')}</summary>
          <textarea className="sb-input msg-sample-json" rows={6} value={sample} spellCheck={false}
            aria-label={t('messages.inspector.offerJson')} placeholder='{ "offer_id": "…", "benefits": [], "campaign": { … } }'
            onChange={(e) => setSample(e.target.value)} data-testid="sample-offer" />
          {fromSample.error && <div className="msg-ack-error" role="alert">{t('messages.inspector.offerInvalid', { reason: fromSample.error })}</div>}
        </details>
      )}
      {literal?.error && <div className="msg-ack-error" role="alert">{t('messages.inspector.offerInvalid', { reason: literal.error })}</div>}
      <MessageCheckView text={text} offer={source.offer} channel={channel}
        acknowledged={ack && ack.text === text ? ack.value : null} onAcknowledge={acknowledge} />
    </div>
  );
}
