/** The review form: who decides, which outcomes (each a port), deadlines and escalation, separation of duties. */
import { useTranslation } from 'react-i18next';
import { getIn, strList } from '../../model/json.ts';
import { useEditorStore } from '../../store/context.tsx';
import { renamePort, updateNodeData } from '../../store/edits.ts';
import { setIn } from '../../model/json.ts';
import { CodeInput, JsonInput, ListInput, NumberInput, TextInput } from '../fields.tsx';
import { Field } from '../Field.tsx';
import { useNodeEditing } from '../node-context.tsx';

const SOD = ['initiator', 'previousReviewers', 'flowAuthor'] as const;

function Outcomes() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { node, config, set, problems } = useNodeEditing();
  const outcomes = strList(config['outcomes']);
  // Renaming an outcome renames its port, so the edge that leaves through it keeps following it.
  const rename = (i: number, to: string) => {
    const from = outcomes[i];
    if (from === undefined || to === from || !to) return;
    const next = outcomes.map((o, j) => (j === i ? to : o));
    store.getState().edit((g) => renamePort(updateNodeData(g, node.id, { config: setIn(config, ['outcomes'], next) }), node.id, from, to));
  };
  return (
    <Field label={t('editor.field.outcomes')} hint={t('editor.hint.outcomes')} problems={problems(['outcomes'])}>
      <div className="sb-list">
        {outcomes.map((o, i) => (
          <div key={`${o}-${i}`} className="sb-list-row">
            <input className="sb-input" defaultValue={o} aria-label={`${t('editor.field.outcome')} ${i + 1}`}
              onBlur={(e) => rename(i, e.target.value.trim())} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
            <button type="button" className="sb-icon-btn" aria-label={t('editor.action.remove')} disabled={outcomes.length < 2}
              onClick={() => set(['outcomes'], outcomes.filter((_, j) => j !== i))}>×</button>
          </div>
        ))}
        <button type="button" className="sb-btn sb-btn-ghost" onClick={() => {
          let n = outcomes.length + 1;
          while (outcomes.includes(`outcome-${n}`)) n++;
          set(['outcomes'], [...outcomes, `outcome-${n}`]);
        }}>+ {t('editor.action.addOutcome')}</button>
      </div>
    </Field>
  );
}

export function ReviewForm() {
  const { t } = useTranslation();
  const { config, set } = useNodeEditing();
  const sod = strList(config['separationOfDuties']);
  const escalateGroups = strList(getIn(config, ['sla', 'escalate', '0', 'groups']));
  return (
    <>
      <CodeInput path={['title']} label={t('editor.field.title')} mode="template" />
      <CodeInput path={['instructions']} label={t('editor.field.instructions')} mode="template" />
      <ListInput path={['assignees', 'groups']} label={t('editor.field.groups')} placeholder="billing, service-dept" />
      <ListInput path={['assignees', 'users']} label={t('editor.field.users')} />
      <Outcomes />
      <h5 className="sb-subhead">{t('editor.section.sla')}</h5>
      <TextInput path={['sla', 'due']} label={t('editor.field.due')} hint={t('editor.hint.duration')} placeholder="24h" />
      <TextInput path={['sla', 'remindEvery']} label={t('editor.field.remindEvery')} placeholder="4h" />
      <TextInput path={['sla', 'expireAfter']} label={t('editor.field.expireAfter')} hint={t('editor.hint.expireAfter')} placeholder="72h" />
      <Field label={t('editor.field.escalateTo')} hint={t('editor.hint.escalate')}>
        <input className="sb-input" defaultValue={escalateGroups.join(', ')} key={escalateGroups.join()} placeholder="supervisors"
          onBlur={(e) => {
            const groups = e.target.value.split(/[,，\s]+/).filter(Boolean);
            const after = getIn(config, ['sla', 'due']) ?? '24h';
            set(['sla', 'escalate'], groups.length ? [{ after: typeof after === 'string' ? after : '24h', groups }] : undefined);
          }} />
      </Field>
      <NumberInput path={['quorum', 'approvals']} label={t('editor.field.quorum')} min={1} />
      <fieldset className="sb-fieldset">
        <legend>{t('editor.field.separationOfDuties')}</legend>
        {SOD.map((s) => (
          <label key={s} className="sb-check">
            <input type="checkbox" checked={sod.includes(s)}
              onChange={(e) => {
                const next = e.target.checked ? [...sod, s] : sod.filter((x) => x !== s);
                set(['separationOfDuties'], next.length ? next : undefined);
              }} />
            <span>{t(`editor.sod.${s}`)}</span>
          </label>
        ))}
      </fieldset>
      <CodeInput path={['assignees', 'expression']} label={t('editor.field.assigneeExpression')} mode="expr" />
      <JsonInput path={['form']} label={t('editor.field.form')} hint={t('editor.hint.form')} />
      <TextInput path={['output']} label={t('editor.field.output')} hint={t('editor.hint.output')} />
    </>
  );
}
