import type { RubricTable } from '../rubric';

const STAR = ['situation', 'task', 'action', 'result'] as const;

/** Rubrics for the frontend, backend, mobile and data role templates (`role.<family>.t.*` and `.b.*`). */
export const ROLES_A_RUBRICS: RubricTable = {
  'role.frontend.t.1': {
    keyPoints: [
      {
        id: 'parse',
        concept:
          'parsing HTML into the DOM and CSS into the CSSOM, and how scripts can block parsing',
        phrasings: [
          'dom',
          'cssom',
          'pars*',
          'render blocking',
          'parser blocking',
          'defer',
          'async',
        ],
      },
      {
        id: 'render-tree',
        concept: 'combining them into a render tree and computing styles',
        phrasings: ['render tree', 'computed style*', 'style calculation', 'combin*'],
      },
      {
        id: 'layout-paint-composite',
        concept: 'the pipeline stages: layout (reflow), paint and compositing of layers',
        phrasings: ['layout', 'reflow', 'paint*', 'composit*', 'layer*', 'rasteri*'],
      },
      {
        id: 'costs',
        concept:
          'which steps cost most: layout and paint on large trees, forced synchronous layout, and long JavaScript tasks',
        phrasings: [
          'layout thrash*',
          'forced synchronous',
          'long task*',
          'main thread',
          'costly',
          'transform opacity',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'all-props-equal',
        claim: 'animating any CSS property costs the same',
        phrasings: ['any property same cost', 'all properties cost same', 'animating width cheap'],
        correction:
          'Changing geometry such as width triggers layout and paint; transform and opacity can usually be handled by the compositor alone.',
      },
      {
        id: 'avoid-compositor-props',
        claim: 'animate top and left rather than transform and opacity',
        phrasings: [
          'avoid transform',
          'animate top left',
          'animate top and left',
          'use top left instead',
        ],
        correction:
          'Animating top, left, width or height forces layout on every frame; transform and opacity can be animated by the compositor without layout or paint.',
      },
      {
        id: 'layout-free',
        claim: 'layout is free or always done on the GPU, so reflow does not matter',
        phrasings: [
          'layout is free',
          'layout basically free',
          'reflow not worry',
          'layout on the gpu',
        ],
        correction:
          'Layout runs on the main thread and grows with the size of the tree; reading layout after writing styles in a loop forces it again and again (layout thrashing).',
      },
      {
        id: 'css-after-paint',
        claim:
          'CSS is applied after the page is painted, or JavaScript runs before any HTML is parsed',
        phrasings: [
          'css applied after paint*',
          'css applied last',
          'javascript first before html',
          'runs all the javascript first',
        ],
        correction:
          'The browser parses HTML into the DOM as it arrives, builds the CSSOM from stylesheets (which block rendering), combines them into the render tree, then runs layout, paint and compositing; scripts run as the parser meets them unless deferred.',
      },
      {
        id: 'vdom-always-faster',
        claim: 'a virtual DOM is always faster than updating the DOM directly',
        phrasings: ['virtual dom always faster', 'always faster than touching the dom'],
        correction:
          'A virtual DOM adds work of its own; it makes many updates convenient and batched, but a targeted direct DOM update is not slower.',
      },
    ],
  },
  'role.frontend.t.2': {
    keyPoints: [
      {
        id: 'measure',
        concept:
          'measuring first with real-user data and lab tools: Core Web Vitals such as LCP and INP, and a performance profile',
        phrasings: [
          'field data',
          'real user*',
          'core web vitals from',
          'measur* lcp',
          'lab tool*',
          'performance profile',
          'run lighthouse',
          'profil* the load',
        ],
      },
      {
        id: 'bundle',
        concept:
          'shrinking the JavaScript: code splitting, lazy loading routes, tree shaking, dropping heavy dependencies',
        phrasings: [
          'code split*',
          'lazy load*',
          'bundle size',
          'tree shak*',
          'bundle analy*',
          'dynamic import*',
        ],
      },
      {
        id: 'network',
        concept:
          'network and caching: compression, a CDN, HTTP caching, preloading critical resources',
        phrasings: [
          'serve* from a cdn',
          'behind a cdn',
          'cdn for',
          'cache header*',
          'http cach*',
          'compress*',
          'brotli',
          'gzip',
          'preload critical',
          'http 2',
        ],
      },
      {
        id: 'rendering',
        concept:
          'rendering strategy: server-side rendering or static generation for first paint, and images',
        phrasings: [
          'server side render*',
          'ssr',
          'static generation',
          'image*',
          'hydrat*',
          'critical css',
          'on the server',
          'render* server',
        ],
      },
      {
        id: 'verify',
        concept: 'verifying gains against the baseline and setting a budget to prevent regressions',
        phrasings: ['baseline', 'budget', 'regression*', 'before and after', 'ci'],
      },
    ],
    misconceptions: [
      {
        id: 'rewrite-framework',
        claim: 'switching to a faster framework is the first fix for a slow single-page app',
        phrasings: [
          'switch to faster framework',
          'rewrite in faster framework',
          'new framework will fix',
        ],
        correction:
          'Most slow loads come from too much JavaScript, request waterfalls and unoptimized assets; measure first and fix those, which a rewrite would carry over.',
      },
    ],
  },
  'role.frontend.t.3': {
    keyPoints: [
      {
        id: 'local',
        concept:
          'keeping state local to the component that uses it by default, lifting it only as far as needed',
        phrasings: ['local state', 'lift* state', 'closest common', 'usestate', 'colocat*'],
      },
      {
        id: 'shared',
        concept: 'shared client state for truly global UI concerns, via context or a store',
        phrasings: [
          'context provider',
          'react context',
          'redux',
          'zustand',
          'store',
          'global state',
          'prop drilling',
        ],
      },
      {
        id: 'server-state',
        concept:
          'treating server data as a cache with a data-fetching library rather than copying it into a global store',
        phrasings: [
          'react query',
          'tanstack',
          'swr',
          'server cache',
          'refetch*',
          'stale data',
          'fetch* library',
        ],
      },
      {
        id: 'url',
        concept:
          'URL state for things that should survive a refresh or be shareable, such as filters and pagination',
        phrasings: ['url', 'query param*', 'query string', 'route*', 'shareable', 'bookmark*'],
      },
      {
        id: 'derive',
        concept: 'deriving values instead of storing duplicates, to keep one source of truth',
        phrasings: ['deriv*', 'source of truth', 'duplicat*', 'computed', 'in sync'],
      },
    ],
    misconceptions: [
      {
        id: 'everything-global',
        claim: 'all state should go in a global store',
        phrasings: ['everything in redux', 'all state global', 'put everything in store'],
        correction:
          'A global store for everything couples unrelated parts and causes needless re-renders; keep state as local as possible and cache server data separately.',
      },
    ],
  },
  'role.frontend.t.4': {
    keyPoints: [
      {
        id: 'csr',
        concept:
          'client-side rendering: the browser downloads JavaScript and builds the page, good for app-like interactive screens behind login',
        phrasings: [
          'in the browser',
          'javascript builds',
          'blank page',
          'dashboard*',
          'behind login',
          'spa',
        ],
      },
      {
        id: 'ssr',
        concept:
          'server-side rendering: HTML generated per request, good for fresh or personalized content that must load fast and be indexed',
        phrasings: ['per request', 'each request', 'personaliz*', 'fresh data', 'seo', 'hydrat*'],
      },
      {
        id: 'ssg',
        concept:
          'static generation: HTML built ahead of time and served from a CDN, good for content that changes rarely',
        phrasings: [
          'build time',
          'ahead of time',
          'cdn',
          'blog*',
          'marketing',
          'docs',
          'rarely change*',
        ],
      },
      {
        id: 'hybrid',
        concept:
          'hybrid options such as incremental regeneration, streaming, and mixing strategies per route',
        phrasings: [
          'incremental',
          'isr',
          'revalidat*',
          'per route',
          'per page',
          'streaming',
          'mix*',
        ],
      },
      {
        id: 'trade-offs',
        concept:
          'the trade-offs: time to first content, server cost, caching and interactivity after hydration',
        phrasings: [
          'first contentful',
          'time to first',
          'server cost',
          'server load',
          'interactiv*',
          'ttfb',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'csr-no-seo',
        claim: 'search engines cannot index client-rendered pages at all',
        phrasings: ['google cannot index', 'search engines cannot index', 'crawlers cannot see'],
        correction:
          'Google does render JavaScript, but later and less reliably; server or static rendering makes indexing and first paint dependable.',
      },
    ],
  },
  'role.frontend.t.5': {
    keyPoints: [
      {
        id: 'api-design',
        concept: 'a small, consistent component API with composition over endless props',
        phrasings: ['composition', 'compos*', 'props', 'consistent api', 'slots', 'children'],
      },
      {
        id: 'tokens',
        concept: 'design tokens and theming shared with design',
        phrasings: ['design token*', 'theme*', 'theming', 'figma', 'design system'],
      },
      {
        id: 'accessibility',
        concept: 'accessibility built into every component',
        phrasings: ['accessib*', 'aria', 'keyboard', 'screen reader*', 'a11y'],
      },
      {
        id: 'versioning',
        concept:
          'semantic versioning, changelogs and deprecation paths so teams can upgrade safely',
        phrasings: [
          'semver',
          'semantic version*',
          'changelog*',
          'deprecat*',
          'breaking change*',
          'codemod*',
        ],
      },
      {
        id: 'docs-tests',
        concept: 'documentation with live examples, and visual and unit tests',
        phrasings: ['storybook', 'usage doc*', 'visual regression', 'examples', 'component test*'],
      },
      {
        id: 'governance',
        concept: 'ownership and a contribution model so product teams can add what they need',
        phrasings: ['contribut*', 'governance', 'request* from', 'roadmap', 'feedback from team*'],
      },
    ],
    misconceptions: [],
  },
  'role.frontend.t.6': {
    keyPoints: [
      {
        id: 'one-vs-two',
        concept:
          'that flexbox lays items out along one axis, while grid controls rows and columns together',
        phrasings: [
          'one dimension*',
          'two dimension*',
          'one axis',
          'rows and columns',
          'single axis',
          'row or column',
        ],
      },
      {
        id: 'content-vs-layout',
        concept: 'that flexbox sizes from the content outward, grid from the layout inward',
        phrasings: ['content', 'size* based', 'template', 'grid template', 'explicit', 'tracks'],
      },
      {
        id: 'examples',
        concept:
          'typical uses: flexbox for a navbar or aligning items in a row, grid for a page layout or card grid',
        phrasings: ['navbar', 'nav bar', 'toolbar', 'page layout', 'card*', 'dashboard', 'gallery'],
      },
      {
        id: 'combine',
        concept: 'that they are often combined, grid for the page and flexbox inside components',
        phrasings: [
          'combine',
          'nested',
          'grid for the page',
          'flex inside',
          'flexbox inside',
          'mix them',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'grid-replaces',
        claim: 'grid replaces flexbox, so flexbox is obsolete',
        phrasings: ['flexbox obsolete', 'grid replaces flexbox', 'flexbox outdated'],
        correction:
          'They solve different problems and both are current; use whichever matches one-axis or two-axis layout.',
      },
    ],
  },
  'role.frontend.t.7': {
    keyPoints: [
      {
        id: 'independent-sections',
        concept: 'loading sections independently so one slow request does not block the whole page',
        phrasings: [
          'independent*',
          'each section',
          'progressive*',
          'in parallel',
          'suspense',
          'parallel',
        ],
      },
      {
        id: 'skeletons',
        concept: 'skeletons or placeholders that keep the layout stable while loading',
        phrasings: ['skeleton*', 'placeholder*', 'spinner*', 'layout shift', 'shimmer'],
      },
      {
        id: 'errors',
        concept:
          'per-section error states with a retry, and error boundaries so one failure does not crash the page',
        phrasings: [
          'error boundar*',
          'retry button',
          'fallback',
          'partial data',
          'error message',
          'try again',
        ],
      },
      {
        id: 'timeouts-cancel',
        concept: 'timeouts, cancelling stale requests and handling out-of-order responses',
        phrasings: ['timeout*', 'abort*', 'cancel*', 'race condition', 'out of order', 'stale'],
      },
      {
        id: 'caching',
        concept: 'caching and showing previous data while refreshing',
        phrasings: [
          'cache the response*',
          'cach* previous',
          'stale while revalidate',
          'previous data',
          'optimistic',
          'prefetch*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'one-global-spinner',
        claim: 'one full-page spinner until every request finishes is the right approach',
        phrasings: ['one spinner until everything', 'full page spinner', 'wait for all requests'],
        correction:
          'Blocking the whole page on the slowest request makes everything feel slow; show each part as its data arrives, with skeletons and per-section errors and retries.',
      },
    ],
  },
  'role.frontend.t.8': {
    keyPoints: [
      {
        id: 'escaping',
        concept:
          'output encoding for the context, and relying on the framework’s automatic escaping',
        phrasings: ['escap*', 'encod*', 'auto escap*', 'react escapes', 'text content'],
      },
      {
        id: 'dangerous-sinks',
        concept:
          'avoiding dangerous sinks such as innerHTML, and sanitizing any HTML you must render (for example with DOMPurify)',
        phrasings: ['innerhtml', 'dangerouslysetinnerhtml', 'dompurify', 'sanitiz*', 'eval'],
      },
      {
        id: 'csp',
        concept: 'a Content Security Policy that blocks inline and untrusted scripts',
        phrasings: ['content security policy', 'csp', 'nonce*', 'inline script*', 'trusted types'],
      },
      {
        id: 'cookies',
        concept: 'HttpOnly cookies so a successful injection cannot read session tokens',
        phrasings: ['httponly', 'cookie*', 'session token*', 'local storage'],
      },
      {
        id: 'browser-help',
        concept:
          'what the browser gives: same-origin policy, CSP enforcement, Trusted Types, sandboxed iframes',
        phrasings: ['same origin', 'sandbox*', 'iframe*', 'trusted types', 'enforce*'],
      },
    ],
    misconceptions: [
      {
        id: 'react-immune',
        claim: 'using React makes an app immune to XSS',
        phrasings: ['react immune', 'react prevents all', 'react fully protects'],
        correction:
          'React escapes text it renders, but dangerouslySetInnerHTML, user-controlled URLs, direct DOM access and third-party scripts can still inject code.',
      },
      {
        id: 'input-filter',
        claim: 'stripping script tags from input is enough',
        phrasings: ['strip script tag*', 'remove script tag*', 'filter script tag*'],
        correction:
          'XSS works through event handlers, URLs and many contexts without script tags; encode output for its context and sanitize with a proven library.',
      },
    ],
  },
  'role.frontend.t.9': {
    keyPoints: [
      {
        id: 'mobile-first',
        concept: 'mobile-first CSS with media queries at breakpoints set by the content',
        phrasings: ['media quer*', 'breakpoint*', 'mobile first', 'min width', 'container quer*'],
      },
      {
        id: 'fluid',
        concept: 'fluid layouts with flexbox or grid, relative units and functions like clamp',
        phrasings: ['flexbox', 'grid', 'percent*', 'rem', 'clamp', 'fluid', 'relative unit*'],
      },
      {
        id: 'viewport-images',
        concept: 'the viewport meta tag and responsive images with srcset and sizes',
        phrasings: ['viewport meta', 'srcset', 'responsive image*', 'picture element', 'max width'],
      },
      {
        id: 'touch-read',
        concept: 'usability on both: touch target sizes, readable line lengths on wide screens',
        phrasings: ['touch target*', 'tap target*', 'line length', 'max width', 'readab*'],
      },
      {
        id: 'test',
        concept: 'testing on real devices and sizes',
        phrasings: [
          'real device*',
          'real phone*',
          'resiz* the browser',
          'device mode',
          'devtools',
          'emulat*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'device-breakpoints',
        claim: 'breakpoints should be set at the widths of popular devices',
        phrasings: [
          'breakpoints for each device',
          'iphone breakpoint*',
          'device specific breakpoint*',
        ],
        correction:
          'Device sizes change every year; set breakpoints where the content starts to break, and let fluid layouts handle the widths in between.',
      },
    ],
  },
  'role.frontend.t.10': {
    keyPoints: [
      {
        id: 'domain-modules',
        concept:
          'organizing by feature or domain with clear module boundaries and public entry points',
        phrasings: [
          'by feature',
          'domain*',
          'module boundar*',
          'public api',
          'packages',
          'monorepo',
        ],
      },
      {
        id: 'ownership',
        concept: 'clear ownership of each area, for example with CODEOWNERS',
        phrasings: ['codeowners', 'ownership', 'team owns'],
      },
      {
        id: 'enforce',
        concept: 'enforcing boundaries with lint rules or dependency constraints',
        phrasings: [
          'lint rule*',
          'dependency rule*',
          'nx',
          'eslint',
          'boundar* enforce*',
          'import rule*',
        ],
      },
      {
        id: 'shared',
        concept: 'a shared design system and utilities with their own owners',
        phrasings: ['design system', 'shared librar*', 'component librar*', 'utilit*'],
      },
      {
        id: 'independent-delivery',
        concept:
          'independent build and deploy where it pays, such as micro-frontends, with their costs',
        phrasings: [
          'micro frontend*',
          'module federation',
          'independent deploy*',
          'build cach*',
          'affected',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.frontend.b.1': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'design-intent',
        concept: 'understanding the designer’s intent and the user problem behind the detail',
        phrasings: [
          'intent',
          'their reasoning',
          'she wanted',
          'he wanted',
          'they wanted',
          'user need*',
          'understood',
          'pointed out',
        ],
      },
      {
        id: 'evidence',
        concept:
          'using evidence such as a prototype, user testing, data or accessibility and performance constraints',
        phrasings: [
          'prototype',
          'user test*',
          'usage data',
          'analytics',
          'support tickets',
          'accessib*',
          'performance number*',
          'feasib*',
        ],
      },
      {
        id: 'resolution',
        concept: 'how you resolved it: an alternative, a compromise or a test',
        phrasings: [
          'compromise*',
          'alternative',
          'we agreed',
          'a b test',
          'we decided',
          'went with',
        ],
      },
      {
        id: 'relationship',
        concept: 'the relationship and how you collaborate since',
        phrasings: [
          'relationship',
          'earlier',
          'since then',
          'collaborat*',
          'trust',
          'after launch',
          'dropped',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.frontend.b.2': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'signal',
        concept: 'the feedback or data that showed the problem',
        phrasings: [
          'analytics',
          'support ticket*',
          'complain*',
          'user research',
          'session record*',
          'drop off',
        ],
      },
      {
        id: 'diagnosis',
        concept: 'understanding the cause before changing things',
        phrasings: ['root cause', 'found that', 'realized', 'investigat*', 'turned out'],
      },
      {
        id: 'change',
        concept: 'the change you made',
        phrasings: ['redesigned', 'i built', 'simplified', 'fixed', 'added', 'removed', 'rewrote'],
      },
      {
        id: 'measured',
        concept: 'the measured improvement',
        phrasings: [
          'conversion',
          'percent',
          'fewer',
          'reduced',
          'increased',
          'measured',
          'months later',
          'weeks later',
          'by the end',
          'launched',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.backend.t.1': {
    keyPoints: [
      {
        id: 'entities',
        concept:
          'the core tables: customers, orders, order items, products and payments, with keys and relationships',
        phrasings: [
          'order items',
          'line item*',
          'foreign key*',
          'products',
          'customer table',
          'table*',
        ],
      },
      {
        id: 'snapshot-money',
        concept:
          'storing the price at purchase time on the order item, and money as integer minor units or decimals, never floats',
        phrasings: [
          'price at',
          'snapshot',
          'cents',
          'minor unit*',
          'decimal',
          'floating point',
          'currency',
        ],
      },
      {
        id: 'status',
        concept:
          'order and payment status as a state machine, kept separate because one order can have several payment attempts',
        phrasings: ['status', 'state machine', 'pending', 'paid', 'refund*', 'payment attempt*'],
      },
      {
        id: 'provider-idempotency',
        concept: 'using a payment provider with idempotency keys and webhooks to confirm payment',
        phrasings: ['stripe', 'idempoten*', 'webhook*', 'payment provider', 'tokeniz*', 'pci'],
      },
      {
        id: 'api',
        concept:
          'API endpoints for creating orders, paying and fetching status, inside transactions',
        phrasings: ['post orders', 'endpoint*', 'transaction*', 'rest', 'checkout'],
      },
    ],
    misconceptions: [
      {
        id: 'float-money',
        claim: 'prices can be stored as floating point numbers',
        phrasings: ['store price* float*', 'money as float*', 'double for money'],
        correction:
          'Binary floating point cannot represent most decimal amounts exactly; store money as integer minor units or a decimal type.',
      },
      {
        id: 'store-cards',
        claim: 'the store should keep card numbers in its own database',
        phrasings: ['we store card numbers', 'keep card numbers ourselves'],
        correction:
          'Storing card numbers brings full PCI DSS scope; let the payment provider hold them and keep only its tokens.',
      },
    ],
  },
  'role.backend.t.2': {
    keyPoints: [
      {
        id: 'acid',
        concept:
          'that a transaction groups operations into one atomic, consistent, isolated and durable unit',
        phrasings: ['atomic*', 'acid', 'all or nothing', 'commit', 'rollback', 'durab*'],
      },
      {
        id: 'anomalies',
        concept:
          'the anomalies: dirty reads, non-repeatable reads, phantom reads, lost updates and write skew',
        phrasings: ['dirty read*', 'non repeatable', 'phantom*', 'lost update*', 'write skew'],
      },
      {
        id: 'levels',
        concept: 'the levels: read uncommitted, read committed, repeatable read, serializable',
        phrasings: [
          'read committed',
          'read uncommitted',
          'repeatable read',
          'serializ*',
          'snapshot isolation',
        ],
      },
      {
        id: 'trade-off',
        concept:
          'the trade-off: stronger isolation costs concurrency, with more locking or aborted transactions to retry',
        phrasings: [
          'lock* held',
          'lock contention',
          'contention',
          'retry on conflict',
          'abort*',
          'throughput',
          'deadlock*',
        ],
      },
      {
        id: 'defaults',
        concept:
          'knowing your database’s default, such as read committed in PostgreSQL and repeatable read in MySQL InnoDB',
        phrasings: ['default', 'postgres*', 'mysql', 'innodb', 'select for update'],
      },
    ],
    misconceptions: [
      {
        id: 'transaction-prevents-all',
        claim: 'wrapping code in a transaction prevents all concurrency problems',
        phrasings: [
          'transaction prevents all',
          'transactions solve all',
          'transaction prevents everything',
        ],
        correction:
          'At the common default of read committed, lost updates and write skew can still happen; use stricter isolation, row locks or conditional updates.',
      },
      {
        id: 'serializable-default',
        claim: 'databases run at serializable isolation by default',
        phrasings: ['serializable by default', 'default is serializable', 'default serializable'],
        correction:
          'PostgreSQL, SQL Server and Oracle default to read committed and MySQL InnoDB to repeatable read; serializable has to be asked for.',
      },
      {
        id: 'whole-database-lock',
        claim: 'a transaction locks the whole database while it runs',
        phrasings: [
          'lock on the whole database',
          'locks the whole database',
          'locks the entire database',
        ],
        correction:
          'A transaction groups operations so they commit or roll back together; databases lock rows (or use versions) rather than the whole database.',
      },
      {
        id: 'levels-reversed',
        claim: 'read committed prevents phantoms, or repeatable read is the weakest level',
        phrasings: [
          'read committed prevents phantom*',
          'repeatable read is the weakest',
          'repeatable read weakest',
        ],
        correction:
          'From weakest to strongest: read uncommitted (dirty reads), read committed (no dirty reads), repeatable read (no non-repeatable reads), serializable (no phantoms or write skew).',
      },
      {
        id: 'default-stops-races',
        claim:
          'the default isolation level takes care of race conditions such as two updates to one balance',
        phrasings: [
          'never worry about isolation',
          'database takes care of race*',
          'default handles race*',
        ],
        correction:
          'Under read committed two read-then-write updates can both succeed and one is lost; use an atomic update, a row lock (select for update) or a stricter level with retries.',
      },
    ],
  },
  'role.backend.t.3': {
    keyPoints: [
      {
        id: 'offset',
        concept:
          'offset pagination: simple and allows jumping to a page, but slow for deep pages and unstable when rows change',
        phrasings: ['offset*', 'page number*', 'skip*', 'deep page*', 'jump to page'],
      },
      {
        id: 'cursor',
        concept:
          'cursor or keyset pagination: continuing after the last seen key, fast and stable on changing data',
        phrasings: ['cursor*', 'keyset', 'seek', 'last seen', 'after id', 'next token', 'opaque'],
      },
      {
        id: 'stable-order',
        concept: 'a stable, unique sort order with a tiebreaker and an index that supports it',
        phrasings: [
          'stable sort',
          'tiebreak*',
          'unique sort',
          'sort order',
          'index on the sort',
          'order by',
        ],
      },
      {
        id: 'limits',
        concept: 'page size limits and not computing expensive total counts on every request',
        phrasings: ['page size', 'max* limit', 'total count', 'count query', 'has more'],
      },
      {
        id: 'alternatives',
        concept: 'alternatives for bulk needs: streaming, exports or async jobs',
        phrasings: ['stream*', 'export*', 'async job*', 'download', 'filter*'],
      },
    ],
    misconceptions: [
      {
        id: 'offset-scales',
        claim: 'offset pagination is fast at any depth',
        phrasings: ['offset fast any', 'offset always fast', 'offset scales fine'],
        correction:
          'The database still reads and discards all the skipped rows, so large offsets get slower; keyset pagination seeks straight to the next page.',
      },
    ],
  },
  'role.backend.t.4': {
    keyPoints: [
      {
        id: 'difference',
        concept:
          'the difference: authentication verifies who the caller is, authorization decides what they may do',
        phrasings: ['who you are', 'what they can', 'what you can', 'identity', 'permission*'],
      },
      {
        id: 'authn-mechanism',
        concept:
          'how identity is established: sessions or tokens such as OAuth 2.0 or OIDC access tokens, usually verified at the edge or in middleware',
        phrasings: ['jwt', 'oauth', 'oidc', 'token*', 'session*', 'middleware', 'gateway'],
      },
      {
        id: 'authz-model',
        concept:
          'an authorization model such as roles or attributes, checked per resource including ownership',
        phrasings: [
          'rbac',
          'role*',
          'abac',
          'policy',
          'ownership',
          'per resource',
          'owns',
          'this record',
          'particular record',
        ],
      },
      {
        id: 'enforce-in-service',
        concept:
          'enforcing authorization in the service that owns the data, on every request, denying by default',
        phrasings: [
          'every request',
          'deny by default',
          'default deny',
          'server side',
          'owning service',
          'each endpoint',
        ],
      },
      {
        id: 'service-to-service',
        concept: 'service-to-service identity such as mutual TLS or signed service tokens',
        phrasings: ['mtls', 'mutual tls', 'service account*', 'service token*', 'zero trust'],
      },
    ],
    misconceptions: [
      {
        id: 'gateway-enough',
        claim: 'checking authorization once at the API gateway is enough',
        phrasings: ['gateway is enough', 'only at gateway', 'gateway handles all'],
        correction:
          'A gateway can verify identity, but only the owning service knows whether this user may touch this record; check object-level access there.',
      },
      {
        id: 'hidden-ui',
        claim: 'hiding a button in the UI protects the action',
        phrasings: ['hiding button enough', 'hidden button protects', 'hidden in ui enough'],
        correction:
          'Anyone can call the API directly; the server must check permissions regardless of what the UI shows.',
      },
    ],
  },
  'role.backend.t.5': {
    keyPoints: [
      {
        id: 'queue',
        concept: 'putting the work on a queue and processing it in background workers',
        phrasings: [
          'job queue*',
          'message queue*',
          'background worker*',
          'background job*',
          'worker* pick*',
          'celery',
          'sqs',
          'sidekiq',
        ],
      },
      {
        id: 'respond-fast',
        concept: 'returning immediately, for example 202 Accepted with a job ID',
        phrasings: ['202', 'accepted', 'job id', 'return* immediately', 'right away', 'two oh two'],
      },
      {
        id: 'status',
        concept:
          'letting the client learn the result: a status endpoint to poll, a webhook, WebSocket or notification',
        phrasings: ['poll*', 'status endpoint', 'webhook*', 'websocket*', 'notif*', 'email'],
      },
      {
        id: 'reliability',
        concept: 'retries, idempotent jobs, a dead-letter queue, and progress or failure reporting',
        phrasings: ['idempoten*', 'dead letter', 'fail* job*', 'progress'],
      },
    ],
    misconceptions: [
      {
        id: 'thread-in-request',
        claim: 'starting a thread inside the web process and returning is a reliable solution',
        phrasings: ['spawn* thread* request*', 'fire and forget thread', 'thread in web process'],
        correction:
          'Work in an in-process thread is lost when the server restarts or scales down; a durable queue survives and can retry.',
      },
    ],
  },
  'role.backend.t.6': {
    keyPoints: [
      {
        id: 'no-2pc',
        concept:
          'that one transaction cannot span both databases, so you accept eventual consistency',
        phrasings: [
          'eventual*',
          'no shared transaction',
          'distributed transaction*',
          'two phase commit',
        ],
      },
      {
        id: 'outbox',
        concept:
          'the transactional outbox: write the change and the event in one local transaction, then publish',
        phrasings: [
          'outbox',
          'same transaction',
          'change data capture',
          'cdc',
          'debezium',
          'dual write*',
        ],
      },
      {
        id: 'events',
        concept: 'publishing domain events that the other service consumes idempotently',
        phrasings: ['event*', 'kafka', 'consum*', 'idempoten*', 'subscrib*', 'message*'],
      },
      {
        id: 'saga',
        concept: 'sagas with compensating actions for multi-step business flows',
        phrasings: ['saga*', 'compensat*', 'undo', 'orchestrat*', 'choreograph*'],
      },
      {
        id: 'reconcile',
        concept: 'reconciliation jobs to detect and repair drift',
        phrasings: ['reconcil*', 'drift', 'repair*', 'audit*', 'compare'],
      },
    ],
    misconceptions: [
      {
        id: 'dual-write',
        claim:
          'writing to the database and then publishing to the queue in the same handler keeps them consistent',
        phrasings: ['just write to both', 'publish after commit fine', 'write both then publish'],
        correction:
          'If the process dies between the two writes, they diverge; the outbox pattern or change data capture makes the event part of the same commit.',
      },
    ],
  },
  'role.backend.t.7': {
    keyPoints: [
      {
        id: 'stateless',
        concept:
          'stateless instances: sessions, files and caches moved out of process memory into shared stores',
        phrasings: [
          'stateless',
          'session*',
          'shared store',
          'redis',
          'object storage',
          'local disk',
        ],
      },
      {
        id: 'load-balancing',
        concept: 'a load balancer with health checks and autoscaling on the right signal',
        phrasings: ['load balanc*', 'autoscal*', 'health check*', 'replica*', 'instances'],
      },
      {
        id: 'database-bottleneck',
        concept:
          'the database usually stopping it first: connection limits, read replicas, caching, partitioning',
        phrasings: [
          'database bottleneck',
          'connection pool*',
          'read replica*',
          'shard*',
          'partition*',
          'connection limit*',
        ],
      },
      {
        id: 'other-blockers',
        concept:
          'other blockers: in-memory state, singletons or cron jobs that assume one instance, locks and hot keys',
        phrasings: [
          'in memory state',
          'singleton*',
          'cron',
          'global lock*',
          'hot key*',
          'sticky session*',
          'leader',
        ],
      },
      {
        id: 'async',
        concept: 'moving slow work to queues so request handling stays light',
        phrasings: ['job queue*', 'async* processing', 'background job*', 'offload*'],
      },
    ],
    misconceptions: [
      {
        id: 'more-instances-scale',
        claim: 'adding instances behind a load balancer is all horizontal scaling needs',
        phrasings: ['just add more instances', 'add servers and done', 'load balancer is enough'],
        correction:
          'Instances only scale if they share no local state; sessions, caches, cron jobs and locks in memory, and a single database, stop the extra instances from helping.',
      },
    ],
  },
  'role.backend.t.8': {
    keyPoints: [
      {
        id: 'ingest',
        concept:
          'a horizontally scalable ingestion tier behind load balancers, with authentication and batching from devices',
        phrasings: ['load balanc*', 'gateway', 'mqtt', 'batch*', 'collector*', 'device auth*'],
      },
      {
        id: 'log',
        concept: 'a durable partitioned log such as Kafka or Kinesis to buffer and decouple',
        phrasings: ['kafka', 'kinesis', 'pub sub', 'partition*', 'buffer*', 'durable log'],
      },
      {
        id: 'stream-processing',
        concept:
          'stream processing to validate, deduplicate and aggregate, tolerating late and duplicate events',
        phrasings: ['flink', 'stream process*', 'dedup*', 'late event*', 'aggregat*', 'window*'],
      },
      {
        id: 'store',
        concept:
          'a store built for fast queries over fresh data: a time-series or columnar real-time database',
        phrasings: [
          'time series',
          'columnar',
          'clickhouse',
          'druid',
          'pinot',
          'bigquery',
          'timescale',
          'time series database',
        ],
      },
      {
        id: 'backpressure',
        concept: 'backpressure and capacity planning for spikes, plus monitoring of end-to-end lag',
        phrasings: [
          'backpressure',
          'spike*',
          'consumer lag',
          'capacity',
          'throttl*',
          'monitor* the lag',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'write-each-event-to-db',
        claim: 'each device can write its events directly into the main relational database',
        phrasings: [
          'write directly to database',
          'insert each event into',
          'straight into postgres',
        ],
        correction:
          'Millions of devices writing row by row overwhelm a relational primary; buffer through a durable log, batch the writes, and store them in a store built for time series or analytics.',
      },
    ],
  },
  'role.backend.t.9': {
    keyPoints: [
      {
        id: 'rest',
        concept: 'REST: resources over HTTP, widely understood, HTTP caching, good for public APIs',
        phrasings: ['resource*', 'http verb*', 'http caching', 'public api*', 'widely'],
      },
      {
        id: 'graphql',
        concept:
          'GraphQL: one endpoint where clients ask for exactly the fields they need, good for varied front ends',
        phrasings: [
          'exactly the fields',
          'over fetch*',
          'under fetch*',
          'single endpoint',
          'schema',
          'n plus 1',
          'resolver*',
          'n plus one',
        ],
      },
      {
        id: 'grpc',
        concept:
          'gRPC: Protocol Buffers over HTTP/2 with typed contracts and streaming, good for internal service calls',
        phrasings: [
          'protobuf',
          'protocol buffer*',
          'http 2',
          'binary',
          'streaming',
          'internal',
          'code gen*',
          'http two',
        ],
      },
      {
        id: 'choose',
        concept:
          'choosing by the consumers: browsers and third parties, varied UIs, or internal low-latency calls',
        phrasings: [
          'consumer*',
          'browser*',
          'third part*',
          'mobile',
          'internal service*',
          'team familiar*',
        ],
      },
      {
        id: 'costs',
        concept:
          'the costs: GraphQL caching and query cost control, gRPC browser support needing a proxy',
        phrasings: [
          'query cost',
          'complexity limit*',
          'grpc web',
          'proxy',
          'caching harder',
          'depth limit*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'graphql-faster',
        claim: 'GraphQL is always faster than REST',
        phrasings: ['graphql always faster', 'graphql faster than rest'],
        correction:
          'GraphQL can cut round trips, but resolvers can cause N+1 queries and HTTP caching is harder; speed depends on implementation.',
      },
    ],
  },
  'role.backend.t.10': {
    keyPoints: [
      {
        id: 'logs',
        concept: 'structured logs with request or trace IDs, without secrets or personal data',
        phrasings: [
          'structured',
          'json log*',
          'request id',
          'trace id',
          'correlation id',
          'personal data',
          'pii',
        ],
      },
      {
        id: 'golden-signals',
        concept:
          'the golden signals or RED metrics: request rate, errors, latency percentiles and saturation',
        phrasings: [
          'rate errors duration',
          'red metric*',
          'golden signal*',
          'latency percentile*',
          'error rate',
          'saturation',
          'p99',
        ],
      },
      {
        id: 'business',
        concept:
          'business metrics that show whether the service does its job, like orders processed',
        phrasings: ['business metric*', 'orders', 'signups', 'queue depth'],
      },
      {
        id: 'alerts',
        concept: 'alerting on symptoms against SLOs, with runbooks, rather than every cause',
        phrasings: ['slo', 'symptom*', 'burn rate', 'runbook*', 'actionable', 'page*'],
      },
      {
        id: 'tracing',
        concept: 'distributed tracing for calls to dependencies',
        phrasings: ['tracing', 'opentelemetry', 'span*', 'dependenc*'],
      },
    ],
    misconceptions: [
      {
        id: 'log-everything',
        claim: 'logging every request body in full is the safest default',
        phrasings: ['log everything', 'always log full body'],
        correction:
          'Full bodies leak passwords and personal data into logs and cost a lot; log structured fields you need and redact the rest.',
      },
    ],
  },
  'role.backend.t.11': {
    keyPoints: [
      {
        id: 'semantics',
        concept:
          'that GET reads without side effects and is safe and cacheable, while POST creates or triggers an action',
        phrasings: ['reads', 'reading', 'side effect*', 'safe', 'cacheable', 'creat*', 'retriev*'],
      },
      {
        id: 'idempotency',
        concept:
          'idempotency: repeating a GET has no further effect, while repeating a POST may create a second order or charge, which matters for retries',
        phrasings: ['idempoten*', 'retry safe*', 'twice', 'same result'],
      },
      {
        id: 'data',
        concept:
          'that GET passes parameters in the URL query string while POST carries data in the body',
        phrasings: ['query string', 'url', 'body', 'query parameter*', 'bookmark*'],
      },
      {
        id: 'families',
        concept:
          'the status families: 1xx informational, 2xx success, 3xx redirects, 4xx client errors, 5xx server errors',
        phrasings: [
          '2xx',
          '4xx',
          '5xx',
          '3xx',
          'redirect*',
          'client error*',
          'server error*',
          '404',
          '500',
          'two hundred*',
          'four hundred*',
          'five hundred*',
          'four oh four',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'post-secure',
        claim: 'POST is secure because the data is hidden',
        phrasings: ['post is secure', 'post more secure', 'post hides data', 'post encrypt*'],
        correction:
          'POST bodies are just as readable as URLs without HTTPS; they only stay out of URLs, logs and history. Encryption comes from TLS.',
      },
    ],
  },
  'role.backend.b.1': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'detect-triage',
        concept: 'how you found out and assessed impact',
        phrasings: [
          'alert fired',
          'alert* went off',
          'paged',
          'on call',
          'noticed',
          'dashboard*',
          'graphs',
          'what had changed',
          'latency jumped',
        ],
      },
      {
        id: 'mitigate',
        concept: 'mitigating first: rolling back, failing over or disabling a feature',
        phrasings: [
          'rolled back',
          'mitigat*',
          'failover',
          'disabled',
          'restored',
          'killed',
          'freed',
          'recovered',
          'turned off',
        ],
      },
      {
        id: 'communicate',
        concept: 'keeping people informed while you worked',
        phrasings: [
          'status page',
          'posted updates',
          'told',
          'incident channel',
          'kept support',
          'informed',
          'messaged',
          'emailed',
          'heads up',
          'let them know',
        ],
      },
      {
        id: 'follow-up',
        concept: 'the root cause, the post-incident review and what changed',
        phrasings: [
          'root cause',
          'postmortem',
          'post mortem',
          'action item*',
          'next week',
          'pushed for',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.mobile.t.1': {
    keyPoints: [
      {
        id: 'states',
        concept: 'the lifecycle states and callbacks when the app moves to the background and back',
        phrasings: [
          'onpause',
          'onstop',
          'onresume',
          'scenephase',
          'applicationdidenterbackground',
          'lifecycle',
          'callback*',
        ],
      },
      {
        id: 'process-death',
        concept:
          'that the OS can kill a backgrounded app’s process at any time without further callbacks',
        phrasings: [
          'process death',
          'kill*',
          'terminat*',
          'memory pressure',
          'low memory',
          'reclaim*',
        ],
      },
      {
        id: 'save-restore',
        concept:
          'saving UI state and restoring it: saved instance state or state restoration, and persisting important data',
        phrasings: [
          'savedinstancestate',
          'saved state',
          'state restoration',
          'persist*',
          'remembersaveable',
          'savedstatehandle',
        ],
      },
      {
        id: 'background-work',
        concept:
          'stopping or scheduling work correctly: pausing timers and listeners, using WorkManager or background tasks',
        phrasings: [
          'workmanager',
          'background task*',
          'pause*',
          'release*',
          'listener*',
          'bgtaskscheduler',
        ],
      },
      {
        id: 'test',
        concept: 'testing it, for example with the developer option that does not keep activities',
        phrasings: ['keep activities', 'simulate*', 'adb', 'developer option*', 'test* restor*'],
      },
    ],
    misconceptions: [
      {
        id: 'memory-kept',
        claim: 'a backgrounded app stays in memory until the user closes it',
        phrasings: [
          'stays memory until closed',
          'always stays in memory',
          'kept in memory forever',
        ],
        correction:
          'Both Android and iOS can terminate background apps to reclaim memory; save state so restoring feels seamless.',
      },
    ],
  },
  'role.mobile.t.2': {
    keyPoints: [
      {
        id: 'local-source',
        concept: 'a local database as the source of truth that the UI reads from',
        phrasings: [
          'local database',
          'sqlite',
          'room',
          'core data',
          'realm',
          'source of truth',
          'offline first',
        ],
      },
      {
        id: 'outbox',
        concept: 'queuing user changes locally and syncing them when the connection returns',
        phrasings: [
          'local queue',
          'queue* change*',
          'pending change*',
          'outbox',
          'sync* when',
          'when online',
          'connectivity',
        ],
      },
      {
        id: 'conflicts',
        concept:
          'a conflict resolution strategy: versions, last write wins per field, merges or asking the user',
        phrasings: [
          'conflict*',
          'version number*',
          'last write wins',
          'merge*',
          'timestamp*',
          'crdt*',
        ],
      },
      {
        id: 'idempotent-sync',
        concept: 'idempotent sync with client-generated IDs so retries do not duplicate',
        phrasings: ['client generated', 'uuid*', 'idempoten*', 'dedup*', 'retry safe*'],
      },
      {
        id: 'ux',
        concept: 'showing sync status and pending changes in the interface',
        phrasings: ['sync status', 'indicator', 'pending', 'optimistic', 'offline banner'],
      },
    ],
    misconceptions: [
      {
        id: 'cache-reads-enough',
        claim: 'offline support just means caching the last responses',
        phrasings: [
          'offline means caching responses',
          'just cache the responses',
          'cache is enough offline',
        ],
        correction:
          'Caching covers reading; working offline also needs queued writes, conflict handling on reconnect, and retries that are safe to repeat.',
      },
    ],
  },
  'role.mobile.t.3': {
    keyPoints: [
      {
        id: 'main-thread',
        concept:
          'blocking the main thread with I/O or heavy work, instead of moving it to a background thread',
        phrasings: [
          'main thread',
          'ui thread',
          'background thread',
          'coroutine*',
          'async*',
          'dispatch*',
        ],
      },
      {
        id: 'rendering',
        concept:
          'rendering cost: too many recompositions or layout passes, deep view hierarchies, overdraw',
        phrasings: [
          'recomposition*',
          'layout pass*',
          'overdraw',
          'view hierarch*',
          're render*',
          'frame*',
        ],
      },
      {
        id: 'lists-images',
        concept: 'lists and images: view recycling, oversized images, decoding on the main thread',
        phrasings: [
          'recyclerview',
          'lazy column',
          'recycl*',
          'image siz*',
          'decod*',
          'cache image*',
        ],
      },
      {
        id: 'profile',
        concept:
          'finding it with profilers: Android Studio profiler, Perfetto, Xcode Instruments, frame metrics',
        phrasings: ['profiler', 'instruments', 'perfetto', 'systrace', 'jank', 'dropped frame*'],
      },
      {
        id: 'budget',
        concept: 'the frame budget, roughly 16 milliseconds at 60 Hz',
        phrasings: [
          '16 millisecond*',
          '60 frame*',
          '60 fps',
          'frame budget',
          '120',
          'sixteen millisecond*',
          'sixty frame*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'device-is-slow',
        claim: 'a sluggish interface is mostly the device being slow, so little can be done',
        phrasings: ['phone is just slow', 'device is too slow', 'nothing can be done'],
        correction:
          'Jank usually comes from work on the main thread, heavy layouts and oversized images; a profiler shows which, and most of it can be fixed.',
      },
    ],
  },
  'role.mobile.t.4': {
    keyPoints: [
      {
        id: 'staged',
        concept: 'staged or phased rollouts in the stores while watching crash rates',
        phrasings: [
          'staged rollout*',
          'phased release',
          'percentage',
          'crash rate*',
          'crashlytics',
          'halt*',
        ],
      },
      {
        id: 'flags',
        concept: 'remote config and feature flags to turn features off without a new release',
        phrasings: ['feature flag*', 'remote config', 'kill switch', 'server driven', 'toggle*'],
      },
      {
        id: 'backward-api',
        concept: 'keeping the backend compatible with old app versions for a long time',
        phrasings: [
          'backward compatib*',
          'old version*',
          'api version*',
          'older client*',
          'support*',
        ],
      },
      {
        id: 'force-update',
        concept: 'a minimum supported version check for forcing updates when truly needed',
        phrasings: ['force update', 'minimum version', 'forced upgrade', 'minimum supported'],
      },
      {
        id: 'testing',
        concept: 'beta channels such as TestFlight or internal testing tracks before release',
        phrasings: ['testflight', 'beta', 'internal track', 'dogfood*', 'qa'],
      },
    ],
    misconceptions: [
      {
        id: 'rollback',
        claim: 'a bad mobile release can be rolled back like a web deploy',
        phrasings: ['roll back release', 'roll back like web', 'rollback app'],
        correction:
          'Installed versions stay on devices; you can halt a staged rollout and ship a fix, so prepare flags and compatibility in advance.',
      },
    ],
  },
  'role.mobile.t.5': {
    keyPoints: [
      {
        id: 'push-not-poll',
        concept: 'replacing frequent polling with push notifications or server-triggered sync',
        phrasings: ['push', 'instead of polling', 'silent push', 'server trigger*', 'websocket*'],
      },
      {
        id: 'batch-schedule',
        concept:
          'batching requests and scheduling with system APIs such as WorkManager or BGTaskScheduler under constraints',
        phrasings: [
          'batch*',
          'workmanager',
          'bgtaskscheduler',
          'constraint*',
          'wifi',
          'charging',
          'schedul*',
        ],
      },
      {
        id: 'payload',
        concept: 'smaller payloads: deltas since the last sync, compression and caching with ETags',
        phrasings: [
          'delta*',
          'incremental',
          'compress*',
          'etag*',
          'since last',
          'conditional request*',
        ],
      },
      {
        id: 'backoff',
        concept: 'exponential backoff on failures and not syncing when nothing changed',
        phrasings: ['backoff', 'adaptive', 'exponential', 'nothing changed', 'when needed'],
      },
      {
        id: 'measure',
        concept: 'measuring with battery and network profilers',
        phrasings: [
          'energy profiler',
          'battery historian',
          'network profiler',
          'measur*',
          'instruments',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'poll-often',
        claim: 'polling the server every few seconds is the simplest reliable way to stay in sync',
        phrasings: ['poll every few seconds', 'poll every second', 'constant polling'],
        correction:
          'Frequent polling keeps the radio awake and drains the battery; use push to trigger syncs, batch requests, and defer non-urgent work to the system schedulers.',
      },
    ],
  },
  'role.mobile.t.6': {
    keyPoints: [
      {
        id: 'layers',
        concept: 'layering: UI, presentation logic (view model or presenter), domain and data',
        phrasings: [
          'mvvm',
          'view model*',
          'viewmodel*',
          'presenter',
          'clean architecture',
          'layer*',
          'mvi',
        ],
      },
      {
        id: 'di',
        concept: 'dependency injection so tests can swap in fakes for network and storage',
        phrasings: [
          'dependency injection',
          'inject*',
          'hilt',
          'dagger',
          'koin',
          'fake*',
          'protocol*',
        ],
      },
      {
        id: 'pure-logic',
        concept: 'keeping domain logic in plain code free of platform framework types',
        phrasings: [
          'plain kotlin',
          'plain swift',
          'pure',
          'framework free',
          'no android',
          'platform independent',
        ],
      },
      {
        id: 'repository',
        concept: 'repositories or interfaces that abstract data sources',
        phrasings: ['repository', 'repositories', 'abstraction', 'data source*', 'protocol'],
      },
      {
        id: 'unit-tests',
        concept:
          'fast unit tests of view models and use cases on the JVM or a simulator-free target',
        phrasings: ['unit test*', 'jvm', 'junit', 'xctest', 'fast test*', 'use case*'],
      },
    ],
    misconceptions: [
      {
        id: 'ui-tests-only',
        claim: 'business logic in a mobile app can only be tested through UI tests',
        phrasings: ['only through ui tests', 'need ui to test', 'cannot test without ui'],
        correction:
          'Logic kept out of views and behind interfaces, for example in view models or use cases, can be unit tested on its own; UI tests then only cover key flows.',
      },
    ],
  },
  'role.mobile.t.7': {
    keyPoints: [
      {
        id: 'keystore',
        concept:
          'using the platform secure storage: Keychain on iOS, Keystore-backed encryption on Android',
        phrasings: [
          'keychain',
          'keystore',
          'encryptedsharedpreferences',
          'secure enclave',
          'secure storage',
        ],
      },
      {
        id: 'not-plain',
        concept: 'keeping tokens out of plain preferences, logs and backups',
        phrasings: ['shared preferences', 'userdefaults', 'plain text', 'backup*'],
      },
      {
        id: 'token-design',
        concept: 'short-lived access tokens with refresh tokens that can be revoked on the server',
        phrasings: ['short lived', 'refresh token*', 'revok*', 'expir*', 'rotat*'],
      },
      {
        id: 'extra',
        concept:
          'extra protection where warranted: biometric gating, certificate pinning, root or jailbreak checks',
        phrasings: [
          'biometric*',
          'face id',
          'certificate pinning',
          'jailbreak*',
          'root* detection',
          'attestation',
        ],
      },
      {
        id: 'no-secrets-in-app',
        concept: 'that no long-lived secret shipped in the app binary is truly secret',
        phrasings: ['binary', 'decompil*', 'reverse engineer*', 'api key* in app', 'hardcod*'],
      },
    ],
    misconceptions: [
      {
        id: 'prefs-safe',
        claim:
          'shared preferences or UserDefaults are safe for tokens because other apps cannot read them',
        phrasings: ['shared preferences safe', 'userdefaults safe', 'sandbox enough'],
        correction:
          'Sandboxing does not protect against rooted devices, backups or device theft; use Keychain or Keystore-backed encryption.',
      },
    ],
  },
  'role.mobile.t.8': {
    keyPoints: [
      {
        id: 'services',
        concept: 'the platform services: APNs for iOS and Firebase Cloud Messaging for Android',
        phrasings: ['apns', 'fcm', 'firebase cloud messaging', 'apple push'],
      },
      {
        id: 'tokens',
        concept:
          'registering device tokens with your backend and refreshing or removing stale ones',
        phrasings: [
          'device token*',
          'registration token*',
          'refresh*',
          'stale token*',
          'unregister*',
        ],
      },
      {
        id: 'backend',
        concept: 'a backend that queues sends, targets users, respects preferences and retries',
        phrasings: [
          'notification queue*',
          'queue* per',
          'target*',
          'preference*',
          'rate limit*',
          'segment*',
        ],
      },
      {
        id: 'permission',
        concept:
          'asking permission at a meaningful moment, since iOS and newer Android require opt-in',
        phrasings: [
          'permission',
          'opt in',
          'prompt',
          'post notifications',
          'android 13',
          'android thirteen',
        ],
      },
      {
        id: 'payload-delivery',
        concept: 'notification versus data payloads, deep links, and that delivery is best effort',
        phrasings: ['data message*', 'payload', 'deep link*', 'best effort', 'collapse', 'silent'],
      },
    ],
    misconceptions: [
      {
        id: 'guaranteed',
        claim: 'push notifications are guaranteed to be delivered',
        phrasings: ['guaranteed deliver*', 'always delivered', 'guaranteed to arrive'],
        correction:
          'APNs and FCM are best effort and may drop, delay or collapse messages; do not rely on push alone for critical data sync.',
      },
    ],
  },
  'role.mobile.t.9': {
    keyPoints: [
      {
        id: 'states',
        concept:
          'the states and callbacks, such as onCreate, onStart, onResume, onPause, onStop, onDestroy, or the SwiftUI and UIKit equivalents',
        phrasings: [
          'oncreate',
          'onresume',
          'onpause',
          'ondestroy',
          'viewdidload',
          'viewwillappear',
          'onappear',
        ],
      },
      {
        id: 'config-changes',
        concept:
          'configuration changes such as rotation recreating the screen, and keeping state in a view model',
        phrasings: ['rotat*', 'configuration change*', 'recreat*', 'viewmodel', 'view model'],
      },
      {
        id: 'resources',
        concept:
          'starting and stopping work and listeners at the right point to avoid leaks and wasted battery',
        phrasings: ['leak*', 'unsubscrib*', 'release*', 'battery', 'listener*', 'camera'],
      },
      {
        id: 'why',
        concept:
          'why it matters: lost input, crashes from work after the screen is gone, memory leaks',
        phrasings: ['lose* input', 'crash*', 'memory leak*', 'lost state', 'after destroy*'],
      },
    ],
    misconceptions: [
      {
        id: 'lifecycle-irrelevant',
        claim: 'the lifecycle rarely matters because the system keeps the screen in memory',
        phrasings: ['system keeps it loaded', 'lifecycle does not matter', 'never killed'],
        correction:
          'The system can stop or kill a backgrounded screen or process at any time; state must be saved and restored, and work tied to the lifecycle or it leaks or crashes.',
      },
    ],
  },
  'role.mobile.t.10': {
    keyPoints: [
      {
        id: 'modules',
        concept: 'splitting into feature modules with clear APIs and ownership',
        phrasings: [
          'feature module*',
          'modulari*',
          'module*',
          'packages',
          'swift package*',
          'gradle module*',
        ],
      },
      {
        id: 'dependency-rules',
        concept: 'dependency rules so features do not depend on each other directly',
        phrasings: [
          'dependency rule*',
          'api module',
          'interface module',
          'dependency graph',
          'decoupl*',
        ],
      },
      {
        id: 'build-speed',
        concept: 'faster builds through modularization and build caching',
        phrasings: ['build time*', 'build cach*', 'incremental build*', 'faster build*'],
      },
      {
        id: 'flags-release',
        concept:
          'feature flags and a release train so teams ship into a shared binary independently',
        phrasings: ['feature flag*', 'release train', 'trunk based', 'remote config'],
      },
      {
        id: 'shared',
        concept: 'shared design system and platform modules with owners',
        phrasings: [
          'design system',
          'platform team',
          'core module',
          'shared component*',
          'codeowners',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.mobile.b.1': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'assess',
        concept: 'assessing impact with crash reports and analytics',
        phrasings: [
          'crashlytics',
          'crash report*',
          'analytics',
          'how many users',
          'users affected',
        ],
      },
      {
        id: 'mitigate-without-release',
        concept:
          'mitigating without a new binary: remote config, a kill switch, a server-side fix, halting the rollout',
        phrasings: [
          'remote config',
          'feature flag*',
          'kill switch',
          'server side',
          'halted',
          'paused',
          'stopped the rollout',
          'backend fix',
        ],
      },
      {
        id: 'expedite',
        concept: 'shipping the fix through the stores, including an expedited review if needed',
        phrasings: ['expedited review', 'hotfix', 'app review', 'submitted', 'store*'],
      },
      {
        id: 'communicate-prevent',
        concept: 'communicating with users and preventing a repeat',
        phrasings: [
          'support team',
          'told users',
          'in app message',
          'postmortem',
          'prevent* it',
          'added test*',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.data.t.1': {
    keyPoints: [
      {
        id: 'extract',
        concept:
          'extracting incrementally from each source, for example by updated-at or change data capture',
        phrasings: ['incremental*', 'change data capture', 'cdc', 'watermark*', 'extract*'],
      },
      {
        id: 'stage-transform',
        concept:
          'landing raw data in staging, then transforming into modelled tables, for example with dbt',
        phrasings: ['staging', 'raw layer', 'land*', 'dbt', 'transform*', 'elt'],
      },
      {
        id: 'idempotent',
        concept:
          'idempotent loads: overwrite a date partition or merge on keys, so reruns do not duplicate',
        phrasings: [
          'idempoten*',
          'merge',
          'upsert*',
          'overwrit* partition',
          'partition*',
          'dedup*',
        ],
      },
      {
        id: 'orchestrate',
        concept: 'an orchestrator managing dependencies, retries and backfills',
        phrasings: ['airflow', 'dagster', 'orchestrat*', 'dag', 'schedul*', 'prefect'],
      },
      {
        id: 'quality',
        concept: 'data quality checks and alerts before publishing',
        phrasings: ['quality check*', 'data test*', 'row count*', 'freshness'],
      },
    ],
    misconceptions: [
      {
        id: 'full-reload-append',
        claim: "appending each day's load to the table is safe to rerun",
        phrasings: ['append each run', 'append the daily load', 'insert again on rerun'],
        correction:
          "A rerun appends the same rows twice; overwrite the day's partition or merge on a key so a rerun gives the same result.",
      },
    ],
  },
  'role.data.t.2': {
    keyPoints: [
      {
        id: 'star',
        concept:
          'that a star schema has a central fact table of events or measures joined to denormalized dimension tables',
        phrasings: ['fact table*', 'dimension*', 'measure*', 'denormaliz*'],
      },
      {
        id: 'normalized',
        concept:
          'that a normalized schema splits data into many related tables to remove redundancy',
        phrasings: [
          'third normal form',
          '3nf',
          'redundan*',
          'many tables',
          'duplicat*',
          'normal form',
        ],
      },
      {
        id: 'oltp',
        concept: 'normalized for transactional systems, where writes must stay consistent',
        phrasings: ['oltp', 'transactional', 'writes', 'update anomal*', 'application database'],
      },
      {
        id: 'olap',
        concept: 'star for analytics, where fewer joins make queries simpler and faster',
        phrasings: ['olap', 'analytic*', 'fewer joins', 'bi tool*', 'reporting', 'aggregat*'],
      },
      {
        id: 'grain-scd',
        concept: 'declaring the grain of the fact table and handling changing dimensions',
        phrasings: [
          'grain',
          'slowly changing',
          'scd',
          'surrogate key*',
          'type 2',
          'one row per',
          'row per',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'star-always',
        claim: 'a star schema is always better because it is faster',
        phrasings: [
          'star schema always better',
          'always use star schema',
          'normalized is outdated',
        ],
        correction:
          'A star schema suits analytical reads; a normalized schema suits transactional writes and integrity. Warehouses often keep normalized staging and star-shaped marts.',
      },
    ],
  },
  'role.data.t.3': {
    keyPoints: [
      {
        id: 'checks',
        concept:
          'automated checks: uniqueness on keys, not-null, accepted values and ranges, row counts',
        phrasings: [
          'unique*',
          'null check*',
          'not null',
          'accepted value*',
          'range*',
          'row count*',
        ],
      },
      {
        id: 'dedupe',
        concept: 'deduplicating on a business key, keeping the latest version',
        phrasings: ['dedup*', 'business key', 'row number', 'latest version', 'primary key'],
      },
      {
        id: 'missing',
        concept:
          'handling missing values deliberately: rejecting, defaulting, flagging or imputing, and documenting it',
        phrasings: ['imput*', 'default*', 'flag*', 'reject*', 'quarantin*', 'coalesce'],
      },
      {
        id: 'late',
        concept:
          'late data: event time versus processing time, lookback windows and reprocessing recent partitions',
        phrasings: [
          'event time',
          'processing time',
          'lookback',
          'reprocess*',
          'watermark*',
          'grace period',
        ],
      },
      {
        id: 'source-fix',
        concept: 'tracing problems to the source and fixing them there, with alerts to owners',
        phrasings: ['upstream', 'source system', 'source owner*', 'root cause'],
      },
    ],
    misconceptions: [],
  },
  'role.data.t.4': {
    keyPoints: [
      {
        id: 'batch',
        concept:
          'that batch processes bounded chunks on a schedule, simpler and cheaper, with latency of minutes to hours',
        phrasings: ['schedule*', 'bounded', 'nightly', 'hourly', 'daily', 'chunk*'],
      },
      {
        id: 'stream',
        concept: 'that streaming processes unbounded events continuously with seconds of latency',
        phrasings: ['continuous*', 'unbounded', 'real time', 'seconds', 'as they arrive', 'kafka'],
      },
      {
        id: 'batch-case',
        concept: 'a good batch use case, such as daily reports, billing or model training',
        phrasings: ['report*', 'billing', 'training', 'warehouse', 'end of day'],
      },
      {
        id: 'stream-case',
        concept: 'a good stream use case, such as fraud detection, alerting or live dashboards',
        phrasings: [
          'fraud',
          'real time alert*',
          'live dashboard*',
          'live monitoring',
          'recommendation*',
        ],
      },
      {
        id: 'complexity',
        concept: 'the extra complexity of streaming: state, windows, late events, exactly-once',
        phrasings: ['window*', 'late event*', 'state', 'exactly once', 'out of order'],
      },
    ],
    misconceptions: [
      {
        id: 'stream-replaces-batch',
        claim: 'streaming has replaced batch, so new pipelines should all be streaming',
        phrasings: ['streaming replaced batch', 'batch is obsolete', 'everything should stream'],
        correction:
          'Batch is simpler, cheaper and easier to reprocess; choose streaming only when someone acts on the data within seconds or minutes.',
      },
    ],
  },
  'role.data.t.5': {
    keyPoints: [
      {
        id: 'single-definition',
        concept: 'one central definition of each metric, such as a semantic layer or metrics store',
        phrasings: [
          'semantic layer',
          'metrics layer',
          'single source',
          'one definition',
          'metric store',
          'central*',
        ],
      },
      {
        id: 'documented',
        concept: 'documenting definitions, filters and edge cases in a catalogue or glossary',
        phrasings: [
          'document* the definition*',
          'glossary',
          'catalog*',
          'definition*',
          'data dictionary',
        ],
      },
      {
        id: 'ownership',
        concept: 'an owner for each metric and a review process for changes',
        phrasings: ['metric owner*', 'steward*', 'review* change*', 'governance', 'change process'],
      },
      {
        id: 'certified',
        concept: 'certified shared datasets and dashboards that teams build on',
        phrasings: ['certified', 'shared dataset*', 'gold', 'curated', 'trusted'],
      },
      {
        id: 'reconcile',
        concept: 'tests or reconciliation that catch drift between implementations',
        phrasings: [
          'test* the metric*',
          'reconcil*',
          'compare against',
          'drift',
          'monitor* for drift',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.data.t.6': {
    keyPoints: [
      {
        id: 'definitions',
        concept:
          'first comparing definitions: gross or net, refunds, taxes, currency, recognized or booked revenue',
        phrasings: ['definition*', 'gross', 'net', 'refund*', 'tax*', 'recogni*', 'booked'],
      },
      {
        id: 'time',
        concept: 'time differences: time zones, cut-off dates, order date versus payment date',
        phrasings: ['time zone*', 'timezone*', 'cut off', 'date', 'utc', 'period'],
      },
      {
        id: 'reconcile-down',
        concept:
          'reconciling step by step down to individual transactions to find where they diverge',
        phrasings: [
          'reconcil*',
          'drill down',
          'transaction level',
          'row by row',
          'sample',
          'diff*',
        ],
      },
      {
        id: 'pipeline',
        concept:
          'pipeline problems: duplicates, missing or late loads, filters and joins that drop or multiply rows',
        phrasings: ['duplicate*', 'join*', 'fan out', 'missing data', 'late load*', 'filter*'],
      },
      {
        id: 'fix-communicate',
        concept: 'agreeing with finance on the source of truth, fixing and documenting it',
        phrasings: [
          'source of truth',
          'write* it down',
          'agree* the definition*',
          'agree* with',
          'communicat* the change',
          'sign off',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.data.t.7': {
    keyPoints: [
      {
        id: 'detect',
        concept: 'detecting changes early with schema checks or data contracts',
        phrasings: [
          'data contract*',
          'schema check*',
          'schema registry',
          'detect* change*',
          'alert* on schema',
        ],
      },
      {
        id: 'impact',
        concept: 'using lineage to find every affected downstream table and dashboard',
        phrasings: ['lineage', 'depend*', 'affected', 'impact analysis', 'consumers'],
      },
      {
        id: 'staging-layer',
        concept:
          'absorbing the change in a staging layer so downstream models see a stable interface',
        phrasings: [
          'staging',
          'stable interface',
          'views',
          'database view',
          'mapping',
          'adapter',
          'rename',
        ],
      },
      {
        id: 'compatible',
        concept:
          'backward-compatible evolution: additive columns, deprecation windows, versioned tables',
        phrasings: [
          'backward compatib*',
          'additive',
          'deprecat*',
          'version* the schema',
          'both columns',
        ],
      },
      {
        id: 'communicate',
        concept: 'coordinating with source owners and downstream users, and backfilling if needed',
        phrasings: [
          'source owner*',
          'talk* to the upstream',
          'upstream team',
          'backfill*',
          'notify* consumer*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'fix-downstream-each',
        claim: 'the fix is to update each downstream table by hand when the source changes',
        phrasings: [
          'update each table manually',
          'fix every downstream table',
          'patch each downstream',
        ],
        correction:
          'Patching many tables by hand after the fact breaks them silently in between; detect schema changes at ingestion, keep changes backward compatible, and coordinate with the source owner.',
      },
    ],
  },
  'role.data.t.8': {
    keyPoints: [
      {
        id: 'headline',
        concept: 'leading with the finding and why it matters to them',
        phrasings: ['headline', 'key finding', 'bottom line', 'start with', 'why it matters'],
      },
      {
        id: 'uncertainty',
        concept: 'stating uncertainty honestly: ranges, sample size, confidence',
        phrasings: ['uncertain*', 'confidence', 'range', 'sample size', 'margin', 'caveat*'],
      },
      {
        id: 'correlation',
        concept: 'separating correlation from causation and naming other explanations',
        phrasings: ['correlation', 'causation', 'caus*', 'confound*', 'alternative explanation*'],
      },
      {
        id: 'visual',
        concept: 'a simple, honest chart without misleading axes',
        phrasings: ['chart', 'visual*', 'axis', 'graph'],
      },
      {
        id: 'next-step',
        concept: 'recommending a next step, such as an experiment, to confirm it',
        phrasings: ['recommend*', 'next step*', 'experiment', 'a b test', 'validate'],
      },
    ],
    misconceptions: [
      {
        id: 'correlation-is-cause',
        claim: 'a strong correlation in the data shows that one thing causes the other',
        phrasings: ['correlation proves', 'correlation means caus*', 'correlation shows caus*'],
        correction:
          'Correlation alone does not show cause; confounders and selection effects can produce it, so frame it as a lead to test.',
      },
    ],
  },
  'role.data.t.9': {
    keyPoints: [
      {
        id: 'classify',
        concept: 'classifying and tagging personal data so policies can follow it',
        phrasings: ['classif*', 'tag*', 'pii', 'sensitive column*', 'catalog*'],
      },
      {
        id: 'access-control',
        concept: 'role-based access with column-level and row-level security',
        phrasings: [
          'column level',
          'row level',
          'role based',
          'rbac',
          'access control',
          'least privilege',
        ],
      },
      {
        id: 'minimize',
        concept:
          'de-identified data for exploration by default: masking, pseudonymization, aggregation',
        phrasings: ['mask*', 'pseudonym*', 'anonymi*', 'hash*', 'aggregat*', 'tokeniz*'],
      },
      {
        id: 'audit',
        concept: 'audit logs and monitoring of access',
        phrasings: ['audit*', 'access log*', 'monitor* access', 'who accessed'],
      },
      {
        id: 'self-serve',
        concept: 'self-serve access to safe data with a fast approval path for more',
        phrasings: ['self serve', 'approval*', 'request access', 'sandbox', 'curated'],
      },
      {
        id: 'compliance',
        concept: 'retention and deletion to meet regulations such as GDPR',
        phrasings: ['gdpr', 'retention', 'delet*', 'right to be forgotten', 'ccpa'],
      },
    ],
    misconceptions: [
      {
        id: 'hash-anonymous',
        claim: 'hashing an email or ID makes the data anonymous',
        phrasings: [
          'hashing makes anonymous',
          'hashed is anonymous',
          'hash anonymiz*',
          'hash* makes anonymous',
          'hash* data anonymous',
        ],
        correction:
          'A hashed identifier is still personal data under GDPR: it can be matched by hashing known values. Treat it as pseudonymized, not anonymous.',
      },
    ],
  },
  'role.data.b.1': {
    storyParts: STAR,
    keyPoints: [
      {
        id: 'question',
        concept: 'the decision at stake and the question you framed',
        phrasings: ['wanted to', 'question was', 'stakeholder*', 'going to'],
      },
      {
        id: 'analysis',
        concept: 'the analysis itself and how you made sure it was sound',
        phrasings: ['ran the data', 'query', 'segment*', 'checked', 'validated', 'model'],
      },
      {
        id: 'persuade',
        concept: 'how you presented it so they acted on it',
        phrasings: [
          'presented',
          'showed',
          'chart',
          'explained',
          'recommended',
          'convinced',
          'walked them',
        ],
      },
      {
        id: 'impact',
        concept: 'what changed and the result',
        phrasings: [
          'instead',
          'saved',
          'changed course',
          'decided not',
          'cancelled',
          'as a result',
          'months later',
          'weeks later',
          'by the end',
          'launched',
        ],
      },
    ],
    misconceptions: [],
  },
};
