import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal.tsx';

const KEYS = [['j', 'next'], ['k', 'previous'], ['a', 'approve'], ['r', 'reject'], ['c', 'comment'], ['x', 'select'], ['?', 'help'], ['Esc', 'leave']] as const;

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('shortcuts.title')} submitLabel={t('common.ok')} onClose={onClose} onSubmit={onClose} hideCancel>
      <dl className="shortcut-list">
        {KEYS.map(([key, what]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt><kbd>{key}</kbd></dt>
            <dd>{t(`shortcuts.${what}`)}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
