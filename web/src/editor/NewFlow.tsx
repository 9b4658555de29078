/** /flows/new: a key and a name, then the blank canvas (a start node placed, nothing else). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../lib/router.tsx';
import { errorText, trpcClient } from '../lib/trpc.ts';
import { FLOW_FORMAT } from './model/convert.ts';

const KEY = /^[a-z0-9][a-z0-9-]{2,63}$/;

export function NewFlow() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const suggested = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  const finalKey = key || suggested;
  const create = async () => {
    setError(null);
    try {
      const document = { format: FLOW_FORMAT, key: finalKey, name: name.trim(), nodes: [{ id: 'start', kind: 'start', position: { x: 0, y: 0 }, config: {} }], edges: [] };
      await trpcClient.flows.importDocument.mutate({ document });
      navigate(`/flows/${finalKey}`, { replace: true });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div className="sb-newflow">
      <form className="sb-dialog" onSubmit={(e) => { e.preventDefault(); void create(); }} data-testid="new-flow">
        <h2>{t('editor.new.title')}</h2>
        <label className="sb-field-label"><span>{t('editor.field.flowName')}</span>
          <input className="sb-input" value={name} autoFocus onChange={(e) => setName(e.target.value)} data-testid="new-flow-name" /></label>
        <label className="sb-field-label"><span>{t('editor.field.flowKey')}</span>
          <input className="sb-input sb-mono" value={key} placeholder={suggested} onChange={(e) => setKey(e.target.value)} data-testid="new-flow-key" /></label>
        <div className="sb-field-hint">{t('editor.new.keyHint')}</div>
        {error && <div className="sb-field-problem error" role="alert">{error}</div>}
        <div className="sb-dialog-actions">
          <button type="submit" className="sb-btn sb-btn-primary" disabled={!name.trim() || !KEY.test(finalKey)}>{t('editor.action.create')}</button>
        </div>
      </form>
    </div>
  );
}
