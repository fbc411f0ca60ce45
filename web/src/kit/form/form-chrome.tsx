import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n.ts';

/** What a refused save tells the user: a title, the issues no field shows, and whether a reload can help. */
export interface FormErrorState {
  text: string;
  issues: string[];
  conflict: boolean;
}

/** A form page's title with Cancel (back) and Save. */
export function FormHeader(props: { title: ReactNode; pending: boolean; onSave: () => void; saveTestId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {props.title}
      </Typography.Title>
      <Space>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('cancel')}
        </Button>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={props.pending}
          onClick={props.onSave}
          data-testid={props.saveTestId}
        >
          {t('save')}
        </Button>
      </Space>
    </Space>
  );
}

/**
 * Cancel and Save again under a long form, so nobody scrolls back up to save (the header keeps its own). Its own
 * test id: the one above stays unique.
 */
export function FormFooter(props: {
  pending: boolean;
  onSave: () => void;
  saveTestId: string;
  cancelLabel?: string;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 4 }} data-testid="form-footer">
      <Button icon={<ArrowLeftOutlined />} onClick={props.onCancel ?? (() => navigate(-1))}>
        {props.cancelLabel ?? t('cancel')}
      </Button>
      <Button
        type="primary"
        icon={<SaveOutlined />}
        loading={props.pending}
        onClick={props.onSave}
        data-testid={props.saveTestId}
      >
        {t('save')}
      </Button>
    </Space>
  );
}

/** The refused save above the form; a conflict (someone else saved first) offers a reload. */
export function FormErrorAlert(props: {
  error: FormErrorState | null;
  onReload: () => void;
  testId: string;
  reloadTestId?: string;
}) {
  const { t } = useI18n();
  const { error } = props;
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid={props.testId}
      title={error.text}
      description={
        error.issues.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {error.issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        error.conflict ? (
          <Button size="small" onClick={props.onReload} data-testid={props.reloadTestId}>
            {t('reload')}
          </Button>
        ) : undefined
      }
    />
  );
}
