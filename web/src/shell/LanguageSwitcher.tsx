import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n/index.ts';

/** Two languages, so a segmented toggle beats a dropdown: both options are visible and one click away. */
export function LanguageSwitcher() {
  const { i18n, t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('shell.language')}>
      {LANGUAGES.map((l) => (
        <button key={l.code} type="button" aria-pressed={i18n.language === l.code} onClick={() => setLanguage(l.code)} lang={l.code}>
          {l.label}
        </button>
      ))}
    </div>
  );
}
