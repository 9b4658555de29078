/** The compiler's findings, errors first; clicking one centres and selects the node or edge it is about. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/context.tsx';

export const ProblemsPanel = memo(function ProblemsPanel() {
  const { t } = useTranslation();
  const problems = useEditor((s) => s.problems);
  const focusOn = useEditor((s) => s.focusOn);
  const sorted = useMemo(
    () => [...problems.diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)),
    [problems.diagnostics],
  );
  const errors = sorted.filter((d) => d.severity === 'error').length;
  return (
    <section className="sb-problems" aria-label={t('editor.problems.title')} data-testid="problems">
      <header>
        <strong>{t('editor.problems.title')}</strong>
        <span className={`sb-count ${errors ? 'is-error' : ''}`} data-testid="problem-count" data-errors={errors}>
          {t('editor.problems.summary', { errors, warnings: sorted.length - errors })}
        </span>
        <span className="sb-muted sb-small">{t('editor.problems.compiledIn', { ms: Math.max(1, Math.round(problems.ms)) })}</span>
      </header>
      {sorted.length === 0 ? (
        <p className="sb-problems-ok">{t('editor.problems.none')}</p>
      ) : (
        <ul>
          {sorted.map((d, i) => {
            const target = d.edgeId ?? d.nodeId;
            return (
              <li key={`${d.code}-${target ?? ''}-${i}`}>
                <button type="button" className={`sb-problem ${d.severity}`} disabled={!target}
                  onClick={() => target && focusOn(target)} data-code={d.code}>
                  <span className="sb-problem-sev">{d.severity === 'error' ? '●' : '▲'}</span>
                  <span className="sb-problem-msg">{d.message}</span>
                  <code className="sb-problem-code">{d.code}{target ? ` · ${target}` : ''}</code>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
