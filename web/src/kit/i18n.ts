// The kit reads the language and messages through this one module.
export { type I18n, type Lang, type MessageKey, useI18n } from '../app/i18n.ts';
