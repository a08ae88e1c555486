/**
 * The page budgets `npm run bench` checks (bench/README.md): first-load JavaScript from the
 * build manifests, and Lighthouse's mobile profile (medians of the runs) on the production
 * build. A figure at the limit is within it.
 */
export interface PageBudget {
  /** Most first-load JS, gzip kB. */
  firstLoadJsKb: number;
  /** Least Lighthouse scores, 0-100. */
  performance: number;
  accessibility: number;
  /** Most LCP and TBT, ms. */
  lcpMs: number;
  tbtMs: number;
}

const LIGHTHOUSE = { performance: 95, accessibility: 100, lcpMs: 2000, tbtMs: 150 };

/** The public pages load before anyone has signed in, so they get the tighter script budget. */
const PUBLIC_ROUTES = new Set(['/', '/sign-in', '/sign-up']);

export function budgetFor(route: string): PageBudget {
  return { firstLoadJsKb: PUBLIC_ROUTES.has(route) ? 120 : 200, ...LIGHTHOUSE };
}

export interface BudgetCheck {
  what: string;
  limit: string;
  value: string;
  /** How far inside the limit (positive) or past it (negative), in the limit's unit. */
  margin: number;
  unit: string;
  ok: boolean;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function most(what: string, value: number, limit: number, unit: string): BudgetCheck {
  return {
    what,
    limit: `≤ ${String(limit)} ${unit}`,
    value: `${String(round1(value))} ${unit}`,
    margin: round1(limit - value),
    unit,
    ok: value <= limit,
  };
}

function least(what: string, value: number, limit: number): BudgetCheck {
  return {
    what,
    limit: `≥ ${String(limit)}`,
    value: String(value),
    margin: value - limit,
    unit: '',
    ok: value >= limit,
  };
}

export interface PageFigures {
  firstLoadJsKb?: number;
  /** Lighthouse scores 0-1, as it reports them. */
  performance?: number | null;
  accessibility?: number | null;
  lcpMs?: number | null;
  tbtMs?: number | null;
}

/** Each budget of the route that has a figure; a missing figure is left out, not passed. */
export function checkBudgets(route: string, figures: PageFigures): BudgetCheck[] {
  const budget = budgetFor(route);
  const checks: BudgetCheck[] = [];
  if (typeof figures.firstLoadJsKb === 'number') {
    checks.push(most('first-load JS', figures.firstLoadJsKb, budget.firstLoadJsKb, 'kB'));
  }
  if (typeof figures.performance === 'number') {
    checks.push(least('performance', Math.round(figures.performance * 100), budget.performance));
  }
  if (typeof figures.accessibility === 'number') {
    const score = Math.round(figures.accessibility * 100);
    checks.push(least('accessibility', score, budget.accessibility));
  }
  if (typeof figures.lcpMs === 'number')
    checks.push(most('LCP', figures.lcpMs, budget.lcpMs, 'ms'));
  if (typeof figures.tbtMs === 'number')
    checks.push(most('TBT', figures.tbtMs, budget.tbtMs, 'ms'));
  return checks;
}
