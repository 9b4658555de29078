/**
 * i18next set-up: Chinese by default (the operators this is built for), English on request; the choice is kept
 * in localStorage so it survives reloads, and <html lang> follows it so fonts and screen readers do too.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

export const LANGUAGES = [
  { code: 'zh-CN', label: '简体中文' },
  { code: 'en', label: 'English' },
] as const;
export type TLanguage = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'switchboard.lang';

function isLanguage(value: string | null): value is TLanguage {
  return LANGUAGES.some((l) => l.code === value);
}

function initialLanguage(): TLanguage {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'zh-CN';
}

export function setLanguage(code: TLanguage) {
  window.localStorage.setItem(STORAGE_KEY, code);
  void i18n.changeLanguage(code);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;
