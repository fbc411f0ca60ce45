import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from './i18n.ts';

/** A page the user may not open (403) or that does not exist (404), with the way back home. */
function StatusPage({ status }: { status: '403' | '404' }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status={status}
      title={status}
      subTitle={t(status === '403' ? 'forbidden' : 'notFound')}
      extra={<Button onClick={() => navigate('/')}>{t('backHome')}</Button>}
    />
  );
}

export const Forbidden = () => <StatusPage status="403" />;
export const NotFound = () => <StatusPage status="404" />;
