import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import en_US from 'antd/locale/en_US';
import vi_VN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { type ReactNode, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ME_KEY } from '../features/auth/api.ts';
import { ApiError, setUnauthenticatedHandler } from '../kit/http.ts';
import { createI18n, initialLang, useI18n } from './i18n.ts';

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

export const theme = {
  token: { colorPrimary: '#0b5cad', borderRadius: 6, fontSize: 14 },
};

/** Ant Design's and dayjs's locale follow the language of the interface. */
function LocaleProviders({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'vi' ? vi_VN : en_US} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  const [i18n] = useState(() => createI18n(initialLang()));
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleProviders>{children}</LocaleProviders>
    </I18nextProvider>
  );
}
