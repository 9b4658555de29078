import { useTranslation } from 'react-i18next';
import type { TDraft, TFieldError, TFieldSpec } from './schema-form-model.ts';

type TProps = {
  fields: TFieldSpec[];
  draft: TDraft;
  errors: Record<string, TFieldError>;
  /** Errors show only after a submit attempt, so a half-filled form is not shouted at. */
  showErrors: boolean;
  onChange: (draft: TDraft) => void;
  disabled?: boolean;
};

/** The review form generated from the task's JSON Schema. */
export function SchemaForm({ fields, draft, errors, showErrors, onChange, disabled }: TProps) {
  const { t } = useTranslation();
  const set = (name: string, v: string | boolean) => onChange({ ...draft, [name]: v });

  return (
    <div className="schema-form" data-testid="task-form">
      {fields.map((f) => {
        const id = `form-${f.name}`;
        const error = showErrors ? errors[f.name] : undefined;
        const text = typeof draft[f.name] === 'string' ? String(draft[f.name]) : '';
        const common = { id, name: f.name, disabled, 'aria-invalid': !!error, 'aria-describedby': error ? `${id}-err` : undefined };
        let control;
        switch (f.kind) {
          case 'boolean':
            control = (
              <label className="checkbox">
                <input type="checkbox" {...common} checked={draft[f.name] === true} onChange={(e) => set(f.name, e.target.checked)} />
                {f.title}
              </label>
            );
            break;
          case 'enum':
            control = (
              <select className="select" {...common} value={text} onChange={(e) => set(f.name, e.target.value)}>
                <option value="">{t('form.choose')}</option>
                {f.options.map((o) => <option key={String(o)} value={String(o)}>{String(o)}</option>)}
              </select>
            );
            break;
          case 'textarea':
          case 'json':
            control = <textarea className="textarea" {...common} value={text} onChange={(e) => set(f.name, e.target.value)} />;
            break;
          case 'number':
          case 'integer':
            control = (
              <input className="input" inputMode={f.kind === 'integer' ? 'numeric' : 'decimal'} {...common} value={text}
                onChange={(e) => set(f.name, e.target.value)} />
            );
            break;
          case 'string':
            control = <input className="input" {...common} value={text} onChange={(e) => set(f.name, e.target.value)} />;
            break;
          default: {
            const never: never = f.kind;
            control = never;
          }
        }
        return (
          <div className={f.kind === 'textarea' || f.kind === 'json' ? 'field wide' : 'field'} key={f.name}>
            {f.kind !== 'boolean' && (
              <label htmlFor={id}>
                {f.title}
                {f.required && <span className="faint"> *</span>}
              </label>
            )}
            {control}
            {f.description && <span className="field-hint">{f.description}</span>}
            {error && <span className="field-error" id={`${id}-err`}>{t(`form.error.${error.code}`, { limit: error.limit })}</span>}
          </div>
        );
      })}
    </div>
  );
}
