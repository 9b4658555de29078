/** Findings grouped by severity (errors first, they block), each with its rule id; clicking one selects its span. */
import type { TFinding } from '@switchboard/flows';
import { useTranslation } from 'react-i18next';

type TProps = {
  findings: TFinding[];
  text: string;
  selectedFinding: number | null;
  onSelect: (index: number) => void;
};

export function FindingList({ findings, text, selectedFinding, onSelect }: TProps) {
  const { t } = useTranslation();
  if (findings.length === 0) {
    return <div className="msg-clean" data-testid="message-clean">✓ {t('messages.clean')}</div>;
  }
  const groups = (['error', 'warning'] as const)
    .map((severity) => ({ severity, items: findings.flatMap((f, i) => (f.severity === severity ? [{ f, i }] : [])) }))
    .filter((g) => g.items.length > 0);
  return (
    <div className="msg-findings" data-testid="message-findings">
      {groups.map((g) => (
        <section key={g.severity} className={`msg-group msg-group-${g.severity}`}>
          <h4>
            {t(g.severity === 'error' ? 'messages.errors' : 'messages.warnings', { count: g.items.length })}
            <span className="msg-group-note">{t(g.severity === 'error' ? 'messages.errorsBlock' : 'messages.warningsAck')}</span>
          </h4>
          <ul>
            {g.items.map(({ f, i }) => (
              <li key={i}>
                <button
                  type="button"
                  className={`msg-finding${selectedFinding === i ? ' msg-finding-selected' : ''}`}
                  data-rule={f.rule}
                  onClick={() => onSelect(i)}
                >
                  <code className={`msg-rule msg-rule-${f.severity}`}>{f.rule}</code>
                  <span className="msg-finding-body">
                    <span className="msg-finding-msg">{f.message}</span>
                    {f.span && <q className="msg-finding-quote">{text.slice(f.span[0], f.span[1])}</q>}
                    {(f.expected !== undefined || f.found !== undefined) && (
                      <span className="msg-finding-ef">
                        {f.expected !== undefined && <span>{t('messages.expected')}: <b>{f.expected}</b></span>}
                        {f.found !== undefined && <span>{t('messages.found')}: <b>{f.found}</b></span>}
                      </span>
                    )}
                    <span className="msg-finding-hint">{f.hint}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
