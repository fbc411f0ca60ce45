import i18next, { type i18n as I18nInstance } from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { securityMessages } from '../features/admin-security/messages.ts';
import { systemMessages } from '../features/admin-system/messages.ts';
import { unitsMessages } from '../features/admin-units/messages.ts';
import { apiTokensMessages } from '../features/api-tokens/messages.ts';
import { authMessages } from '../features/auth/messages.ts';
import { cataloguesMessages } from '../features/catalogues/messages.ts';
import { dossiersMessages } from '../features/dossiers/messages.ts';
import { employersMessages } from '../features/employers/messages.ts';
import { historyMessages } from '../features/history/messages.ts';
import { homeMessages } from '../features/home/messages.ts';
import { householdsMessages } from '../features/households/messages.ts';
import { registryMessages } from '../features/registry/messages.ts';
import { usersMessages } from '../features/users/messages.ts';
import { defineMessages, type Messages, toResource } from '../kit/define-messages.ts';
import { setFormatLang } from '../kit/format.ts';
import { ApiError } from '../kit/http.ts';
import { importMessages } from '../kit/import/messages.ts';
import { commonMessages } from '../kit/messages.ts';
import { appMessages } from './messages.ts';

export type Lang = 'vi' | 'en';
export const LANG_STORAGE_KEY = 'lmis.lang';

export function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * WHERE NEW KEYS GO: in the feature's own `messages.ts` (one i18next namespace per feature, e.g.
 * features/registry/messages.ts), Vietnamese first, English second; a new feature adds its file to FEATURE_MESSAGES
 * below. This small dictionary stays for keys added by code written against the former single dictionary: its keys
 * work like any other (namespace "extra") and should move to their feature's file when next touched.
 */
const dict = {} as const satisfies Record<string, { vi: string; en: string }>;

const FEATURE_MESSAGES = [
  commonMessages,
  importMessages,
  appMessages,
  authMessages,
  homeMessages,
  unitsMessages,
  cataloguesMessages,
  usersMessages,
  historyMessages,
  securityMessages,
  systemMessages,
  apiTokensMessages,
  registryMessages,
  householdsMessages,
  employersMessages,
  dossiersMessages,
  defineMessages('extra', dict),
] as const;

type KeysOf<M> = M extends Messages<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof FEATURE_MESSAGES)[number]>;
export type MessageValues = Record<string, string | number>;

const NAMESPACES = FEATURE_MESSAGES.map((m) => m.ns);

function resources(lang: Lang) {
  return Object.fromEntries(FEATURE_MESSAGES.map((m) => [m.ns, toResource(m.entries, lang)]));
}

/** The app's i18next instance: every namespace loaded at start (the texts are small), keys looked up across them. */
export function createI18n(lang: Lang): I18nInstance {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'vi',
    supportedLngs: ['vi', 'en'],
    resources: { vi: resources('vi'), en: resources('en') },
    ns: NAMESPACES,
    defaultNS: 'common',
    // A key is found in whichever feature's namespace declares it, so `t('registryTitle')` works anywhere.
    fallbackNS: NAMESPACES,
    initAsync: false,
    interpolation: {
      prefix: '{',
      suffix: '}',
      escapeValue: false, // React escapes
    },
    // A placeholder without a value stays as written, so a caller can still fill it itself.
    missingInterpolationHandler: (_text: string, match: string[]) => match[0],
    react: { useSuspense: false },
  });
  instance.on('languageChanged', (lng) => setFormatLang(lng === 'en' ? 'en' : 'vi'));
  setFormatLang(lang);
  return instance;
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, values?: MessageValues) => string;
  /** The message of an API error (or any error) in the current language. */
  errorText: (error: unknown) => string;
}

export function errorText(lang: Lang, error: unknown): string {
  if (error instanceof ApiError) return lang === 'en' ? error.messageEn : error.messageVi;
  if (error instanceof Error) return lang === 'en' ? error.message : `Đã xảy ra lỗi: ${error.message}`;
  return lang === 'en' ? 'Unknown error' : 'Lỗi không xác định';
}

/** The language, its switch, `t(key, values)` (with `count` for plurals) and the error text of the current language. */
export function useI18n(): I18n {
  const { t, i18n } = useTranslation(NAMESPACES);
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  // Stable while the language stays, so memoised charts and columns are not rebuilt on every render.
  const translate = useCallback((key: MessageKey, values?: MessageValues) => String(t(key, values)), [t]);
  return {
    lang,
    setLang: (next) => {
      void i18n.changeLanguage(next);
      try {
        localStorage.setItem(LANG_STORAGE_KEY, next);
      } catch {
        // private mode: the choice lasts for this tab only
      }
    },
    t: translate,
    errorText: (e) => errorText(lang, e),
  };
}
