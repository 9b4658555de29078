/**
 * The message-check strings, all under the `messages.` prefix, merged into the app's i18next instance so this
 * module ships its own words in both languages (the shell's i18n test leaves `messages/` to this bundle).
 */
import i18n from 'i18next';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

function register() {
  i18n.addResourceBundle('en', 'translation', { messages: en }, true, false);
  i18n.addResourceBundle('zh-CN', 'translation', { messages: zhCN }, true, false);
}

if (i18n.isInitialized) register();
else i18n.on('initialized', register);
