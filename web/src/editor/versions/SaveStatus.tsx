/** Where the draft stands (saved, saving, unsaved) and which published version new runs start with. */
import { useTranslation } from 'react-i18next';
import type { TSaveState } from './use-draft-sync.ts';

export function SaveStatus({ state, running }: { state: TSaveState; running: number | null }) {
  const { t } = useTranslation();
  const tone = state.status === 'saved' ? 'green' : state.status === 'conflict' || state.status === 'error' ? 'amber' : '';
  return (
    <>
      <span className={`sb-pill ${tone}`} data-testid="save-status" data-status={state.status}>
        {t(`editor.save.${state.status}`, { revision: state.revision })}
      </span>
      <span className={`sb-pill ${running ? 'blue' : ''}`} data-testid="running-version" title={t('editor.versions.runningHint')}>
        {running ? t('editor.versions.running', { version: running }) : t('editor.versions.neverPublished')}
      </span>
    </>
  );
}
