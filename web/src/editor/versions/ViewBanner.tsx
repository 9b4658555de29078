/** Says what the canvas shows when it is not the editable draft, with the colour legend and the way back. */
import { useTranslation } from 'react-i18next';
import type { TView } from './use-view-mode.ts';

const DIFF = [['added', '#16a34a'], ['removed', '#ef4444'], ['changed', '#d97706']] as const;

export function ViewBanner({ view, onExit }: { view: TView; onExit(): void }) {
  const { t } = useTranslation();
  return (
    <div className="sb-banner info" data-testid="view-banner">
      <strong>{view.title}</strong>
      {view.legend === 'diff' && (
        <span className="sb-legend">
          {DIFF.map(([k, c]) => <span key={k}><i style={{ background: c }} />{t(`editor.diff.${k}`)}</span>)}
        </span>
      )}
      {view.legend === 'run' && <span className="sb-legend"><span><i style={{ background: '#2563eb' }} />{t('editor.run.legend')}</span></span>}
      <button type="button" className="sb-btn" style={{ marginLeft: 'auto' }} onClick={onExit} data-testid="view-exit">{t('editor.action.backToDraft')}</button>
    </div>
  );
}
