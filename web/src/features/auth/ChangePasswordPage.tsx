import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../app/i18n.ts';
import { showFieldErrors } from '../../kit/form/form-errors.ts';
import { useChangePassword, useCurrentUser } from './api.ts';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPage() {
  const { t, lang, errorText } = useI18n();
  const user = useCurrentUser();
  const change = useChangePassword();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();

  const onFinish = ({ currentPassword, newPassword }: PasswordForm) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success(t('passwordChanged'));
          form.resetFields();
          void navigate('/', { replace: true });
        },
        onError: (e) => showFieldErrors(form, e, lang),
      },
    );

  return (
    <Card style={{ maxWidth: 520 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('changePassword')}
      </Typography.Title>
      {user.mustChangePassword && (
        <Alert type="warning" showIcon title={t('mustChangePassword')} style={{ marginBottom: 16 }} />
      )}
      {change.isError && <Alert type="error" showIcon title={errorText(change.error)} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={onFinish} disabled={change.isPending}>
        <Form.Item
          name="currentPassword"
          label={t('currentPassword')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('newPassword')}
          extra={t('passwordRule')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
