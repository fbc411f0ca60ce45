import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  FundOutlined,
  HomeOutlined,
  KeyOutlined,
  PercentageOutlined,
  PieChartOutlined,
  SafetyOutlined,
  SettingOutlined,
  ShopOutlined,
  SwapOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { CurrentUserT } from '@lmis/contracts';
import type { ReactNode } from 'react';
import { allowedBy } from '../features/auth/api.ts';
import type { MessageKey } from './i18n.ts';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Hidden when the user lacks the capability it needs (see `allowedBy`). */
  allowed?: (user: CurrentUserT) => boolean;
  children?: NavItem[];
}

/** Menu key of the labour-supply group (not a page; its first entry is the list at /registry). */
export const REGISTRY_GROUP = 'registry';
/** Menu key of the households group (its first entry is the list at /households). */
export const HOUSEHOLDS_GROUP = 'households';

export const NAV: NavItem[] = [
  { path: '/', label: 'navHome', icon: <DashboardOutlined /> },
  {
    path: REGISTRY_GROUP,
    label: 'navRegistry',
    icon: <TeamOutlined />,
    allowed: allowedBy('worker:read'),
    children: [
      { path: '/registry', label: 'navRegistryList', icon: <UnorderedListOutlined /> },
      {
        path: '/registry/import',
        label: 'navRegistryImport',
        icon: <UploadOutlined />,
        allowed: allowedBy('worker_import:create'),
      },
      { path: '/registry/stats', label: 'navRegistryStats', icon: <PieChartOutlined /> },
      {
        path: '/registry/transfers',
        label: 'navRegistryTransfers',
        icon: <SwapOutlined />,
        allowed: allowedBy('person_transfer:request'),
      },
    ],
  },
  {
    path: HOUSEHOLDS_GROUP,
    label: 'navHouseholds',
    icon: <HomeOutlined />,
    allowed: allowedBy('household:read'),
    children: [
      { path: '/households', label: 'navHouseholdsList', icon: <UnorderedListOutlined /> },
      { path: '/households/rates', label: 'navPovertyRates', icon: <PercentageOutlined /> },
    ],
  },
  { path: '/employers', label: 'navEmployers', icon: <BankOutlined />, allowed: allowedBy('employer:read') },
  { path: '/training', label: 'navTraining', icon: <BookOutlined /> },
  { path: '/dossiers', label: 'navDossiers', icon: <FileProtectOutlined />, allowed: allowedBy('dossier:read') },
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
      { path: '/admin/users', label: 'navUsers', icon: <UserOutlined />, allowed: allowedBy('user:read') },
      { path: '/admin/history', label: 'navHistory', icon: <AuditOutlined />, allowed: allowedBy('audit:read') },
      {
        path: '/admin/security',
        label: 'navSecurityLog',
        icon: <SafetyOutlined />,
        allowed: allowedBy('security_log:read'),
      },
      {
        path: '/admin/api-tokens',
        label: 'navApiTokens',
        icon: <KeyOutlined />,
        allowed: allowedBy('api_token:manage'),
      },
      { path: '/admin/system', label: 'navSystem', icon: <DatabaseOutlined />, allowed: allowedBy('system:read') },
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
