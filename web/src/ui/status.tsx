/** Status pills for runs and tasks: one colour language across the app (green done, blue moving, red stopped). */
import { useTranslation } from 'react-i18next';

const RUN_TONES: Record<string, string> = {
  running: 'pill-blue',
  completed: 'pill-green',
  failed: 'pill-red',
  cancelled: 'pill',
  terminated: 'pill-red',
  rejected: 'pill-amber',
};
const TASK_TONES: Record<string, string> = {
  open: 'pill-blue',
  decided: 'pill-green',
  expired: 'pill-amber',
  cancelled: 'pill',
};

/** A run's status; a completed run that ended on a non-"completed" end node shows that outcome instead. */
export function RunStatus({ status, outcome }: { status: string; outcome?: string | null }) {
  const { t } = useTranslation();
  const shown = status === 'completed' && outcome && outcome !== 'completed' ? outcome : status;
  return (
    <span className={`pill ${RUN_TONES[shown] ?? ''}`} data-status={shown}>
      {t(`runStatus.${shown}`, { defaultValue: shown })}
    </span>
  );
}

export function TaskStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`pill ${TASK_TONES[status] ?? ''}`} data-status={status}>
      {t(`taskStatus.${status}`, { defaultValue: status })}
    </span>
  );
}

/** Review outcomes are flow-defined words; common ones are translated, others shown as written. */
export function outcomeLabel(t: (k: string, o: { defaultValue: string }) => string, outcome: string) {
  return t(`outcome.${outcome}`, { defaultValue: outcome.charAt(0).toUpperCase() + outcome.slice(1) });
}
