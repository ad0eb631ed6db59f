// Every page with the roles that may open it: the menu and the route guard read the same list.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../api/auth.ts';

export interface PageRoute {
  path: string;
  label: string;
  /** Roles that see it in the menu and may open it. */
  access: Role[];
  page: LazyExoticComponent<ComponentType>;
  /** Hidden from the menu (detail pages). */
  hidden?: boolean;
}

const ALL: Role[] = ['admin', 'supervisor', 'reporter', 'approver', 'leader'];

export const PAGE_ROUTES: PageRoute[] = [
  { path: '/', label: '首页', access: ALL, page: lazy(() => import('../pages/home/HomePage.tsx')) },
];

export function routesFor(role: Role): PageRoute[] {
  return PAGE_ROUTES.filter((route) => route.access.includes(role));
}
