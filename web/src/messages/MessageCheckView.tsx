/**
 * Live message validation: the text with each claim highlighted and linked to the offer field it matched, the
 * findings grouped by severity, a character/segment counter and the acknowledgement that warnings need. It checks
 * in the browser with the same rule engine the server and the workflow use (debounced while the author types), or
 * shows stored findings (`findings`, e.g. the run's) read-only to reviewers.
 */
import type { TFinding } from '@switchboard/flows';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcknowledgeForm, type TAcknowledged } from './AcknowledgeForm.tsx';
import { FindingList } from './FindingList.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { buildMarks, cutPieces, markForFinding } from './highlight-model.ts';
import type { TCheckRequest, TCheckResult } from './run-check.ts';
import { SegmentCounter } from './SegmentCounter.tsx';
import { useMessageCheck } from './use-message-check.ts';
import './messages.css';
import './i18n.ts';

/** What a host needs to gate submission: errors block, warnings need an acknowledgement. */
export type TMessageCheckSummary = {
  errors: number;
  warnings: number;
  warningRules: string[];
  blocking: boolean;
  result: TCheckResult;
};

/** What to check (offer null = only the rules that need no offer run), plus how to show it. */
export type TMessageCheckViewProps = TCheckRequest & {
  /** Stored findings (a run's): shown instead of the live check's. */
  findings?: TFinding[] | undefined;
  acknowledged?: TAcknowledged | null | undefined;
  onAcknowledge?: ((reason: string, rules: string[]) => Promise<unknown>) | undefined;
  onSummary?: ((summary: TMessageCheckSummary) => void) | undefined;
  debounceMs?: number | undefined;
  title?: string | undefined;
};

export function MessageCheckView(props: TMessageCheckViewProps) {
  const { t } = useTranslation();
  const { result, pending } = useMessageCheck({
    text: props.text, offer: props.offer, channel: props.channel, profile: props.profile, now: props.now,
    previewBindings: props.previewBindings,
  }, props.debounceMs);
  const findings = props.findings ?? result.findings;
  const marks = useMemo(() => buildMarks(result.claims, findings, props.text.length), [result.claims, findings, props.text.length]);
  const pieces = useMemo(() => cutPieces(props.text.length, marks), [props.text.length, marks]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selectedFinding, setSelectedFinding] = useState<number | null>(null);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warningRules = [...new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.rule))];
  const { onSummary } = props;

  useEffect(() => {
    onSummary?.({ errors, warnings: findings.length - errors, warningRules, blocking: errors > 0, result });
    // warningRules is derived from findings; listing findings keeps the effect from firing on every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errors, findings, result, onSummary]);

  const selectFinding = (i: number) => {
    setSelectedFinding(i);
    const mark = markForFinding(marks, i);
    setSelectedId(mark?.id ?? null);
    if (mark) document.querySelector(`[data-mark="${mark.id}"]`)?.scrollIntoView({ block: 'nearest' });
  };
  const selectMark = (id: string | null) => {
    setSelectedId(id);
    setSelectedFinding(marks.find((m) => m.id === id)?.findings[0] ?? null);
  };

  return (
    <div className="msg-check" data-testid="message-check" data-errors={errors} data-warnings={findings.length - errors} aria-busy={pending}>
      <div className="msg-head">
        <strong>{props.title ?? t('messages.title')}</strong>
        <span className={`msg-status msg-status-${errors > 0 ? 'error' : warningRules.length > 0 ? 'warning' : 'ok'}`}>
          {errors > 0 ? t('messages.blocked') : warningRules.length > 0 ? t('messages.needsAck') : t('messages.passes')}
        </span>
        <span className="grow" />
        <SegmentCounter count={result.segments} maxSegments={result.maxSegments} />
      </div>
      {result.offerless && <div className="msg-note">{t('messages.offerless')}</div>}
      <HighlightedText text={props.text} pieces={pieces} selectedId={selectedId} onSelect={selectMark} />
      <Legend />
      {result.failure
        ? <div className="msg-ack-error" role="alert">{t('messages.failure', { reason: result.failure })}</div>
        : <FindingList findings={findings} text={props.text} selectedFinding={selectedFinding} onSelect={selectFinding} />}
      {errors === 0 && warningRules.length > 0 && (
        <AcknowledgeForm rules={warningRules} acknowledged={props.acknowledged ?? null} onAcknowledge={props.onAcknowledge} />
      )}
      <div className="msg-foot faint">{t('messages.ruleSet', { rules: result.ruleSetVersion, profile: `${result.profile.id}@${result.profile.version}` })}</div>
    </div>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <div className="msg-legend" aria-hidden="true">
      {(['match', 'error', 'warning', 'unmapped'] as const).map((tone) => (
        <span key={tone}><span className={`msg-dot msg-${tone}`} />{t(`messages.tone.${tone}`)}</span>
      ))}
    </div>
  );
}
