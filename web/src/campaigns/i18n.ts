/** The campaign pages' strings under `campaigns.`, merged into the app's i18next instance (own bundle, both languages). */
import i18n from 'i18next';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

function register() {
  i18n.addResourceBundle('en', 'translation', { campaigns: en }, true, false);
  i18n.addResourceBundle('zh-CN', 'translation', { campaigns: zhCN }, true, false);
}

if (i18n.isInitialized) register();
else i18n.on('initialized', register);
