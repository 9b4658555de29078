/** A decision's branches are its outgoing edges, tried in order; the `default` branch is taken when none matches. */
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../store/context.tsx';
import { EdgeFields } from '../EdgeFields.tsx';
import { useNodeEditing } from '../node-context.tsx';

export function DecisionForm() {
  const { t } = useTranslation();
  const { node } = useNodeEditing();
  const edges = useEditor((s) => s.edges);
  const branches = edges.filter((e) => e.source === node.id);
  const ordered = [...branches.filter((e) => e.sourceHandle !== 'default'), ...branches.filter((e) => e.sourceHandle === 'default')];
  return (
    <div className="sb-branches">
      <p className="sb-muted sb-small">{t('editor.hint.decision')}</p>
      {ordered.map((e) => <EdgeFields key={e.id} edge={e} branch />)}
      {ordered.length === 0 && <p className="sb-muted sb-small">{t('editor.inspector.noBranches')}</p>}
    </div>
  );
}
