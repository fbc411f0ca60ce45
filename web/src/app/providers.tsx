import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import en_US from 'antd/locale/en_US';
import vi_VN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { ME_KEY } from '../features/auth/api.ts';
import { ApiError, setUnauthenticatedHandler } from '../kit/http.ts';
import { errorText, type I18n, I18nContext, initialLang, LANG_STORAGE_KEY, type Lang, translate } from './i18n.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Errors the user can act on (not signed in, forbidden, not found, bad input) are not retried.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});

setUnauthenticatedHandler(() => {
  queryClient.setQueryData(ME_KEY, null);
});

const theme = {
  token: { colorPrimary: '#0b5cad', borderRadius: 6, fontSize: 14 },
};

export function Providers({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this tab only
    }
  }, []);
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
    document.documentElement.lang = lang;
  }, [lang]);
  const i18n = useMemo<I18n>(
    () => ({ lang, setLang, t: (key) => translate(lang, key), errorText: (e) => errorText(lang, e) }),
    [lang, setLang],
  );
  return (
    <I18nContext.Provider value={i18n}>
      <ConfigProvider locale={lang === 'vi' ? vi_VN : en_US} theme={theme}>
        <AntApp>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
