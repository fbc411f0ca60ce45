import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import {
  App,
  Avatar,
  Button,
  ConfigProvider,
  Layout,
  Menu,
  type MenuProps,
  Segmented,
  Space,
  Spin,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { roleLabel, useLogout, useMe } from '../features/auth/api.ts';
import { PLANNED_MODULES } from '../features/modules/modules.ts';
import { type Lang, useI18n } from './i18n.ts';
import { activeNavPath, NAV, type NavItem } from './nav.tsx';

const SIDER_WIDTH = 264;
/** Modules not built yet carry a "sắp có" tag in the menu itself. */
const PLANNED = new Set(PLANNED_MODULES.map((m) => m.path));
/** Compact menu rows, so the whole menu (one group open) fits a 1366×768 screen. */
const MENU_THEME = { components: { Menu: { itemHeight: 34, itemMarginBlock: 2, darkItemBg: 'transparent' } } };

/** The menu group holding a path (only that group is open: the menu never scrolls past the admin group). */
function groupOf(path: string | undefined): string | undefined {
  return path ? NAV.find((n) => n.children?.some((c) => c.path === path))?.path : undefined;
}

export function PageFallback() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
    </div>
  );
}

export function AppLayout() {
  // Read without the signed-in invariant: on sign-out the session is cleared while this layout is still mounted,
  // and the guard around it sends the browser to the sign-in page on the same render.
  const user = useMe().data;
  const { t, lang, setLang, errorText } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useLogout();
  const { message } = App.useApp();
  const selected = activeNavPath(location.pathname);
  const activeGroup = groupOf(selected);
  const [openKeys, setOpenKeys] = useState<string[]>(activeGroup ? [activeGroup] : []);
  useEffect(() => {
    if (activeGroup) setOpenKeys([activeGroup]);
  }, [activeGroup]);
  if (!user) return null;

  const visible = (items: NavItem[]): NavItem[] =>
    items
      .filter((i) => !i.allowed || i.allowed(user))
      .map((i) => ({ ...i, children: i.children && visible(i.children) }));
  const label = (i: NavItem) =>
    PLANNED.has(i.path) ? (
      <span className="nav-planned">
        {t(i.label)}
        <Tag className="nav-soon" data-testid={`soon-${i.path}`}>
          {t('comingSoon')}
        </Tag>
      </span>
    ) : (
      t(i.label)
    );
  const toMenu = (items: NavItem[]): MenuProps['items'] =>
    items.map((i) =>
      i.children
        ? { key: i.path, icon: i.icon, label: label(i), children: toMenu(i.children) }
        : { key: i.path, icon: i.icon, label: label(i), 'data-testid': `nav-${i.path}` },
    );
  // One group open at a time: opening another closes the first.
  const onOpenChange = (keys: string[]) => {
    const opened = keys.find((k) => !openKeys.includes(k));
    setOpenKeys(opened ? [opened] : keys);
  };

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => navigate('/dang-nhap', { replace: true }),
      onError: (e) => message.error(errorText(e)),
    });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={SIDER_WIDTH}
        breakpoint="lg"
        collapsedWidth={64}
        theme="dark"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div style={{ color: '#fff', padding: '14px 16px', lineHeight: 1.25 }}>
          <div style={{ fontWeight: 700, fontSize: 18 }}>LMIS</div>
          <div style={{ fontSize: 11, opacity: 0.75 }}>{t('productTagline')}</div>
        </div>
        <ConfigProvider theme={MENU_THEME}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            openKeys={openKeys}
            onOpenChange={onOpenChange}
            inlineIndent={16}
            items={toMenu(visible(NAV))}
            onClick={(e) => navigate(e.key)}
            data-testid="main-menu"
          />
        </ConfigProvider>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 20px',
            height: 56,
            lineHeight: 'normal',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #e8e8e8',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Typography.Text strong style={{ fontSize: 15 }} ellipsis>
            {t('productName')}
          </Typography.Text>
          <Space size={16} align="center">
            <Space size={8} align="center" data-testid="current-user">
              <Avatar size="small" icon={<UserOutlined />} style={{ background: '#0b5cad' }} />
              <div style={{ lineHeight: 1.2 }}>
                <div style={{ fontWeight: 600 }}>{user.fullName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {roleLabel(user.role, lang)} · {user.unitName ?? t('nationalScope')}
                </Typography.Text>
              </div>
            </Space>
            <Tooltip title={t('language')}>
              <Segmented<Lang>
                size="small"
                value={lang}
                onChange={setLang}
                options={[
                  { label: 'VI', value: 'vi' },
                  { label: 'EN', value: 'en' },
                ]}
              />
            </Tooltip>
            <Tooltip title={t('changePassword')}>
              <Button
                icon={<KeyOutlined />}
                aria-label={t('changePassword')}
                onClick={() => navigate('/doi-mat-khau')}
              />
            </Tooltip>
            <Button icon={<LogoutOutlined />} onClick={signOut} loading={logout.isPending} data-testid="sign-out">
              {t('signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
