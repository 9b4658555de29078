import { useTranslation } from 'react-i18next';
import { NEW_BRANCH } from '../../model/ports.ts';

/** Built-in port names are translated; review outcomes and decision branches are the designer's own words. */
const KNOWN = new Set(['next', 'error', 'timeout', 'expired', 'default', 'received', 'pass', 'fail', 'warn']);

export function PortLabel({ name }: { name: string }) {
  const { t } = useTranslation();
  if (name === NEW_BRANCH) return <span className="sb-port-label">{t('editor.port.addBranch')}</span>;
  return <span className="sb-port-label">{KNOWN.has(name) ? t(`editor.port.${name}`) : name}</span>;
}
