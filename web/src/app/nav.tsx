import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FundOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { CurrentUserT } from '@lmis/contracts';
import type { ReactNode } from 'react';
import { canManageUsers } from '../features/auth/api.ts';
import type { MessageKey } from './i18n.ts';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Hidden when the user's role cannot use it. */
  allowed?: (user: CurrentUserT) => boolean;
  children?: NavItem[];
}

export const NAV: NavItem[] = [
  { path: '/', label: 'navHome', icon: <DashboardOutlined /> },
  { path: '/registry', label: 'navRegistry', icon: <TeamOutlined /> },
  { path: '/training', label: 'navTraining', icon: <BookOutlined /> },
  { path: '/dossiers', label: 'navDossiers', icon: <FileProtectOutlined /> },
  { path: '/jobs', label: 'navJobs', icon: <ShopOutlined /> },
  { path: '/fairs', label: 'navFairs', icon: <CalendarOutlined /> },
  { path: '/plans', label: 'navPlans', icon: <FundOutlined /> },
  { path: '/reports', label: 'navReports', icon: <BarChartOutlined /> },
  {
    path: '/admin',
    label: 'navAdmin',
    icon: <SettingOutlined />,
    children: [
      { path: '/admin/units', label: 'navUnits', icon: <ApartmentOutlined /> },
      { path: '/admin/catalogues', label: 'navCatalogues', icon: <UnorderedListOutlined /> },
      { path: '/admin/users', label: 'navUsers', icon: <UserOutlined />, allowed: canManageUsers },
      { path: '/admin/history', label: 'navHistory', icon: <AuditOutlined /> },
    ],
  },
];

/** The menu entry matching a location (longest prefix wins); none for pages outside the menu. */
export function activeNavPath(pathname: string): string | undefined {
  const all = NAV.flatMap((n) => [n, ...(n.children ?? [])]).map((n) => n.path);
  return all
    .filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
