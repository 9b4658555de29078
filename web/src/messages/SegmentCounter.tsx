/** Characters and billed segments under the channel profile, red when over the campaign's segment limit. */
import type { TSegmentCount } from '@switchboard/flows';
import { useTranslation } from 'react-i18next';

export function SegmentCounter({ count, maxSegments }: { count: TSegmentCount; maxSegments: number }) {
  const { t } = useTranslation();
  const over = count.segments > maxSegments;
  const limit = count.segments <= 1 ? count.singleLimit : count.perSegment * count.segments;
  return (
    <div className={`msg-counter${over ? ' msg-counter-over' : ''}`} data-testid="message-counter" aria-live="polite">
      <span>{t('messages.chars', { count: count.chars, limit })}</span>
      <span className="msg-counter-sep">·</span>
      <span>{t('messages.segments', { count: count.segments, max: maxSegments })}</span>
      <span className="msg-counter-sep">·</span>
      <span className="faint">{t(`messages.encoding.${count.encoding}`)}</span>
    </div>
  );
}
