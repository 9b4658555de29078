/** A sticky note: plain text (never HTML), stored in the document's `ui.notes`, ignored by the compiler. */
import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TNoteNode } from '../../model/types.ts';

function NoteNode({ id, data, selected }: NodeProps<TNoteNode>) {
  const { t } = useTranslation();
  return (
    <div className={`sb-note${selected ? ' is-selected' : ''}`} data-testid={`node-${id}`}>
      <NodeResizer isVisible={selected} minWidth={140} minHeight={70} />
      <div className="sb-note-text">{data.text || t('editor.note.placeholder')}</div>
    </div>
  );
}

export default memo(NoteNode);
