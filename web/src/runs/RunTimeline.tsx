import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';
import { collapseVisits, type TTimelineEvent } from './timeline-model.ts';


/** Colour by what happened: green finished, blue started/waiting, red failed, amber timers and escalations. */
function tone(type: string) {
  if (/fail|error|terminat|cancel|stopped/i.test(type)) return 'red';
  if (/complet|decid|left|done|arrived|sent|pass/i.test(type)) return 'green';
  if (/timeout|escalat|remind|expire|wait/i.test(type)) return 'amber';
  return 'blue';
}

/** `ended`: the run is over, so a step entered and never left is where it stopped, not one still under way. */
export function RunTimeline({ events, labels, ended }: { events: TTimelineEvent[]; labels: Map<string, string>; ended: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (events.length === 0) return <div className="small faint">{t('run.noEvents')}</div>;
  return (
    <ol className="timeline" data-testid="run-timeline">
      {collapseVisits(events).map((e) => {
        const type = ended && e.type === 'node.entered' ? 'node.stopped' : e.type;
        return (
          <li key={e.id}>
            <span className={`dot ${tone(type)}`} />
            <span className="grow">
              {e.nodeId && <><span style={{ fontWeight: 500 }}>{labels.get(e.nodeId) ?? e.nodeId}</span>{' '}</>}
              <span className={e.nodeId ? 'muted' : ''} style={e.nodeId ? undefined : { fontWeight: 500 }}>{t(`eventType.${type}`, { defaultValue: type })}</span>
              {e.port && e.port !== 'next' && <> <span className="tag">{t(`outcome.${e.port}`, { defaultValue: e.port })}</span></>}
            </span>
            <span className="small faint" title={fmt.dateTime(e.at)}>
              {fmt.time(e.at)}
              {e.durationMs !== null && ` · ${fmt.duration(e.durationMs)}`}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
