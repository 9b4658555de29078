/** Search in the diagram: matches labels, ids, kinds and summaries; Enter jumps to the next match. */
import { forwardRef, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/context.tsx';
import { isFlowNode } from '../model/types.ts';
import { str } from '../model/json.ts';

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const { t } = useTranslation();
  const nodes = useEditor((s) => s.nodes);
  const focusOn = useEditor((s) => s.focusOn);
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const hits = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return nodes.filter((n) => {
      const text = isFlowNode(n)
        ? [n.id, n.type, n.data.label, str(n.data.config['activity']) ?? '', str(n.data.config['event']) ?? ''].join(' ')
        : n.data.text;
      return text.toLowerCase().includes(q);
    }).map((n) => n.id);
  }, [nodes, query]);
  const go = (step: number) => {
    if (!hits.length) return;
    const next = (cursor + step + hits.length) % hits.length;
    setCursor(next);
    const id = hits[next];
    if (id) focusOn(id);
  };
  return (
    <div className="sb-search">
      <input ref={ref} className="sb-input" type="search" value={query} placeholder={t('editor.search.placeholder')}
        aria-label={t('editor.search.placeholder')} data-testid="diagram-search"
        onChange={(e) => { setQuery(e.target.value); setCursor(-1); }}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); go(e.shiftKey ? -1 : 1); } }} />
      {query && <span className="sb-search-count">{hits.length ? `${Math.max(cursor + 1, 0)}/${hits.length}` : t('editor.search.none')}</span>}
    </div>
  );
});
