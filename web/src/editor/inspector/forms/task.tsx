/** Task and batch forms: pick an activity from the catalog; its input JSON Schema generates the input form. */
import { useTranslation } from 'react-i18next';
import { getIn, str } from '../../model/json.ts';
import { useEditor } from '../../store/context.tsx';
import { NumberInput, SelectInput, TextInput } from '../fields.tsx';
import { useNodeEditing } from '../node-context.tsx';
import { SchemaForm } from '../SchemaForm.tsx';

function ActivityPicker({ base, label }: { base: readonly string[]; label: string }) {
  const { t } = useTranslation();
  const catalog = useEditor((s) => s.catalog);
  const { config } = useNodeEditing();
  const type = str(getIn(config, [...base, 'activity']));
  const activity = catalog.find((a) => a.type === type);
  const options = catalog.map((a) => ({ value: a.type, label: `${a.title} (${a.type})` }));
  if (type && !activity) options.unshift({ value: type, label: `${type} — ${t('editor.inspector.unknownActivity')}` });
  return (
    <>
      <SelectInput path={[...base, 'activity']} label={label} hint={activity?.description} options={options} />
      <h5 className="sb-subhead">{t('editor.section.input')}</h5>
      <SchemaForm schema={activity?.inputSchema} base={[...base, 'input']} />
    </>
  );
}

export function TaskForm() {
  const { t } = useTranslation();
  return (
    <>
      <ActivityPicker base={[]} label={t('editor.field.activity')} />
      <h5 className="sb-subhead">{t('editor.section.result')}</h5>
      <TextInput path={['output']} label={t('editor.field.output')} hint={t('editor.hint.output')} />
      <TextInput path={['timeout']} label={t('editor.field.timeout')} placeholder="30s" />
      <NumberInput path={['retry', 'maxAttempts']} label={t('editor.field.maxAttempts')} min={1} />
      <TextInput path={['retry', 'initialInterval']} label={t('editor.field.initialInterval')} placeholder="1s" />
    </>
  );
}

export function BatchForm() {
  const { t } = useTranslation();
  return (
    <>
      <ActivityPicker base={['source']} label={t('editor.field.sourceActivity')} />
      <ActivityPicker base={['each']} label={t('editor.field.eachActivity')} />
      <NumberInput path={['batchSize']} label={t('editor.field.batchSize')} min={1} />
      <NumberInput path={['concurrency']} label={t('editor.field.concurrency')} min={1} />
      <NumberInput path={['ratePerSecond']} label={t('editor.field.ratePerSecond')} min={1} />
      <TextInput path={['output']} label={t('editor.field.output')} />
    </>
  );
}
