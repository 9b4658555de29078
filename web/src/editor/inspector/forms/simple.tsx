/** Forms for the kinds whose config is a handful of fields. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getIn, isRecord, num, str } from '../../model/json.ts';
import { CheckInput, CodeInput, JsonInput, NumberInput, SelectInput, TextInput, ValueInput } from '../fields.tsx';
import { Field } from '../Field.tsx';
import { useNodeEditing } from '../node-context.tsx';
import { useEditor } from '../../store/context.tsx';
import { NodeMessageCheck } from '../../../messages/index.ts';

const OUTCOMES = ['completed', 'rejected', 'cancelled', 'failed'];

export function EndForm() {
  const { t } = useTranslation();
  return (
    <>
      <SelectInput path={['outcome']} label={t('editor.field.outcome')} options={OUTCOMES.map((o) => ({ value: o, label: t(`editor.endOutcome.${o}`) }))} />
      <JsonInput path={['result']} label={t('editor.field.result')} hint={t('editor.hint.mapping')} />
    </>
  );
}

export function JoinForm() {
  const { t } = useTranslation();
  const { config, set } = useNodeEditing();
  const atLeast = num(getIn(config, ['mode', 'atLeast']));
  const mode = atLeast !== undefined ? 'atLeast' : str(config['mode']) ?? 'all';
  return (
    <>
      <Field label={t('editor.field.joinMode')}>
        <select className="sb-input" value={mode}
          onChange={(e) => set(['mode'], e.target.value === 'atLeast' ? { atLeast: 2 } : e.target.value)}>
          {['all', 'any', 'atLeast'].map((m) => <option key={m} value={m}>{t(`editor.joinMode.${m}`)}</option>)}
        </select>
      </Field>
      {atLeast !== undefined && <NumberInput path={['mode', 'atLeast']} label={t('editor.field.atLeast')} min={1} />}
    </>
  );
}

export function WaitForm() {
  const { t } = useTranslation();
  const { config, set } = useNodeEditing();
  const [mode, setMode] = useState(config['until'] !== undefined ? 'until' : 'duration');
  const pick = (m: string) => {
    setMode(m);
    set(m === 'until' ? ['duration'] : ['until'], undefined);
  };
  return (
    <>
      <Field label={t('editor.field.waitMode')}>
        <select className="sb-input" value={mode} onChange={(e) => pick(e.target.value)}>
          <option value="duration">{t('editor.waitMode.duration')}</option>
          <option value="until">{t('editor.waitMode.until')}</option>
        </select>
      </Field>
      {mode === 'duration'
        ? <TextInput path={['duration']} label={t('editor.field.duration')} hint={t('editor.hint.duration')} placeholder="24h" />
        : <CodeInput path={['until']} label={t('editor.field.until')} mode="expr" />}
    </>
  );
}

export function EventForm() {
  const { t } = useTranslation();
  return (
    <>
      <TextInput path={['event']} label={t('editor.field.event')} placeholder="customer.reply" />
      <TextInput path={['timeout']} label={t('editor.field.timeout')} hint={t('editor.hint.timeout')} placeholder="72h" />
      <CodeInput path={['match']} label={t('editor.field.match')} mode="expr" />
      <TextInput path={['output']} label={t('editor.field.output')} hint={t('editor.hint.output')} />
    </>
  );
}

export function ValidateForm() {
  const { t } = useTranslation();
  const { config, node } = useNodeEditing();
  const flowKey = useEditor((s) => s.meta.key);
  return (
    <>
      <TextInput path={['channel']} label={t('editor.field.channel')} placeholder="sms" />
      <CodeInput path={['text']} label={t('editor.field.text')} mode="template" />
      <NodeMessageCheck kind="validate" config={config} flowKey={flowKey} nodeId={node.id} />
      <CodeInput path={['offer']} label={t('editor.field.offer')} mode="expr" />
      <CodeInput path={['sendAt']} label={t('editor.field.sendAt')} mode="expr" />
      <TextInput path={['output']} label={t('editor.field.output')} hint={t('editor.hint.output')} />
    </>
  );
}

export function NotifyForm() {
  const { t } = useTranslation();
  const { config, node } = useNodeEditing();
  const flowKey = useEditor((s) => s.meta.key);
  return (
    <>
      <TextInput path={['channel']} label={t('editor.field.channel')} placeholder="sms" />
      <CodeInput path={['to']} label={t('editor.field.to')} mode="expr" />
      <CodeInput path={['text']} label={t('editor.field.text')} mode="template" />
      <NodeMessageCheck kind="notify" config={config} flowKey={flowKey} nodeId={node.id} />
      <CheckInput path={['validate']} label={t('editor.field.validateBeforeSend')} />
    </>
  );
}

export function SubflowForm() {
  const { t } = useTranslation();
  return (
    <>
      <TextInput path={['flow']} label={t('editor.field.flow')} placeholder="complaint-follow-up" />
      <JsonInput path={['input']} label={t('editor.section.input')} hint={t('editor.hint.mapping')} />
      <TextInput path={['output']} label={t('editor.field.output')} hint={t('editor.hint.output')} />
    </>
  );
}

export function SetForm() {
  const { t } = useTranslation();
  const { config, set } = useNodeEditing();
  const [name, setName] = useState('');
  const assign = isRecord(config['assign']) ? Object.keys(config['assign']) : [];
  return (
    <>
      {assign.map((k) => <ValueInput key={k} path={['assign', k]} label={`vars.${k}`} />)}
      <div className="sb-inline-add">
        <input className="sb-input" value={name} placeholder={t('editor.field.newVar')} onChange={(e) => setName(e.target.value)} />
        <button type="button" className="sb-btn" disabled={!/^[A-Za-z_][\w]*$/.test(name)}
          onClick={() => { set(['assign', name], ''); setName(''); }}>{t('editor.action.add')}</button>
      </div>
    </>
  );
}
