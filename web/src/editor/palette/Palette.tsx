/**
 * The palette: search, groups, drag onto the canvas, or Enter to insert (wired after the selected node) so the
 * whole flow can be built from the keyboard.
 */
import { memo, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/context.tsx';
import { useInsertNode } from '../canvas/use-insert.ts';
import { KindIcon } from '../canvas/nodes/KindIcon.tsx';
import { KIND_DESCRIPTORS } from '../model/kinds.ts';
import { DRAG_MIME, matches, paletteItems, type TPaletteItem } from './items.ts';

export const Palette = memo(function Palette() {
  const { t } = useTranslation();
  const catalog = useEditor((s) => s.catalog);
  const readOnly = useEditor((s) => s.readOnly);
  const [query, setQuery] = useState('');
  const insert = useInsertNode();
  const groups = useMemo(() => {
    const byGroup = new Map<string, TPaletteItem[]>();
    for (const item of paletteItems(catalog, t)) {
      if (!matches(item, query)) continue;
      byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
    }
    return [...byGroup];
  }, [catalog, query, t]);

  const onDragStart = (e: DragEvent, item: TPaletteItem) => {
    e.dataTransfer.setData(DRAG_MIME, JSON.stringify({ kind: item.kind, config: item.config, label: item.label }));
    e.dataTransfer.effectAllowed = 'copy';
  };
  const onKey = (e: KeyboardEvent, item: TPaletteItem) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    insert(item.kind, item.config, item.label);
  };

  return (
    <aside className="sb-palette" aria-label={t('editor.palette.title')}>
      <input className="sb-input sb-palette-search" type="search" value={query} placeholder={t('editor.palette.search')}
        aria-label={t('editor.palette.search')} onChange={(e) => setQuery(e.target.value)} />
      <div className="sb-palette-groups">
        {groups.map(([group, items]) => (
          <section key={group} className="sb-palette-group">
            <h4>{group}</h4>
            {items.map((item) => (
              <div key={item.id} className="sb-palette-item" role="button" tabIndex={0} draggable={!readOnly}
                aria-disabled={readOnly} data-testid={`palette-${item.id}`} title={item.description}
                onDragStart={(e) => onDragStart(e, item)} onKeyDown={(e) => !readOnly && onKey(e, item)}
                onDoubleClick={() => !readOnly && insert(item.kind, item.config, item.label)}
                style={{ ['--accent' as string]: KIND_DESCRIPTORS[item.kind].colour }}>
                <span className="sb-palette-icon"><KindIcon kind={item.kind} /></span>
                <span className="sb-palette-text">
                  <span className="sb-palette-title">{item.title}</span>
                  <span className="sb-palette-desc">{item.description}</span>
                </span>
              </div>
            ))}
          </section>
        ))}
        {groups.length === 0 && <p className="sb-muted">{t('editor.palette.none')}</p>}
      </div>
    </aside>
  );
});
