/** The pages the benchmarks audit, by the route they are expected at (others are in progress). */
export interface PageSpec {
  key: string;
  label: string;
  /** Candidate app routes, first match wins (the feedback page's route is not settled yet). */
  routes: RegExp[];
  signedIn: boolean;
}

export const PAGES: PageSpec[] = [
  { key: 'landing', label: 'landing', routes: [/^\/$/], signedIn: false },
  { key: 'sign-in', label: 'sign in', routes: [/^\/sign-in$/], signedIn: false },
  { key: 'sign-up', label: 'sign up', routes: [/^\/sign-up$/], signedIn: false },
  { key: 'dashboard', label: 'dashboard', routes: [/^\/dashboard$/], signedIn: true },
  {
    key: 'create',
    label: 'create (/interviews/new)',
    routes: [/^\/interviews\/new$/],
    signedIn: true,
  },
  { key: 'interview', label: 'interview', routes: [/^\/interviews\/\[id\]$/], signedIn: true },
  {
    key: 'room',
    label: 'interview room',
    routes: [/^\/interviews\/\[id\]\/room$/, /\/room$/],
    signedIn: true,
  },
  { key: 'settings', label: 'settings', routes: [/^\/settings$/], signedIn: true },
  {
    key: 'feedback',
    label: 'feedback',
    routes: [/feedback/, /^\/interviews\/\[id\]\/attempts\/\[[^\]]+\]$/],
    signedIn: true,
  },
];

/** The app route (e.g. /interviews/[id]/room) this page is at in the build, if any. */
export function findRoute(page: PageSpec, routes: readonly string[]): string | undefined {
  for (const pattern of page.routes) {
    const route = routes.find((r) => pattern.test(r));
    if (route) return route;
  }
  return undefined;
}
