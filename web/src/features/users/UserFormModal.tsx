import { type CurrentUserT, ROLES, type Role, type UserRowT } from '@lmis/contracts';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { showFieldErrors } from '../../kit/form/form-errors.ts';
import { formatDateTime } from '../../kit/format.ts';
import { ApiError } from '../../kit/http.ts';
import { UnitPicker } from '../../kit/units/UnitPicker.tsx';
import { can, useCurrentUser } from '../auth/index.ts';
import { fetchUser, useCreateUser, useUpdateUser } from './api.ts';

interface UserForm {
  username: string;
  fullName: string;
  email: string;
  role: Role;
  unitCode: string | null;
  password: string;
  active: boolean;
  unlock: boolean;
  newPassword: string;
}

/** Whether an account of the role works inside a unit (all but the nation-wide administrator); unknown: yes. */
const needsUnit = (role: Role | undefined) => (role ? ROLES[role].needsUnit : true);

function roleOptions(actor: CurrentUserT, lang: 'vi' | 'en') {
  return (
    (Object.keys(ROLES) as Role[])
      // The nation-wide (administrator) role is offered only to who may grant it (the server enforces it too).
      .filter((r) => ROLES[r].needsUnit || can(actor, 'user:grant_admin'))
      .map((r) => ({ value: r, label: ROLES[r][lang] }))
  );
}

/** Creates an account (no `user`) or edits one, sending the version it read so concurrent edits are refused. */
export function UserFormModal(props: { open: boolean; user: UserRowT | null; onClose: () => void }) {
  const { t, lang, errorText } = useI18n();
  const actor = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserForm>();
  const [editing, setEditing] = useState<UserRowT | null>(props.user);
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);
  const create = useCreateUser();
  const update = useUpdateUser();
  const role = Form.useWatch('role', form);

  const fill = (u: UserRowT | null) => {
    setEditing(u);
    form.resetFields();
    form.setFieldsValue(
      u
        ? {
            username: u.username,
            fullName: u.fullName,
            email: u.email ?? '',
            role: u.role as Role,
            unitCode: u.unitCode,
            active: u.active,
            unlock: false,
            newPassword: '',
          }
        : { active: true, unlock: false, unitCode: actor.scope.kind === 'province' ? actor.unitCode : null },
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the modal opens on a record
  useEffect(() => {
    if (props.open) {
      setError(null);
      fill(props.user);
    }
  }, [props.open, props.user]);

  const onError = (e: unknown) => {
    const unmatched = showFieldErrors(form, e, lang);
    const conflict = e instanceof ApiError && e.code === 'CONFLICT';
    setError({
      text: conflict ? t('conflictReload') : [errorText(e), ...unmatched].join(' — '),
      conflict,
    });
  };

  const reload = async () => {
    if (!editing) return;
    try {
      fill(await fetchUser(editing.id));
      setError(null);
    } catch (e) {
      onError(e);
    }
  };

  const onFinish = (v: UserForm) => {
    setError(null);
    const unitCode = needsUnit(v.role) ? (v.unitCode ?? null) : null;
    const email = v.email?.trim() ? v.email.trim() : null;
    if (!editing) {
      create.mutate(
        {
          username: v.username.trim(),
          fullName: v.fullName.trim(),
          email,
          role: v.role,
          unitCode,
          password: v.password,
        },
        {
          onSuccess: () => {
            void message.success(t('created'));
            props.onClose();
          },
          onError,
        },
      );
      return;
    }
    update.mutate(
      {
        id: editing.id,
        body: {
          version: editing.version,
          fullName: v.fullName.trim(),
          email,
          role: v.role,
          unitCode,
          active: v.active,
          ...(v.unlock ? { unlock: true } : {}),
          ...(v.newPassword ? { newPassword: v.newPassword } : {}),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('saved'));
          props.onClose();
        },
        onError,
      },
    );
  };

  const pending = create.isPending || update.isPending;
  const locked = editing?.lockedUntil ? new Date(editing.lockedUntil) > new Date() : false;
  return (
    <Modal
      open={props.open}
      title={editing ? `${t('editUser')}: ${editing.username}` : t('createUser')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={pending}
      destroyOnHidden
      width={560}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.text}
          style={{ marginBottom: 12 }}
          action={
            error.conflict ? (
              <Button size="small" onClick={reload}>
                {t('reload')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Form<UserForm> form={form} layout="vertical" onFinish={onFinish} disabled={pending} requiredMark>
        <Form.Item name="username" label={t('username')} rules={[{ required: !editing, message: t('required') }]}>
          <Input disabled={Boolean(editing)} autoComplete="off" />
        </Form.Item>
        <Form.Item name="fullName" label={t('fullName')} rules={[{ required: true, message: t('required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('email')}>
          <Input type="email" />
        </Form.Item>
        <Form.Item name="role" label={t('role')} rules={[{ required: true, message: t('required') }]}>
          <Select options={roleOptions(actor, lang)} />
        </Form.Item>
        <Form.Item
          name="unitCode"
          label={t('unit')}
          extra={needsUnit(role) ? undefined : t('unitNotNeeded')}
          rules={[{ required: needsUnit(role), message: t('required') }]}
        >
          <UnitPicker
            disabled={!needsUnit(role)}
            initialLabel={editing?.unitName ?? (editing ? null : actor.unitName)}
          />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="password"
            label={t('initialPassword')}
            extra={t('passwordRule')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {editing && (
          <>
            <Form.Item name="active" label={t('active')} valuePropName="checked">
              <Switch />
            </Form.Item>
            {locked && (
              <Form.Item
                name="unlock"
                valuePropName="checked"
                extra={`${t('lockedUntil')} ${formatDateTime(editing.lockedUntil)}`}
              >
                <Checkbox>{t('unlock')}</Checkbox>
              </Form.Item>
            )}
            <Form.Item name="newPassword" label={t('resetPassword')} extra={t('passwordRule')}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
