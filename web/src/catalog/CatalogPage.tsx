import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../lib/trpc.ts';
import { PageHead } from '../shell/Layout.tsx';
import { Icon } from '../ui/icons.tsx';
import { SchemaTable } from '../ui/SchemaTable.tsx';
import { Empty, ErrorBox, Loading } from '../ui/states.tsx';
import '../styles/catalog.css';

/** Activity types known to the platform, with the fields of their input and output (the JSON Schemas). */
export function CatalogPage() {
  const { t } = useTranslation();
  const catalog = useQuery(trpc.catalog.list.queryOptions());
  const [text, setText] = useState('');
  const [raw, setRaw] = useState<string | null>(null);
  const needle = text.trim().toLowerCase();
  const items = (catalog.data ?? []).filter(
    (a) => !needle || `${a.type} ${a.title} ${a.description ?? ''} ${a.category ?? ''}`.toLowerCase().includes(needle),
  );

  return (
    <>
      <PageHead title={t('catalog.title')}>
        {catalog.data && <span className="small faint">{t('catalog.count', { count: items.length })}</span>}
        <div className="search-box">
          <Icon name="search" />
          <input className="input" placeholder={t('catalog.search')} aria-label={t('catalog.search')} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </PageHead>
      <div className="page-body">
        {catalog.isLoading && <Loading />}
        {catalog.error && <ErrorBox error={catalog.error} />}
        {catalog.data && items.length === 0 && <Empty icon="catalog" title={t('catalog.empty')} />}
        <div className="catalog-grid" data-testid="catalog">
          {items.map((a) => (
            <article key={a.type} className="card catalog-card" data-type={a.type}>
              <div className="card-head">
                <div className="grow">
                  <h3>{a.title}</h3>
                  <code className="faint">{a.type}</code>
                </div>
                {a.category && <span className="tag">{a.category}</span>}
                <span className={`pill plain ${a.source === 'registered' ? 'pill-green' : ''}`}>{t(`catalog.source.${a.source}`)}</span>
              </div>
              <div className="card-body">
                {a.description && <p className="muted catalog-desc">{a.description}</p>}
                <div className="field-label">{t('catalog.input')}</div>
                <SchemaTable schema={a.inputSchema} />
                <div className="field-label" style={{ marginTop: 10 }}>{t('catalog.output')}</div>
                <SchemaTable schema={a.outputSchema} />
                <div className="row small faint catalog-foot">
                  {a.taskQueue && <span>{t('catalog.queue')} <code>{a.taskQueue}</code></span>}
                  <span className="grow" />
                  <button type="button" className="btn btn-sm btn-ghost" onClick={() => setRaw(raw === a.type ? null : a.type)}>
                    {raw === a.type ? t('catalog.hideSchemas') : t('catalog.showSchemas')}
                  </button>
                </div>
                {raw === a.type && (
                  <div className="schema-pair">
                    <pre>{JSON.stringify(a.inputSchema, null, 2)}</pre>
                    <pre>{JSON.stringify(a.outputSchema, null, 2)}</pre>
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
