import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isApprovingOutcome } from '@switchboard/flows';
import { errorText, trpc } from '../lib/trpc.ts';
import { Icon } from '../ui/icons.tsx';
import { outcomeLabel } from '../ui/status.tsx';
import { toast } from '../ui/toast.tsx';
import { fieldsOf, initialDraft, validateDraft } from './schema-form-model.ts';
import { SchemaForm } from './SchemaForm.tsx';

export const COMMENT_INPUT_ID = 'decision-comment';

type TProps = {
  taskId: string;
  outcomes: string[];
  form: unknown;
  /** The inbox's keyboard shortcuts call this to decide without touching the mouse. */
  decideRef: RefObject<((outcome: string) => void) | null>;
  onDecided: () => void;
  /** Why approving is not possible yet (message errors, unacknowledged warnings); other outcomes stay open. */
  approvalBlock?: string | null;
};

function outcomeClass(outcome: string, index: number) {
  if (isApprovingOutcome(outcome) || (index === 0 && !/reject|deny/i.test(outcome))) return 'btn btn-approve';
  if (/^(reject|deny|decline|refuse)/i.test(outcome)) return 'btn btn-reject';
  return 'btn';
}
const SHORTCUT: Record<string, string> = { approve: 'a', reject: 'r' };

export function DecisionForm({ taskId, outcomes, form, decideRef, onDecided, approvalBlock = null }: TProps) {
  const { t } = useTranslation();
  const fields = useMemo(() => fieldsOf(form), [form]);
  const [draft, setDraft] = useState(() => initialDraft(fields));
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // One request id per attempt, so a double click or a retried request is applied once by the server.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const { value, errors } = validateDraft(fields, draft);
  const valid = Object.keys(errors).length === 0;

  useEffect(() => {
    setDraft(initialDraft(fields));
    setComment('');
    setTried(false);
    setRefusal(null);
    setRequestId(crypto.randomUUID());
  }, [taskId, fields]);

  const decide = useMutation(trpc.inbox.decide.mutationOptions({
    onSuccess: (result, input) => {
      toast(result.status === 'recorded' ? t('inbox.recorded') : t('inbox.decided', { outcome: outcomeLabel(t, input.outcome) }));
      onDecided();
    },
    onError: (e) => {
      setRefusal(errorText(e));
      setRequestId(crypto.randomUUID());
    },
  }));

  const submit = (outcome: string) => {
    setTried(true);
    setRefusal(null);
    if (approvalBlock && isApprovingOutcome(outcome)) {
      setRefusal(approvalBlock);
      return;
    }
    if (!valid || decide.isPending) return;
    decide.mutate({ taskId, outcome, comment: comment.trim() || undefined, form: fields.length ? value : undefined, requestId });
  };
  useEffect(() => {
    // A shortcut for an outcome this review does not offer explains itself instead of asking the server.
    decideRef.current = (outcome) => (outcomes.includes(outcome) ? submit(outcome) : setRefusal(t('inbox.noSuchOutcome', { outcome: outcomeLabel(t, outcome) })));
    return () => { decideRef.current = null; };
  });

  return (
    <section className="card decide-card" data-testid="decision-form">
      <div className="card-head"><h3>{t('inbox.decision')}</h3></div>
      <div className="card-body">
        {fields.length > 0 && <SchemaForm fields={fields} draft={draft} errors={errors} showErrors={tried} onChange={setDraft} disabled={decide.isPending} />}
        <div className="field">
          <label htmlFor={COMMENT_INPUT_ID}>{t('inbox.comment')} <kbd>c</kbd></label>
          <textarea id={COMMENT_INPUT_ID} className="textarea" rows={3} placeholder={t('inbox.commentPlaceholder')}
            value={comment} onChange={(e) => setComment(e.target.value)} disabled={decide.isPending} />
        </div>
        {refusal && <div className="alert alert-error" role="alert" style={{ marginBottom: 10 }} data-testid="decision-error">{refusal}</div>}
        {tried && !valid && <div className="alert alert-warn" style={{ marginBottom: 10 }}>{t('form.fixErrors')}</div>}
        <div className="outcomes">
          {outcomes.map((o, i) => (
            <button key={o} type="button" className={outcomeClass(o, i)} disabled={decide.isPending} onClick={() => submit(o)} data-outcome={o}
              aria-disabled={approvalBlock !== null && isApprovingOutcome(o)} title={approvalBlock !== null && isApprovingOutcome(o) ? approvalBlock : undefined}>
              {/^(approve|accept)/i.test(o) && <Icon name="check" />}
              {/^(reject|deny)/i.test(o) && <Icon name="x" />}
              {outcomeLabel(t, o)}
              {SHORTCUT[o] && <kbd>{SHORTCUT[o]}</kbd>}
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
