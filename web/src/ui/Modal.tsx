import { useEffect, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type TProps = {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  submitDisabled?: boolean;
  danger?: boolean;
  /** Information-only dialogs have nothing to cancel. */
  hideCancel?: boolean;
  children: ReactNode;
};

/** A small dialog with a form: Enter submits, Escape closes, focus starts inside. */
export function Modal({ title, onClose, onSubmit, submitLabel, submitDisabled, danger, hideCancel, children }: TProps) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!submitDisabled) onSubmit();
  };
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form className="modal" role="dialog" aria-modal="true" aria-label={title} onSubmit={submit}>
        <div className="modal-head"><h2>{title}</h2></div>
        <div className="modal-body">{children}</div>
        <div className="modal-foot">
          {!hideCancel && <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>}
          <button type="submit" className={`btn ${danger ? 'btn-reject' : 'btn-primary'}`} disabled={submitDisabled}>{submitLabel}</button>
        </div>
      </form>
    </div>
  );
}
