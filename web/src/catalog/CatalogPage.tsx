import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../lib/trpc.ts';
import { PageHead } from '../shell/Layout.tsx';
import { Icon } from '../ui/icons.tsx';
import { Empty, ErrorBox, Loading } from '../ui/states.tsx';
import '../styles/catalog.css';

/** Activity types registered by workers, with the JSON Schemas the editor and compiler check inputs against. */
export function CatalogPage() {
  const { t } = useTranslation();
  const catalog = useQuery(trpc.catalog.list.queryOptions());
  const [text, setText] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const needle = text.trim().toLowerCase();
  const items = (catalog.data ?? []).filter(
    (a) => !needle || `${a.type} ${a.title} ${a.description ?? ''} ${a.category ?? ''}`.toLowerCase().includes(needle),
  );

  return (
    <>
      <PageHead title={t('catalog.title')}>
        <div className="search-box">
          <Icon name="search" />
          <input className="input" placeholder={t('catalog.search')} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </PageHead>
      <div className="page-body">
        {catalog.isLoading && <Loading />}
        {catalog.error && <ErrorBox error={catalog.error} />}
        {catalog.data && items.length === 0 && <Empty icon="catalog" title={t('catalog.empty')} />}
        <div className="catalog-grid" data-testid="catalog">
          {items.map((a) => (
            <article key={a.type} className="card catalog-card">
              <div className="card-head">
                <div className="grow">
                  <h3>{a.title}</h3>
                  <code className="faint">{a.type}</code>
                </div>
                {a.category && <span className="tag">{a.category}</span>}
              </div>
              <div className="card-body">
                {a.description && <p className="muted" style={{ marginTop: 0 }}>{a.description}</p>}
                <div className="row small faint"><span>{t('catalog.queue')}</span><code>{a.taskQueue}</code></div>
                <button type="button" className="btn btn-sm" style={{ marginTop: 10 }} onClick={() => setOpen(open === a.type ? null : a.type)}>
                  {open === a.type ? t('catalog.hideSchemas') : t('catalog.showSchemas')}
                </button>
                {open === a.type && (
                  <div className="schema-pair">
                    <div><div className="field-label">{t('catalog.input')}</div><pre>{JSON.stringify(a.inputSchema, null, 2)}</pre></div>
                    <div><div className="field-label">{t('catalog.output')}</div><pre>{JSON.stringify(a.outputSchema, null, 2)}</pre></div>
                  </div>
                )}
              </div>
            </article>
          ))}
        </div>
      </div>
    </>
  );
}
