import { TeamOutlined } from '@ant-design/icons';
import { Card, Result } from 'antd';
import { useI18n } from '../../app/i18n.ts';

/**
 * Placeholder for the labour-supply registry (Cung lao động), mounted at /registry/*.
 * The registry module replaces this folder; keep exporting `RegistryRoutes`.
 */
export function RegistryRoutes() {
  const { t, lang } = useI18n();
  return (
    <Card>
      <Result
        icon={<TeamOutlined style={{ color: '#8c8c8c' }} />}
        title={t('navRegistry')}
        subTitle={t('moduleNotReady')}
        extra={
          lang === 'vi'
            ? 'Thu thập, cập nhật thông tin cung lao động theo hộ gia đình và người lao động (số định danh cá nhân).'
            : 'Collect and update labour-supply data by household and worker (personal ID).'
        }
      />
    </Card>
  );
}
