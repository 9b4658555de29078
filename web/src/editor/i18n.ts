/**
 * The editor's strings, all under the `editor.` prefix, merged into the app's i18next instance (set up by the
 * shell in web/src/i18n) so the editor ships its own words in both languages. Works whichever initialises first.
 */
import i18n from 'i18next';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

function register() {
  i18n.addResourceBundle('en', 'translation', { editor: en }, true, false);
  i18n.addResourceBundle('zh-CN', 'translation', { editor: zhCN }, true, false);
}

if (i18n.isInitialized) register();
else i18n.on('initialized', register);
