import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsOf, initialDraft, validateDraft, type TDraft } from '../inbox/schema-form-model.ts';
import { SchemaForm } from '../inbox/SchemaForm.tsx';
import { navigate } from '../lib/router.tsx';
import { errorText, trpc } from '../lib/trpc.ts';
import { Modal } from '../ui/Modal.tsx';
import { toast } from '../ui/toast.tsx';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Starts a run of a flow's latest version; the start form is generated from the version's inputSchema. */
export function StartRunDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const flows = useQuery({ ...trpc.flows.list.queryOptions(), select: (list) => list.filter((f) => f.latestVersion !== null) });
  const [flowKey, setFlowKey] = useState('');
  const chosen = flows.data?.find((f) => f.key === flowKey);
  const version = useQuery({
    ...trpc.flows.getVersion.queryOptions({ key: flowKey, version: chosen?.latestVersion ?? 1 }),
    enabled: !!chosen,
    staleTime: Infinity,
  });
  const schema = isRecord(version.data?.document) ? version.data.document.inputSchema : undefined;
  const fields = useMemo(() => fieldsOf(schema), [schema]);
  const [draft, setDraft] = useState<TDraft | null>(null);
  const [tried, setTried] = useState(false);
  const current = draft ?? initialDraft(fields);
  const { value, errors } = validateDraft(fields, current);
  const start = useMutation(trpc.runs.start.mutationOptions({
    onSuccess: (r) => {
      toast(t('runs.startedToast', { flow: r.flowKey, version: r.version }));
      navigate(`/runs/${encodeURIComponent(r.runId)}`);
    },
    onError: (e) => toast(errorText(e), 'error'),
  }));
  const submit = () => {
    setTried(true);
    if (chosen && Object.keys(errors).length === 0) start.mutate({ flowKey: chosen.key, input: value });
  };

  return (
    <Modal title={t('runs.start')} submitLabel={t('runs.startSubmit')} onClose={onClose} onSubmit={submit}
      submitDisabled={!chosen || version.isLoading || start.isPending}>
      <div className="field">
        <label htmlFor="start-flow">{t('runs.flow')}</label>
        <select id="start-flow" className="select" autoFocus value={flowKey} onChange={(e) => { setFlowKey(e.target.value); setDraft(null); setTried(false); }}>
          <option value="">{t('form.choose')}</option>
          {flows.data?.map((f) => <option key={f.key} value={f.key}>{f.name} · v{f.latestVersion}</option>)}
        </select>
      </div>
      {chosen && fields.length > 0 && <SchemaForm fields={fields} draft={current} errors={errors} showErrors={tried} onChange={setDraft} />}
      {chosen && version.data && fields.length === 0 && <div className="small faint">{t('runs.noInput')}</div>}
    </Modal>
  );
}
