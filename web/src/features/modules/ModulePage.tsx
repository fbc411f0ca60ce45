import { ToolOutlined } from '@ant-design/icons';
import { Card, Result, Typography } from 'antd';
import { useI18n } from '../../app/i18n.ts';
import { PLANNED_MODULES } from './modules.ts';

/** The honest state of a module that is not built yet: what it will do, and no made-up data. */
export function ModulePage({ path }: { path: string }) {
  const { t, lang } = useI18n();
  const module = PLANNED_MODULES.find((m) => m.path === path);
  if (!module) return null;
  return (
    <Card>
      <Result
        icon={<ToolOutlined style={{ color: '#8c8c8c' }} />}
        title={t(module.title)}
        subTitle={<Typography.Text strong>{t('moduleNotReady')}</Typography.Text>}
      >
        <Typography.Paragraph type="secondary">{t('moduleNotReadyNote')}</Typography.Paragraph>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {module.purpose[lang].map((line) => (
            <li key={line}>
              <Typography.Text>{line}</Typography.Text>
            </li>
          ))}
        </ul>
      </Result>
    </Card>
  );
}
