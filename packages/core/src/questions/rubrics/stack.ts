import type { RubricTable } from '../rubric';

export const STACK_RUBRICS: RubricTable = {
  'stack.react.1': {
    keyPoints: [
      {
        id: 'declarative-ui',
        concept:
          'describing the UI declaratively as a function of state, so you no longer update the DOM by hand',
        phrasings: [
          'declarative ui',
          'ui from state',
          'function of state',
          'manual dom',
          'dom by hand',
          'describe* what the ui',
        ],
      },
      {
        id: 'rerender',
        concept:
          'a state change schedules a re-render of that component and its children, which call the component function again',
        phrasings: [
          'state change* re render*',
          'component re render*',
          'call* the function again',
          'child* re render*',
          'rerender* component*',
          'runs the component again',
        ],
      },
      {
        id: 'reconciliation',
        concept: 'reconciliation: React compares the new element tree with the previous one',
        phrasings: [
          'reconcil*',
          'diff* tree*',
          'diff* previous',
          'compare* tree*',
          'compare* previous',
          'virtual dom diff*',
        ],
      },
      {
        id: 'commit-minimal',
        concept: 'committing only the changed parts to the DOM',
        phrasings: [
          'commit phase',
          'only the changed',
          'minimal update*',
          'nodes that changed',
          'patch* the dom',
          'changed parts',
        ],
      },
      {
        id: 'batching',
        concept:
          'that updates are batched and state is a snapshot per render, not changed immediately',
        phrasings: [
          'batch* update*',
          'batch* state',
          'state snapshot',
          'snapshot per render',
          'not immediately',
          'old value until',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'state-immediate',
        claim: 'calling the state setter changes the state variable immediately',
        phrasings: [
          'setter changes immediately',
          'state updates immediately',
          'updated right away',
        ],
        correction:
          'The setter schedules a re-render; the variable in the current render keeps its old value, and the new one appears on the next render.',
      },
      {
        id: 'rerender-whole-dom',
        claim: 'React re-renders the whole DOM on every state change',
        phrasings: ['whole dom', 'entire dom', 'repaints everything', 'rebuilds the dom'],
        correction:
          'React re-runs component functions, then reconciles and touches only the DOM nodes that actually changed.',
      },
    ],
  },
  'stack.react.2': {
    keyPoints: [
      {
        id: 'single-responsibility',
        concept: 'one clear responsibility per component',
        phrasings: ['single responsib*', 'one job', 'does one thing', 'one responsib*'],
      },
      {
        id: 'reuse',
        concept: 'reuse: the same piece of UI needed in more than one place',
        phrasings: [
          'reus* elsewhere',
          'reus* across',
          'reus* in multiple',
          'duplicat* code',
          'copy past*',
          'more than one place',
        ],
      },
      {
        id: 'complexity-readability',
        concept: 'size and readability: when a component is hard to read, test or name',
        phrasings: [
          'hard to read',
          'too long',
          'too big',
          'hard to test',
          'hard to name',
          'hundreds of lines',
        ],
      },
      {
        id: 'state-locality',
        concept: 'moving state down to where it is used, so updates re-render less',
        phrasings: [
          'state down',
          'colocat* state',
          'local state',
          're render* less',
          'isolate state',
          'fewer re render*',
        ],
      },
      {
        id: 'avoid-premature',
        concept:
          'not splitting prematurely, since too many tiny components and prop drilling add indirection',
        phrasings: [
          'split* prematur*',
          'premature abstract*',
          'prop drilling',
          'over abstract*',
          'add* indirection',
          'too many small',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'split-for-perf-always',
        claim: 'splitting components always makes the app faster',
        phrasings: ['always faster', 'split for performance always'],
        correction:
          'Splitting alone does not stop re-renders; moving state down or memoizing may help, while extra props and layers can add cost.',
      },
    ],
  },
  'stack.react.3': {
    keyPoints: [
      {
        id: 'runs-after-render',
        concept:
          'that the effect runs after React commits the render to the screen, for syncing with external systems',
        phrasings: [
          'after render',
          'after commit',
          'after paint*',
          'external system*',
          'synchroniz* with',
          'side effect* after',
        ],
      },
      {
        id: 'deps-array',
        concept:
          'the dependency array: the effect re-runs when a listed value changes, an empty array runs it once after mount, no array runs it after every render',
        phrasings: [
          'dependency array',
          'empty array',
          'every render',
          'on mount',
          'array of dependenc*',
          'dependenc* change',
        ],
      },
      {
        id: 'cleanup',
        concept: 'the cleanup function that runs before the effect re-runs and on unmount',
        phrasings: [
          'return a function',
          'cleanup function',
          'unsubscrib*',
          'before it runs again',
          'clear* timer*',
          'remove* listener*',
        ],
      },
      {
        id: 'stale-closure',
        concept: 'stale closures from missing dependencies, and the lint rule that catches them',
        phrasings: [
          'stale closure*',
          'stale value*',
          'exhaustive deps',
          'missing dependenc*',
          'old value',
        ],
      },
      {
        id: 'common-bugs',
        concept:
          'common bugs: infinite loops from setting state on a dependency, race conditions in fetches and leaked listeners or timers',
        phrasings: [
          'infinite loop*',
          'race condition*',
          'leak* listener*',
          'abort* fetch*',
          'ignore flag',
          'set* state in effect',
        ],
      },
      {
        id: 'not-needed',
        concept:
          'that many effects are unnecessary, such as deriving data that can be computed during render',
        phrasings: [
          'derive* during render',
          'comput* during render',
          'calculat* during render',
          'you might not need',
          'unnecessary effect*',
          'derived state',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'empty-array-every-render',
        claim: 'an effect with an empty dependency array runs on every render',
        phrasings: ['empty array rerun*', 'empty array re run*'],
        correction:
          'With an empty array the effect runs once after mount (twice in development Strict Mode); it is leaving the array out that runs it after every render.',
      },
      {
        id: 'cleanup-unmount-only',
        claim: 'the cleanup function runs only when the component unmounts',
        phrasings: ['cleanup only on unmount', 'cleanup only when unmount*'],
        correction:
          'Cleanup runs before every re-run of the effect as well as on unmount, so each run undoes the previous one.',
      },
      {
        id: 'effect-sync-before-paint',
        claim: 'useEffect runs synchronously during render, before the browser paints',
        phrasings: [
          'effect runs during render',
          'useeffect during render',
          'use effect during render',
          'runs synchronously during render',
        ],
        correction:
          'useEffect runs after the commit, usually after paint; useLayoutEffect is the variant that runs before the browser paints.',
      },
    ],
  },
  'stack.react.4': {
    keyPoints: [
      {
        id: 'identity',
        concept:
          'that keys give each list item a stable identity, so React can match items between renders',
        phrasings: [
          'stable identit*',
          'identif* each item',
          'match* item* between',
          'track* which item',
          'which item is which',
          'same item across',
        ],
      },
      {
        id: 'unique-stable',
        concept:
          'that keys should be unique among siblings and stable, usually an ID from the data',
        phrasings: [
          'unique among sibling*',
          'database id',
          'item id',
          'among sibling*',
          'id from the data',
          'stable id',
        ],
      },
      {
        id: 'index-problems',
        concept:
          'with index keys, inserting, deleting or reordering items makes React attach state and DOM to the wrong item',
        phrasings: [
          'reorder*',
          'insert* at the start',
          'delet* an item',
          'wrong item',
          'index shift*',
          'items shift*',
        ],
      },
      {
        id: 'state-bugs',
        concept:
          'the visible bugs: input values or component state staying with the wrong row, and extra re-renders',
        phrasings: [
          'input value*',
          'wrong row',
          'state stay*',
          'focus jump*',
          'checkbox*',
          'component state',
        ],
      },
      {
        id: 'index-ok',
        concept: 'that index keys are acceptable for static lists that never reorder or change',
        phrasings: [
          'static list*',
          'never reorder*',
          'never change*',
          'read only list',
          'fixed list',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'keys-for-performance-only',
        claim: 'keys are only a performance hint with no effect on correctness',
        phrasings: ['keys only for performance', 'only performance', 'just a warning'],
        correction:
          'Keys decide which component instance keeps which state; wrong keys cause correctness bugs, not only slower rendering.',
      },
      {
        id: 'random-keys',
        claim: 'generating a random key on each render is a good fix',
        phrasings: ['random key*', 'math random', 'generate a new key'],
        correction:
          'A new key on every render makes React remount every item, losing state and focus; use a stable ID from the data.',
      },
    ],
  },
  'stack.react.5': {
    keyPoints: [
      {
        id: 'profile-first',
        concept: 'measuring first with the React DevTools Profiler and browser performance tools',
        phrasings: [
          'profiler',
          'react devtools',
          'measur* first',
          'flame*',
          'performance tab',
          'highlight updates',
        ],
      },
      {
        id: 'find-cause',
        concept:
          'finding why components re-render: parent re-renders, new object or function props, or context changes',
        phrasings: [
          'new object*',
          'new function*',
          'inline function*',
          'reference* change*',
          'parent re render*',
          'context change*',
        ],
      },
      {
        id: 'memoization',
        concept:
          'memoizing where it pays: memo for components, useMemo and useCallback for stable values',
        phrasings: ['react memo', 'usememo', 'use memo', 'usecallback', 'use callback', 'memoiz*'],
      },
      {
        id: 'state-structure',
        concept:
          'restructuring state: moving it down, splitting contexts and avoiding derived state',
        phrasings: [
          'move state down',
          'split* context*',
          'colocat* state',
          'derived state',
          'lift* state',
        ],
      },
      {
        id: 'heavy-work',
        concept:
          'reducing heavy work: virtualizing long lists, deferring or debouncing updates, and transitions',
        phrasings: [
          'virtualiz*',
          'windowing',
          'debounc*',
          'usetransition',
          'use transition',
          'defer* update*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'memo-everything',
        claim: 'wrapping every component in memo is the fix for slow pages',
        phrasings: ['always memo*', 'memo fixes', 'memoiz* fixes'],
        correction:
          'Memoization has its own cost and fails when props are new objects each render; profile, find the real cause, and memoize only where it saves work.',
      },
    ],
  },
  'stack.react.6': {
    keyPoints: [
      {
        id: 'local-context-first',
        concept: 'starting with local state and context, lifting state only as needed',
        phrasings: [
          'lift* state',
          'usestate',
          'use state',
          'start simple',
          'start with local',
          'component state',
        ],
      },
      {
        id: 'context-limits',
        concept:
          "context's limits: every consumer re-renders when its value changes, so it suits values that change rarely",
        phrasings: [
          'every consumer',
          'consumer* re render*',
          'rarely change*',
          'theme',
          'low frequency',
          'all consumers',
        ],
      },
      {
        id: 'server-state',
        concept:
          'that server data belongs in a data fetching cache library such as TanStack Query or SWR, not a global store',
        phrasings: ['server state', 'tanstack', 'react query', 'swr', 'cache librar*', 'apollo'],
      },
      {
        id: 'when-library',
        concept:
          'reaching for a library when much client state is shared, updated often, or has complex update logic',
        phrasings: [
          'redux',
          'zustand',
          'jotai',
          'complex client state',
          'frequent update*',
          'selector*',
        ],
      },
      {
        id: 'tooling-tradeoffs',
        concept:
          'what a library adds: selectors, devtools, middleware, and the cost of boilerplate and dependency',
        phrasings: [
          'devtool*',
          'middleware',
          'boilerplate',
          'time travel',
          'extra dependency',
          'learning curve',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'context-is-state-manager',
        claim:
          'context is a state management library that only re-renders components using the changed part',
        phrasings: ['context replaces redux', 'context replace* redux'],
        correction:
          'Context passes a value down; every consumer re-renders when the value changes, without selectors, so it is not a replacement for a store with fine-grained subscriptions.',
      },
    ],
  },
  'stack.react.7': {
    keyPoints: [
      {
        id: 'behaviour-not-impl',
        concept: 'testing behavior the user sees, not implementation details',
        phrasings: [
          'user see*',
          'behavio* the user',
          'implementation detail*',
          'not implementation detail*',
          'not internal*',
        ],
      },
      {
        id: 'testing-library',
        concept:
          'React Testing Library: querying by role or label text and simulating real user events',
        phrasings: ['testing library', 'by role', 'get by role', 'user event', 'label text'],
      },
      {
        id: 'mock-network',
        concept: 'mocking the network at the boundary, such as with Mock Service Worker',
        phrasings: [
          'msw',
          'mock service worker',
          'mock* the network',
          'fetch mock*',
          'api mock*',
          'stub* the api',
        ],
      },
      {
        id: 'levels',
        concept:
          'the mix: unit tests for logic, component tests, and a few end to end tests in a real browser',
        phrasings: [
          'end to end',
          'playwright',
          'cypress',
          'unit test*',
          'integration test*',
          'few e2e',
        ],
      },
      {
        id: 'avoid',
        concept:
          'what to avoid: internal state, private methods, snapshot tests of large trees and third party library internals',
        phrasings: [
          'snapshot test*',
          'internal state',
          'private method*',
          'third party',
          'class name*',
          'implementation detail*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'snapshot-coverage',
        claim: 'snapshot tests give good coverage of component behavior',
        phrasings: ['snapshots give coverage', 'snapshot tests are enough', 'snapshot everything'],
        correction:
          'Large snapshots break on any markup change and get updated without reading; they rarely check behavior, so prefer assertions about what the user sees and does.',
      },
    ],
  },
  'stack.react.8': {
    keyPoints: [
      {
        id: 'server-state-cache',
        concept:
          'a shared server state cache keyed by query, through a library such as TanStack Query, SWR, Apollo or RTK Query',
        phrasings: ['tanstack', 'react query', 'swr', 'apollo', 'rtk query', 'query key*'],
      },
      {
        id: 'dedupe-stale',
        concept:
          'request deduplication, stale while revalidate and cache invalidation after mutations',
        phrasings: [
          'dedup*',
          'stale while revalidat*',
          'invalidat*',
          'refetch*',
          'after mutation*',
          'stale time',
        ],
      },
      {
        id: 'colocate',
        concept:
          'colocating queries with the components that need them while avoiding request waterfalls',
        phrasings: ['colocat*', 'waterfall*', 'in parallel', 'prefetch*', 'hoist* fetch*'],
      },
      {
        id: 'server-rendering',
        concept:
          'fetching on the server or in route loaders for first load, with hydration of the cache',
        phrasings: [
          'route loader*',
          'loader*',
          'server component*',
          'hydrat*',
          'ssr',
          'server side render*',
        ],
      },
      {
        id: 'layering',
        concept:
          'a typed API client layer, and consistent loading and error handling with suspense and error boundaries',
        phrasings: [
          'api client',
          'typed client',
          'error boundar*',
          'suspense',
          'loading state*',
          'error state*',
        ],
      },
      {
        id: 'optimistic',
        concept: 'optimistic updates with rollback on failure',
        phrasings: [
          'optimistic*',
          'rollback on fail*',
          'roll back on',
          'revert* on error',
          'update* before the server',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'fetch-in-every-effect',
        claim: 'fetching in a useEffect in each component is the right structure for a large app',
        phrasings: [
          'fetch in every useeffect',
          'useeffect for all fetching',
          'fetch in every component',
        ],
        correction:
          'Fetching in effects component by component causes waterfalls, duplicate requests and races; a shared query cache or route-level loaders dedupe, cache and start requests earlier.',
      },
    ],
  },
  'stack.react.9': {
    keyPoints: [
      {
        id: 'server-html',
        concept:
          'that HTML is produced on the server, so content appears sooner and is visible to crawlers',
        phrasings: [
          'seo',
          'crawler*',
          'first paint',
          'faster first',
          'html on the server',
          'first contentful',
        ],
      },
      {
        id: 'hydration',
        concept:
          'that hydration attaches interactivity on the client, and mismatches between server and client output cause errors',
        phrasings: [
          'hydrat*',
          'hydration mismatch*',
          'attach* event handler*',
          'becomes interactiv*',
          'attach* interactiv*',
        ],
      },
      {
        id: 'server-components',
        concept:
          'that server components run only on the server, send no JavaScript for themselves, and can read data directly',
        phrasings: [
          'zero javascript',
          'less javascript',
          'ship* no javascript',
          'bundle size',
          'directly access*',
          'query the database',
        ],
      },
      {
        id: 'constraints',
        concept:
          'constraints: no state, effects or browser APIs on the server; window is undefined; client components marked with use client',
        phrasings: [
          'use client',
          'window undefined',
          'browser api*',
          'no state on server',
          'cannot use hook*',
          'localstorage',
        ],
      },
      {
        id: 'new-problems',
        concept:
          'new problems: server load and cost, caching, data leaking to the client, and time to interactive',
        phrasings: [
          'server cost*',
          'server load',
          'leak* data',
          'time to interactive',
          'cach* render*',
          'more complex*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'ssr-no-js',
        claim: 'server rendering means the page needs no JavaScript on the client',
        phrasings: ['needs no javascript', 'no javascript at all'],
        correction:
          'Server-rendered pages still need JavaScript to hydrate client components; only server components themselves ship no code.',
      },
    ],
  },
  'stack.typescript.1': {
    keyPoints: [
      {
        id: 'compile-time-checks',
        concept: 'catching type errors at compile time, with editor support and safer refactors',
        phrasings: [
          'compile time',
          'autocomplet*',
          'refactor* safe*',
          'safer refactor*',
          'editor support',
          'intellisense',
        ],
      },
      {
        id: 'documentation',
        concept: 'types as checked documentation and contracts between modules',
        phrasings: [
          'self document*',
          'document* the code',
          'contract* between',
          'types as documentation',
          'living documentation',
        ],
      },
      {
        id: 'erased',
        concept: 'that types are erased at compile time, so nothing is checked at runtime',
        phrasings: [
          'eras*',
          'removed at compile',
          'no runtime check*',
          'compile away',
          'strip*',
          'gone at runtime',
        ],
      },
      {
        id: 'unsound-escapes',
        concept:
          'escape hatches that let types lie: any, type assertions, non null assertions and unsafe casts',
        phrasings: [
          'as any',
          'type assertion*',
          'as keyword',
          'unsafe cast*',
          'non null assertion',
          'ts ignore',
        ],
      },
      {
        id: 'boundaries',
        concept:
          'external data: API responses, JSON parsing and user input are only what you assert until validated',
        phrasings: [
          'api response*',
          'json parse',
          'external data',
          'user input',
          'runtime validat*',
          'zod',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'ts-runtime-checks',
        claim: 'TypeScript checks types at runtime',
        phrasings: [
          'checks types at runtime',
          'typescript validates at runtime',
          'typescript enforces at runtime',
        ],
        correction:
          "TypeScript's types are erased when compiled; only explicit runtime validation, such as a schema library, checks values as the program runs.",
      },
    ],
  },
  'stack.typescript.2': {
    keyPoints: [
      {
        id: 'both-shapes',
        concept: 'that both describe object shapes and are usually interchangeable',
        phrasings: [
          'interchangeab*',
          'object shape*',
          'mostly the same',
          'overlap*',
          'either works',
        ],
      },
      {
        id: 'interface-merge',
        concept:
          'that interfaces can be extended and merged by redeclaration, useful for augmenting library types',
        phrasings: [
          'declaration merg*',
          'merg* declaration*',
          'reopen*',
          'augment*',
          'interface* extend*',
          'merge* automatic*',
        ],
      },
      {
        id: 'type-alias-power',
        concept:
          'that type aliases can name unions, intersections, tuples, primitives, mapped and conditional types',
        phrasings: [
          'union*',
          'intersection*',
          'tuple*',
          'mapped type*',
          'conditional type*',
          'primitive*',
        ],
      },
      {
        id: 'team-convention',
        concept:
          'choosing by convention: interfaces for object contracts and classes, aliases for unions and computed types',
        phrasings: ['team convention', 'consisten*', 'team rule', 'style guide', 'lint rule'],
      },
    ],
    misconceptions: [
      {
        id: 'interface-cant-extend-type',
        claim: 'an interface cannot extend a type alias',
        phrasings: ['interface cannot extend type', 'cannot extend type alias*'],
        correction:
          'An interface can extend a type alias as long as the alias is an object type; what interfaces cannot express are unions and other non-object types.',
      },
    ],
  },
  'stack.typescript.3': {
    keyPoints: [
      {
        id: 'union-meaning',
        concept:
          'that a union means a value is one of several types, and only members common to all are usable until narrowed',
        phrasings: [
          'one of several',
          'either type',
          'common member*',
          'common propert*',
          'any one of',
        ],
      },
      {
        id: 'narrowing-forms',
        concept:
          'narrowing through typeof, instanceof, the in operator, equality checks and truthiness',
        phrasings: [
          'typeof',
          'instanceof',
          'in operator',
          'equality check*',
          'truthiness',
          'control flow',
        ],
      },
      {
        id: 'discriminated',
        concept: 'discriminated unions with a literal tag property and switching on it',
        phrasings: [
          'discriminat*',
          'tagged union*',
          'tag propert*',
          'kind propert*',
          'literal type*',
          'switch on',
        ],
      },
      {
        id: 'exhaustive',
        concept:
          'exhaustiveness checking with never, so adding a new case breaks the build until it is handled',
        phrasings: ['exhaustiv*', 'assert never', 'never type', 'new case', 'every case handled'],
      },
      {
        id: 'type-guards',
        concept: 'user defined type guards with an is return type',
        phrasings: ['type guard*', 'type predicate*', 'is keyword', 'custom guard*'],
      },
      {
        id: 'bug-example',
        concept: 'a concrete bug prevented, such as handling a missing error or loading state',
        phrasings: [
          'loading state',
          'forgot* to handle',
          'missing case',
          'null case',
          'error case',
          'unhandled case',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'narrowing-runtime',
        claim: 'narrowing converts the value to the narrower type at runtime',
        phrasings: ['narrowing converts', 'casts value at runtime', 'converts at runtime'],
        correction:
          'Narrowing only changes what the compiler knows inside a branch, based on a check you wrote; the value itself is never converted.',
      },
    ],
  },
  'stack.typescript.4': {
    keyPoints: [
      {
        id: 'validate-runtime',
        concept:
          'validating responses at runtime with a schema library such as Zod, Valibot or io-ts, or JSON Schema',
        phrasings: ['zod', 'valibot', 'io ts', 'json schema', 'runtime validat*', 'ajv'],
      },
      {
        id: 'unknown-start',
        concept: 'treating the parsed value as unknown until it has been validated',
        phrasings: [
          'as unknown',
          'type it as unknown',
          'treat* as unknown',
          'unknown until',
          'not any',
          'untrusted',
        ],
      },
      {
        id: 'single-boundary',
        concept: 'validating once at the boundary and passing typed data inward',
        phrasings: [
          'at the boundary',
          'once at the edge',
          'validat* once',
          'inward',
          'single place',
          'edge of the system',
        ],
      },
      {
        id: 'derive-types',
        concept:
          'deriving static types from the schema, or generating them from an OpenAPI or GraphQL spec, so they cannot drift',
        phrasings: [
          'infer* from the schema',
          'derive* type*',
          'generat* type*',
          'openapi',
          'codegen',
          'single source',
        ],
      },
      {
        id: 'handle-failure',
        concept:
          'handling validation failures explicitly: logging, errors and tolerance for extra fields',
        phrasings: [
          'validation fail*',
          'fail* to parse',
          'parse error*',
          'extra field*',
          'strip unknown',
          'log* the fail*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'cast-enough',
        claim: 'casting the response with as to the expected type makes it safe',
        phrasings: ['cast* it', 'as the type', 'type assertion makes safe', 'assert the type'],
        correction:
          'A type assertion only silences the compiler; if the server sends something else, the program fails later and far from the cause.',
      },
    ],
  },
  'stack.typescript.5': {
    keyPoints: [
      {
        id: 'when-useful',
        concept:
          'generics let one function or type work across many types while keeping the relation between input and output',
        phrasings: [
          'relation* between',
          'preserve* the type',
          'type parameter*',
          'same type in',
          'input and output type*',
          'caller* type',
        ],
      },
      {
        id: 'constraints',
        concept:
          'constraints with extends to require capabilities, and defaults for type parameters',
        phrasings: [
          'extends constraint*',
          'constrain* the type',
          'default type*',
          'extends keyword',
          'must have a',
        ],
      },
      {
        id: 'inference',
        concept:
          'letting the compiler infer type arguments rather than making callers spell them out',
        phrasings: ['infer*', 'inference', 'explicit type argument*', 'call site*'],
      },
      {
        id: 'readability',
        concept: 'readability: descriptive parameter names, few parameters, and named helper types',
        phrasings: [
          'descriptive name*',
          'meaningful name*',
          'named type*',
          'helper type*',
          'few type param*',
        ],
      },
      {
        id: 'avoid-overuse',
        concept:
          'avoiding generics where a plain type works, and clever conditional types few people can read',
        phrasings: ['overus*', 'over engineer*', 'plain type', 'too clever', 'hard to read'],
      },
    ],
    misconceptions: [
      {
        id: 'generics-any',
        claim: 'generics are basically the same as using any',
        phrasings: ['same as any', 'basically any', 'generic is any'],
        correction:
          'Unlike any, a type parameter is still checked; it ties inputs to outputs so the compiler keeps the specific type the caller used.',
      },
    ],
  },
  'stack.typescript.6': {
    keyPoints: [
      {
        id: 'unknown-safe',
        concept: 'that unknown accepts any value but cannot be used until it has been narrowed',
        phrasings: [
          'must narrow',
          'before using',
          'cannot use it until',
          'check first',
          'narrow* first',
          'cannot access propert*',
        ],
      },
      {
        id: 'any-disables',
        concept: 'that any turns off type checking and spreads silently through the code',
        phrasings: [
          'turn* off type check*',
          'disabl* type check*',
          'opt out of',
          'spread* silent*',
          'infect*',
          'escape hatch',
        ],
      },
      {
        id: 'narrowing-tools',
        concept: 'working with unknown via typeof, instanceof, type guards or schema validation',
        phrasings: [
          'typeof',
          'instanceof',
          'type guard*',
          'schema validat*',
          'zod',
          'narrow* with',
        ],
      },
      {
        id: 'use-cases',
        concept: 'typical uses: parsed JSON, caught errors and third party input',
        phrasings: [
          'parsed json',
          'json parse',
          'caught error*',
          'error in catch',
          'third party',
          'user input',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'unknown-same-any',
        claim: 'unknown and any behave the same',
        phrasings: ['unknown same as any', 'unknown equals any', 'unknown is like any'],
        correction:
          'You can do anything with an any value but nothing with an unknown value until you narrow it; that difference is the whole point of unknown.',
      },
    ],
  },
  'stack.typescript.7': {
    keyPoints: [
      {
        id: 'incremental',
        concept:
          'migrating incrementally: allowJs and checkJs, converting files one at a time, leaf modules first',
        phrasings: ['allowjs', 'allow js', 'checkjs', 'incremental*', 'file by file', 'leaf*'],
      },
      {
        id: 'strictness-ratchet',
        concept:
          'tightening strictness in steps, such as noImplicitAny then strictNullChecks, per directory or with a ratchet',
        phrasings: [
          'strict null check*',
          'no implicit any',
          'noimplicitany',
          'strictnullchecks',
          'ratchet',
          'step by step',
        ],
      },
      {
        id: 'ci-guard',
        concept:
          'guarding progress in CI: type check in the pipeline, and no new errors or new any',
        phrasings: [
          'type check* in ci',
          'ci fail*',
          'no new error*',
          'baseline',
          'lint rule*',
          'error count',
        ],
      },
      {
        id: 'types-for-deps',
        concept: 'type definitions for dependencies and declaration files for untyped modules',
        phrasings: ['definitelytyped', 'at types', 'declaration file*', 'd ts', 'type definition*'],
      },
      {
        id: 'team-buyin',
        concept: 'team buy in: training, conventions and starting with the code that changes most',
        phrasings: [
          'train* the team',
          'buy in',
          'team convention*',
          'hot spot*',
          'migration guide*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'strict-all-at-once',
        claim: 'turning on full strict mode across the whole codebase at once is the fastest path',
        phrasings: ['strict everywhere at once', 'strict mode at once', 'fix every error first'],
        correction:
          'On a large codebase that produces thousands of errors and stalls feature work; tighten flags in steps, per directory, with a ratchet that blocks new errors.',
      },
    ],
  },
  'stack.javascript.1': {
    keyPoints: [
      {
        id: 'call-stack',
        concept: 'the single call stack running synchronous code to completion',
        phrasings: ['call stack', 'single thread*', 'run to completion', 'synchronous code runs'],
      },
      {
        id: 'task-queue',
        concept:
          'the task queue, also called the macrotask queue, for callbacks such as timers, I O and events',
        phrasings: [
          'settimeout',
          'set timeout',
          'macrotask*',
          'timer callback*',
          'event callback*',
          'callback queue',
        ],
      },
      {
        id: 'microtask-queue',
        concept:
          'the microtask queue for promise reactions, await continuations and queueMicrotask',
        phrasings: [
          'promise callback*',
          'promise reaction*',
          'then callback*',
          'queuemicrotask',
          'await continuation*',
        ],
      },
      {
        id: 'ordering',
        concept:
          'that after each task the whole microtask queue drains before the next task or a render',
        phrasings: [
          'microtask* drain*',
          'drain*',
          'before the next task',
          'microtask* first',
          'empt* the microtask*',
          'all microtask* run',
        ],
      },
      {
        id: 'starvation',
        concept: 'that endless microtasks or long tasks block rendering and input',
        phrasings: [
          'starv*',
          'block* render*',
          'long task*',
          'freeze* the page',
          'block* the ui',
          'never render*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'js-multithreaded',
        claim: 'the event loop runs callbacks in parallel on several threads',
        phrasings: [
          'runs in parallel threads',
          'multiple threads run callbacks',
          'callbacks in parallel',
        ],
        correction:
          'Your JavaScript callbacks run one at a time on a single thread; the host does I O or timers elsewhere and queues the callbacks.',
      },
    ],
  },
  'stack.javascript.2': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'that a closure is a function together with the variables of the scope where it was defined, kept alive after that scope returns',
        phrasings: [
          'lexical scope',
          'outer scope',
          'outer variable*',
          'remember* variable*',
          'after outer function return*',
          'enclosing scope',
        ],
      },
      {
        id: 'private-state',
        concept: 'private state: counters, module patterns and factories',
        phrasings: [
          'private variable*',
          'private state',
          'encapsulat*',
          'counter',
          'factory function*',
          'module pattern',
        ],
      },
      {
        id: 'practice-uses',
        concept:
          'practical uses: event handlers, callbacks, memoization, debounce and partial application',
        phrasings: [
          'debounc*',
          'memoiz*',
          'event handler*',
          'callback* remember*',
          'partial application',
          'curry*',
        ],
      },
      {
        id: 'pitfalls',
        concept:
          'pitfalls: loops with var sharing one variable, stale values in hooks and retained memory',
        phrasings: [
          'var in a loop',
          'loop variable',
          'stale value*',
          'retain* memory',
          'memory leak*',
          'hold* a reference',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'closure-copies-value',
        claim: 'a closure copies the value of the outer variable when the function is created',
        phrasings: ['closure copies the value', 'captures a copy', 'snapshot of the variable'],
        correction:
          'A closure keeps a reference to the variable itself, so it sees later changes; that is why var in a loop gives every callback the last value.',
      },
    ],
  },
  'stack.javascript.3': {
    keyPoints: [
      {
        id: 'promise-states',
        concept: 'that a promise represents a future value: pending, then fulfilled or rejected',
        phrasings: [
          'pending',
          'fulfilled',
          'rejected',
          'resolve* later',
          'future value',
          'eventual*',
        ],
      },
      {
        id: 'async-sugar',
        concept:
          'async functions always return a promise, and await pauses the function until the promise settles, without blocking the thread',
        phrasings: [
          'always return* a promise',
          'returns a promise',
          'syntactic sugar',
          'pauses the function',
          'sugar over promise*',
        ],
      },
      {
        id: 'error-handling',
        concept:
          'errors: try and catch around await, catch on promise chains, and rethrowing with context',
        phrasings: ['try catch', 'catch block', 'dot catch', 'catch method', 'rethrow*'],
      },
      {
        id: 'unhandled',
        concept:
          'unhandled rejections, floating promises that nobody awaits, and lint rules that catch them',
        phrasings: [
          'unhandled rejection*',
          'floating promise*',
          'forgot* to await',
          'missing await',
          'no floating',
        ],
      },
      {
        id: 'concurrency',
        concept:
          'running independent work concurrently with Promise.all, allSettled or race instead of awaiting in sequence',
        phrasings: [
          'allsettled',
          'all settled',
          'promise race',
          'at the same time',
          'run* concurrent*',
          'in parallel',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'await-blocks-thread',
        claim: 'await blocks the whole thread until the promise resolves',
        phrasings: ['await blocks the thread', 'await blocks event loop', 'await freezes'],
        correction:
          'await suspends only the current async function; the thread goes on running other tasks until the promise settles.',
      },
      {
        id: 'try-catch-no-await',
        claim: 'a try and catch catches a rejected promise even if you return it without awaiting',
        phrasings: ['catches without await', 'try catch catches promise*', 'no await needed'],
        correction:
          'A try block only sees a rejection when the promise is awaited inside it; returning or dropping the promise lets the rejection escape.',
      },
    ],
  },
  'stack.javascript.4': {
    keyPoints: [
      {
        id: 'scope',
        concept: 'that var is function scoped, let and const are block scoped',
        phrasings: ['function scope*', 'block scope*', 'inside the block', 'curly brace*'],
      },
      {
        id: 'hoisting-tdz',
        concept:
          'that var is hoisted and reads as undefined before its line, while let and const sit in the temporal dead zone and throw',
        phrasings: ['hoist*', 'temporal dead zone', 'tdz', 'undefined before', 'reference error'],
      },
      {
        id: 'const-binding',
        concept:
          'that const prevents reassigning the binding but does not freeze the object it holds',
        phrasings: [
          'reassign*',
          'the binding',
          'can still mutat*',
          'object freeze',
          'object can change',
          'not immutable',
        ],
      },
      {
        id: 'redeclare-loop',
        concept:
          'that var allows redeclaration and shares one variable across loop iterations, which breaks closures in loops',
        phrasings: [
          'redeclar*',
          'each iteration',
          'loop iteration*',
          'closure* in a loop',
          'share* one variable',
        ],
      },
      {
        id: 'default-practice',
        concept:
          'the common practice: const by default, let when reassignment is needed, and avoid var',
        phrasings: [
          'const by default',
          'default to const',
          'prefer const',
          'avoid var',
          'never use var',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'const-immutable',
        claim: 'const makes an object or array immutable',
        phrasings: ['const makes immutable', 'const immutable', 'const freezes'],
        correction:
          'const only stops the variable being reassigned; the object or array it points to can still be changed unless frozen.',
      },
    ],
  },
  'stack.javascript.5': {
    keyPoints: [
      {
        id: 'call-site',
        concept: 'that this is decided by how a function is called, not where it was defined',
        phrasings: [
          'call site',
          'how it is called',
          'how function is called',
          'at call time',
          'not where defined',
          'not where declared',
        ],
      },
      {
        id: 'rules',
        concept:
          'the rules: method call uses the object before the dot, a plain call gives undefined in strict mode or the global object, new binds the new instance',
        phrasings: [
          'before the dot',
          'global object',
          'strict mode',
          'undefined in strict',
          'new keyword',
          'method call',
        ],
      },
      {
        id: 'explicit',
        concept: 'call, apply and bind set this explicitly',
        phrasings: ['bind', 'apply', 'dot call', 'call and apply', 'call method'],
      },
      {
        id: 'arrow-lexical',
        concept:
          'that arrow functions have no own this and take it lexically from the enclosing scope, so call or bind cannot change it',
        phrasings: [
          'lexical* this',
          'enclosing scope',
          'surrounding scope',
          'inherit* this',
          'outer this',
          'no own this',
        ],
      },
      {
        id: 'pitfalls',
        concept:
          'pitfalls: passing a method as a callback loses this, and arrows as object methods do not see the object',
        phrasings: [
          'lose* this',
          'lost this',
          'method as a callback',
          'event handler*',
          'detached method',
          'arrow as a method',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'arrow-binds-object',
        claim: "an arrow function method's this is the object it is defined on",
        phrasings: ['arrow this object', 'arrow binds object', 'arrow this is object'],
        correction:
          'An arrow function defined in an object literal takes this from the surrounding scope, not from the object; use a regular method when you need the object.',
      },
    ],
  },
  'stack.javascript.6': {
    keyPoints: [
      {
        id: 'causes',
        concept:
          'common causes: forgotten timers and listeners, growing caches or global collections, and closures holding large objects',
        phrasings: [
          'event listener*',
          'setinterval',
          'forgotten timer*',
          'global variable*',
          'unbounded cache*',
          'detached dom',
        ],
      },
      {
        id: 'references',
        concept:
          'that the garbage collector frees only unreachable objects, so any lingering reference keeps memory alive',
        phrasings: [
          'reachab*',
          'unreachable',
          'still referenc*',
          'garbage collect*',
          'retain*',
          'hold* a reference',
        ],
      },
      {
        id: 'heap-snapshots',
        concept: 'heap snapshots compared over time to find what grows',
        phrasings: [
          'heap snapshot*',
          'compare snapshot*',
          'allocation* timeline',
          'memory tab',
          'heap dump',
        ],
      },
      {
        id: 'retainers',
        concept: 'following the retainer path to the code that holds the objects',
        phrasings: ['retainer*', 'retaining path', 'dominator*', 'who holds'],
      },
      {
        id: 'fixes',
        concept: 'fixes: removing listeners on teardown, bounded caches, WeakMap or WeakRef',
        phrasings: [
          'removeeventlistener',
          'remove* listener*',
          'weakmap',
          'weak map',
          'lru',
          'bounded cache*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'gc-no-leaks',
        claim: 'garbage collected languages cannot leak memory',
        phrasings: ['garbage collection prevents leaks', 'gc prevents leaks', 'impossible to leak'],
        correction:
          'A collector frees only objects nothing references; forgotten references still grow memory without bound.',
      },
    ],
  },
  'stack.javascript.7': {
    keyPoints: [
      {
        id: 'strict',
        concept: 'that strict equality compares type and value without conversion',
        phrasings: [
          'type and value',
          'same type',
          'no conversion',
          'without conversion',
          'without coercion',
        ],
      },
      {
        id: 'loose-coercion',
        concept:
          'that loose equality converts types first, with surprising results such as an empty string equal to zero',
        phrasings: [
          'coerc*',
          'convert* type*',
          'type conversion',
          'empty string',
          'equals zero',
          'surprising result*',
        ],
      },
      {
        id: 'nan-objects',
        concept: 'special cases: NaN is not equal to itself, and objects compare by reference',
        phrasings: [
          'nan',
          'by reference',
          'reference equality',
          'same object',
          'different object*',
        ],
      },
      {
        id: 'null-check',
        concept:
          'the one common use of loose equality: a check against null that also catches undefined',
        phrasings: ['null and undefined', 'null or undefined', 'null check', 'double equal* null'],
      },
      {
        id: 'team-rule',
        concept: 'why teams enforce it: predictability, fewer bugs and a lint rule',
        phrasings: ['lint rule', 'eslint', 'eqeqeq', 'predictab*', 'fewer bug*', 'surprising bug*'],
      },
    ],
    misconceptions: [
      {
        id: 'strict-compares-content',
        claim: 'strict equality compares the contents of objects and arrays',
        phrasings: ['compares contents', 'compares the content*', 'compares values inside'],
        correction:
          'Both equality operators compare objects by reference; two different arrays with the same items are not equal. Use a deep comparison for contents.',
      },
    ],
  },
  'stack.javascript.8': {
    keyPoints: [
      {
        id: 'types-static',
        concept: 'static types with TypeScript or checked JSDoc, linting and formatting',
        phrasings: ['typescript', 'jsdoc', 'eslint', 'lint*', 'prettier', 'format*'],
      },
      {
        id: 'module-boundaries',
        concept:
          'clear module boundaries and public interfaces, with dependency rules between layers',
        phrasings: [
          'module boundar*',
          'clear boundar*',
          'layer* depend*',
          'public api',
          'dependency rule*',
          'monorepo',
        ],
      },
      {
        id: 'tests',
        concept: 'an automated test suite that makes change safe, run in CI',
        phrasings: [
          'test suite',
          'automated test*',
          'tests run in ci',
          'unit test*',
          'integration test*',
        ],
      },
      {
        id: 'conventions-review',
        concept: 'shared conventions, documented decisions and code review',
        phrasings: [
          'shared convention*',
          'code review*',
          'style guide',
          'decision record*',
          'adr*',
        ],
      },
      {
        id: 'dependencies-debt',
        concept: 'managing dependencies and technical debt continuously',
        phrasings: [
          'dependency upgrade*',
          'technical debt',
          'tech debt',
          'upgrade*',
          'refactor* continuous*',
        ],
      },
      {
        id: 'ownership',
        concept: 'ownership of areas with code owners, and onboarding docs',
        phrasings: ['code owner*', 'own* each area', 'onboarding', 'onboarding doc*'],
      },
    ],
    misconceptions: [
      {
        id: 'rewrite-framework',
        claim: 'moving to a new framework keeps a growing codebase maintainable',
        phrasings: ['rewrite in new framework', 'new framework fixes', 'switch frameworks to'],
        correction:
          'A new framework brings the same growth problems back; maintainability comes from types, tests, boundaries and shared conventions, enforced in CI.',
      },
    ],
  },
  'stack.node.1': {
    keyPoints: [
      {
        id: 'event-loop',
        concept: 'the event loop: one thread runs JavaScript while I O waits happen outside it',
        phrasings: [
          'event loop',
          'non blocking',
          'asynchronous i o',
          'async i o',
          'callback* when',
        ],
      },
      {
        id: 'os-async',
        concept:
          "the operating system's non-blocking network I O through libuv, with epoll or kqueue",
        phrasings: ['libuv', 'epoll', 'kqueue', 'operating system', 'kernel notif*'],
      },
      {
        id: 'thread-pool',
        concept: 'the libuv thread pool for file system, DNS lookups, crypto and compression',
        phrasings: ['thread pool', 'file system', 'dns lookup*', 'crypto', 'zlib', 'four threads'],
      },
      {
        id: 'blocking-work',
        concept:
          'what blocks it: CPU-heavy work, synchronous APIs, big JSON parsing and catastrophic regular expressions',
        phrasings: [
          'cpu heavy',
          'cpu bound',
          'sync* api*',
          'readfilesync',
          'json parse',
          'catastrophic backtrack*',
        ],
      },
      {
        id: 'mitigation',
        concept:
          'keeping it free: worker threads, child processes or separate services for heavy work, and several processes per machine',
        phrasings: ['worker thread*', 'child process*', 'cluster', 'offload*', 'separate service'],
      },
    ],
    misconceptions: [
      {
        id: 'node-multithreaded-js',
        claim: "Node runs each request's JavaScript on its own thread",
        phrasings: ['thread per request', 'own thread for each', 'each request thread'],
        correction:
          'Node runs all your JavaScript on one main thread; concurrency comes from non-blocking I O, not from a thread per request.',
      },
    ],
  },
  'stack.node.2': {
    keyPoints: [
      {
        id: 'offload',
        concept: 'moving the work off the main thread so the event loop stays free',
        phrasings: [
          'off the main thread',
          'event loop free',
          'event loop block*',
          'offload*',
          'move* it off',
        ],
      },
      {
        id: 'worker-threads',
        concept: 'worker threads or a worker pool such as Piscina inside the process',
        phrasings: ['worker thread*', 'piscina', 'worker pool', 'pool of worker*'],
      },
      {
        id: 'queue-service',
        concept:
          'a job queue with separate worker processes or services, such as BullMQ on Redis or a cloud queue',
        phrasings: [
          'job queue',
          'bullmq',
          'message queue',
          'separate service',
          'background job*',
          'worker process*',
        ],
      },
      {
        id: 'native-libs',
        concept: 'efficient native libraries such as sharp, which do the work in native code',
        phrasings: ['sharp', 'native librar*', 'native code', 'libvips', 'image magick'],
      },
      {
        id: 'async-response',
        concept:
          'responding quickly with an accepted status and letting the client poll or get notified',
        phrasings: [
          '202',
          'accepted status',
          'poll* for',
          'webhook*',
          'notif* when done',
          'callback url',
        ],
      },
      {
        id: 'limits',
        concept:
          'concurrency limits and backpressure so a flood of jobs cannot exhaust CPU or memory',
        phrasings: [
          'concurren* limit*',
          'backpressure',
          'rate limit*',
          'limit* the number',
          'bounded queue',
          'max concurren*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'async-makes-nonblocking',
        claim: 'wrapping CPU work in a promise or async function keeps it from blocking',
        phrasings: ['wrap in a promise', 'async makes non blocking', 'promise makes non blocking'],
        correction:
          'A promise does not move work to another thread; synchronous CPU work inside it still blocks the event loop.',
      },
    ],
  },
  'stack.node.3': {
    keyPoints: [
      {
        id: 'async-errors',
        concept:
          'catching errors in async handlers, and a framework error middleware that turns them into responses',
        phrasings: [
          'error middleware',
          'error handler',
          'try catch',
          'catch* error*',
          'async handler*',
        ],
      },
      {
        id: 'operational-vs-bug',
        concept: 'separating expected operational errors such as bad input from programmer bugs',
        phrasings: [
          'operational error*',
          'programmer error*',
          'bug* crash',
          'expected error*',
          'validation error*',
        ],
      },
      {
        id: 'central-response',
        concept:
          'consistent error responses with status codes, without leaking internals, and logging with a request ID',
        phrasings: [
          'status code*',
          '500',
          '400',
          'log* the error',
          'request id',
          'stack trace*',
          'leak* internal*',
        ],
      },
      {
        id: 'process-level',
        concept:
          'process-level handlers for unhandled rejections and uncaught exceptions that log and then exit',
        phrasings: [
          'unhandled rejection*',
          'uncaught exception*',
          'unhandledrejection',
          'uncaughtexception',
          'process on',
        ],
      },
      {
        id: 'restart-supervisor',
        concept:
          'a supervisor that restarts crashed processes, and several instances behind a load balancer',
        phrasings: [
          'restart* the process',
          'supervisor',
          'pm2',
          'kubernetes restart*',
          'multiple instance*',
          'systemd',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'ignore-uncaught',
        claim: 'catching uncaughtException and carrying on is safe',
        phrasings: ['keep running after uncaught', 'swallow uncaught', 'continue after uncaught'],
        correction:
          'After an uncaught exception the process may be in an unknown state; log it, stop accepting work and exit, letting a supervisor start a fresh process.',
      },
    ],
  },
  'stack.node.4': {
    keyPoints: [
      {
        id: 'chunks',
        concept:
          'that streams process data in chunks as it arrives, instead of holding everything in memory',
        phrasings: [
          'chunk* at a time',
          'in chunk*',
          'piece by piece',
          'bit by bit',
          'as it arrives',
          'constant memory',
        ],
      },
      {
        id: 'types',
        concept: 'the four types: readable, writable, duplex and transform',
        phrasings: ['readable', 'writable', 'duplex', 'transform'],
      },
      {
        id: 'backpressure',
        concept: 'backpressure: pausing the producer when the consumer is slower',
        phrasings: [
          'backpressure',
          'back pressure',
          'high water mark',
          'slow consumer',
          'pause* the producer',
        ],
      },
      {
        id: 'pipeline',
        concept: 'composing with pipeline, which also forwards errors and cleans up',
        phrasings: [
          'stream pipeline',
          'pipeline function',
          'pipe*',
          'forward* error*',
          'clean* up',
        ],
      },
      {
        id: 'use-cases',
        concept:
          'use cases: large files, uploads and downloads, CSV or log processing, and proxying HTTP',
        phrasings: ['large file*', 'upload*', 'download*', 'csv', 'log file*', 'proxy*'],
      },
    ],
    misconceptions: [
      {
        id: 'pipe-handles-errors',
        claim: 'pipe forwards errors between streams automatically',
        phrasings: ['pipe handles errors', 'pipe forwards errors'],
        correction:
          'The older pipe method does not forward errors or destroy the other streams; use stream pipeline, which handles both.',
      },
    ],
  },
  'stack.node.5': {
    keyPoints: [
      {
        id: 'confirm-leak',
        concept:
          'confirming it is a leak by watching heap use over time and after garbage collection',
        phrasings: [
          'heap used',
          'heap grow*',
          'after garbage collection',
          'memory trend',
          'never come* back down',
          'keeps climbing',
        ],
      },
      {
        id: 'heap-snapshots',
        concept: 'taking heap snapshots at intervals and comparing them',
        phrasings: [
          'heap snapshot*',
          'heapdump',
          'compare snapshot*',
          'compare* two snapshot*',
          'chrome devtools',
          'inspect flag',
        ],
      },
      {
        id: 'retainers',
        concept: 'finding the retainer path from the growing objects to the code',
        phrasings: ['retainer*', 'retaining path', 'dominator*', 'who holds'],
      },
      {
        id: 'common-causes',
        concept:
          'common causes: unbounded caches or maps, listeners never removed, timers, and closures in long-lived objects',
        phrasings: [
          'unbounded cache*',
          'global map',
          'listener* never removed',
          'timer* never cleared',
          'closure* hold*',
          'grow* forever',
        ],
      },
      {
        id: 'reproduce-fix',
        concept: 'reproducing under load in staging, fixing and verifying the curve flattens',
        phrasings: [
          'reproduc* under load',
          'load test*',
          'staging',
          'flatten*',
          'verify the fix',
          'memory stays flat',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'raise-limit',
        claim: 'raising the memory limit fixes a memory leak',
        phrasings: ['old space size fix*', 'more memory fixes', 'bigger heap fixes'],
        correction:
          'A bigger heap only delays the restart; a leak grows until any limit is reached, so find what holds the memory.',
      },
    ],
  },
  'stack.node.6': {
    keyPoints: [
      {
        id: 'lockfile',
        concept:
          'a lockfile committed to the repository and clean installs with npm ci for reproducible builds',
        phrasings: ['lockfile', 'lock file', 'package lock', 'npm ci', 'reproducib*'],
      },
      {
        id: 'semver',
        concept: 'semantic versioning ranges and what caret and tilde allow',
        phrasings: ['semver', 'semantic version*', 'caret', 'tilde', 'major version*'],
      },
      {
        id: 'audit',
        concept: 'vulnerability scanning with npm audit, Dependabot, Renovate or Snyk',
        phrasings: [
          'npm audit',
          'dependabot',
          'renovate',
          'snyk',
          'scan* for vulnerabilit*',
          'known vulnerabilit*',
        ],
      },
      {
        id: 'update-cadence',
        concept: 'a regular update cadence with CI tests, so updates are small',
        phrasings: [
          'regular update*',
          'small update*',
          'automated pull request*',
          'update* weekly',
          'cadence',
          'tests run on update*',
        ],
      },
      {
        id: 'supply-chain',
        concept: 'supply chain care: vetting new packages, install scripts and few dependencies',
        phrasings: [
          'supply chain',
          'install script*',
          'typosquat*',
          'vetting',
          'vetted',
          'maintainer*',
          'fewer dependenc*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'lock-not-needed',
        claim: 'the lockfile should be left out of the repository for applications',
        phrasings: ['ignore the lockfile', 'lockfile in gitignore', 'delete the lockfile'],
        correction:
          'Applications should commit the lockfile so every install and deploy uses the same tested versions.',
      },
    ],
  },
  'stack.node.7': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'that middleware is a function in the request pipeline that receives the request and response and passes control to the next',
        phrasings: [
          'request and response',
          'call next',
          'next function',
          'calling next',
          'chain of function*',
          'between the request and',
        ],
      },
      {
        id: 'order',
        concept: 'that order matters: middleware runs in the order registered',
        phrasings: [
          'order matters',
          'registration order',
          'order registered',
          'run* in order',
          'before the route*',
        ],
      },
      {
        id: 'logging',
        concept:
          'logging middleware that records method, path, status and duration with a request ID',
        phrasings: [
          'status code',
          'response time',
          'duration',
          'request id',
          'http method',
          'log line*',
        ],
      },
      {
        id: 'auth',
        concept:
          'authentication middleware that verifies a token or session and attaches the user or returns 401',
        phrasings: [
          'bearer token',
          'session cookie',
          'jwt',
          '401',
          'unauthori*',
          'attach* the user',
        ],
      },
      {
        id: 'errors',
        concept:
          'error-handling middleware and short-circuiting by responding without calling next',
        phrasings: [
          'error middleware',
          'short circuit*',
          'error handler',
          'four argument*',
          'without calling next',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'order-irrelevant',
        claim: 'the order middleware is registered in does not matter',
        phrasings: ['order does not matter', 'any order works'],
        correction:
          'Middleware runs in registration order, so authentication must come before the routes it protects and error handlers after them.',
      },
    ],
  },
  'stack.node.8': {
    keyPoints: [
      {
        id: 'signal',
        concept: 'handling the SIGTERM signal sent before the process is stopped',
        phrasings: ['sigterm', 'sigint', 'kill signal', 'handle* the signal'],
      },
      {
        id: 'stop-accepting',
        concept:
          'stopping new connections and failing the readiness check so the load balancer drains traffic',
        phrasings: [
          'stop accepting',
          'readiness',
          'server close',
          'drain* connection*',
          'drain* traffic',
          'deregister*',
        ],
      },
      {
        id: 'finish-inflight',
        concept: 'letting in-flight requests finish, closing idle keep alive connections',
        phrasings: [
          'in flight',
          'finish* request*',
          'keep alive',
          'ongoing request*',
          'requests complete',
        ],
      },
      {
        id: 'close-resources',
        concept: 'closing database pools, queues and flushing logs',
        phrasings: [
          'close* database',
          'close* pool*',
          'flush* log*',
          'close* connection*',
          'close* queue*',
        ],
      },
      {
        id: 'timeout',
        concept:
          "a timeout that forces exit if shutdown hangs, set below the orchestrator's grace period",
        phrasings: ['grace period', 'force* exit', 'shutdown timeout', 'exit after', 'deadline'],
      },
    ],
    misconceptions: [
      {
        id: 'exit-immediately',
        claim: 'on SIGTERM the service should exit immediately',
        phrasings: ['exit immediately on sigterm', 'process exit right away', 'exit straight away'],
        correction:
          'Exiting at once drops requests in flight; stop taking new work, finish what is running, close resources, then exit before the grace period ends.',
      },
    ],
  },
  'stack.node.9': {
    keyPoints: [
      {
        id: 'measure-bottleneck',
        concept: 'measuring first to find the bottleneck with profiling and load tests',
        phrasings: ['profil*', 'load test*', 'bottleneck*', 'measur* first', 'find the bottleneck'],
      },
      {
        id: 'horizontal-stateless',
        concept: 'stateless instances scaled horizontally behind a load balancer, using all cores',
        phrasings: [
          'stateless',
          'horizontal*',
          'load balancer',
          'cluster mode',
          'more instance*',
          'all cores',
        ],
      },
      {
        id: 'caching',
        concept: 'caching with Redis or a CDN',
        phrasings: [
          'cache the result*',
          'cache hot',
          'redis cache',
          'cdn',
          'memcached',
          'serve* from cache',
        ],
      },
      {
        id: 'database',
        concept: 'the database as the usual limit: connection pooling, indexes, read replicas',
        phrasings: [
          'connection pool*',
          'pooling',
          'add* index*',
          'read replica*',
          'database bottleneck',
          'slow quer*',
        ],
      },
      {
        id: 'async-queues',
        concept: 'moving slow work to queues and background workers',
        phrasings: [
          'job queue*',
          'background worker*',
          'async* processing',
          'offload*',
          'move* to a queue',
        ],
      },
      {
        id: 'resilience',
        concept: 'timeouts, rate limits and backpressure so overload degrades gracefully',
        phrasings: [
          'timeout* on',
          'rate limit*',
          'backpressure',
          'circuit breaker*',
          'degrade* graceful*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'cluster-fixes-db',
        claim: 'adding more Node instances scales the whole system',
        phrasings: [
          'more instances fixes everything',
          'just add more servers',
          'scale node and done',
        ],
        correction:
          'More app instances often just move the bottleneck to the database or a downstream service, and can exhaust its connections; measure where the limit is first.',
      },
    ],
  },
  'stack.python.1': {
    keyPoints: [
      {
        id: 'list',
        concept: 'that lists are ordered and mutable, for sequences that change',
        phrasings: [
          'list* ordered',
          'list* mutable',
          'append*',
          'ordered and mutable',
          'sequence that change*',
        ],
      },
      {
        id: 'tuple',
        concept:
          'that tuples are immutable and hashable when their items are, for fixed records and dict keys',
        phrasings: [
          'tuple* immutable',
          'hashable',
          'fixed record*',
          'dictionary key*',
          'cannot change',
        ],
      },
      {
        id: 'set',
        concept: 'that sets hold unique items with fast membership tests',
        phrasings: [
          'unique item*',
          'membership test*',
          'deduplicat*',
          'fast membership',
          'set* unique',
        ],
      },
      {
        id: 'dict',
        concept:
          'that dictionaries map keys to values with average constant-time lookup and keep insertion order',
        phrasings: ['key value', 'constant time', 'hash table', 'insertion order', 'lookup by key'],
      },
      {
        id: 'choose',
        concept: 'choosing by access pattern: order, mutability, uniqueness and lookup speed',
        phrasings: ['access pattern*', 'lookup speed', 'big o', 'o of one', 'need order*'],
      },
    ],
    misconceptions: [
      {
        id: 'dict-unordered',
        claim: 'Python dictionaries do not keep insertion order',
        phrasings: ['dicts are unordered', 'dictionaries are unordered', 'dict has no order'],
        correction:
          'Since Python 3.7, dictionaries keep insertion order as part of the language; sets are the ones with no defined order.',
      },
    ],
  },
  'stack.python.2': {
    keyPoints: [
      {
        id: 'what-gil',
        concept: 'that the GIL lets only one thread execute Python bytecode at a time in CPython',
        phrasings: [
          'only one thread',
          'bytecode',
          'cpython',
          'one thread runs',
          'single thread execut*',
          'not in parallel',
        ],
      },
      {
        id: 'threads-io',
        concept: 'threads still help with I O bound work, since the GIL is released while waiting',
        phrasings: [
          'i o bound',
          'gil released',
          'releas* the gil',
          'while waiting',
          'network call*',
          'blocking call*',
        ],
      },
      {
        id: 'processes-cpu',
        concept:
          'that CPU-bound work needs multiple processes or native code that releases the GIL',
        phrasings: [
          'multiprocessing',
          'separate process*',
          'cpu bound',
          'numpy',
          'c extension*',
          'process pool',
        ],
      },
      {
        id: 'async',
        concept:
          'that asyncio runs many I O tasks on one thread in an event loop and does not add parallelism',
        phrasings: ['asyncio', 'event loop', 'cooperative', 'coroutine*', 'one thread many task*'],
      },
      {
        id: 'free-threaded',
        concept:
          'the optional free-threaded build of CPython since 3.13, which can run without the GIL',
        phrasings: ['free threaded', 'free threading', '3 13', 'no gil', 'nogil', 'pep 703'],
      },
    ],
    misconceptions: [
      {
        id: 'gil-thread-safety',
        claim: 'the GIL makes your own code thread safe, so you need no locks',
        phrasings: ['gil makes thread safe', 'no locks needed', 'gil guarantees thread safety'],
        correction:
          "The GIL protects the interpreter's internals, not your logic; a read, modify and write across several bytecodes can still race, so shared state still needs locks.",
      },
      {
        id: 'threads-useless',
        claim: 'threads are useless in Python',
        phrasings: ['threads are useless', 'threads never help', 'threading is pointless'],
        correction:
          'Threads work well for I O bound work because the GIL is released while a thread waits on the network or disk.',
      },
    ],
  },
  'stack.python.3': {
    keyPoints: [
      {
        id: 'lazy',
        concept: 'that generators produce values lazily, one at a time, using yield',
        phrasings: ['yield', 'lazy evaluat*', 'lazily', 'one at a time', 'on demand'],
      },
      {
        id: 'memory',
        concept: 'constant memory for large or endless sequences',
        phrasings: [
          'constant memory',
          'large file*',
          'infinite sequence*',
          'whole list in memory',
          'never hold* everything',
          'huge file*',
        ],
      },
      {
        id: 'iterator',
        concept:
          'that a generator is an iterator that keeps its state between calls to next, and is consumed once',
        phrasings: [
          'iterator',
          'calls to next',
          'state between',
          'consumed once',
          'exhausted',
          'only once',
        ],
      },
      {
        id: 'pipelines',
        concept: 'chaining generators into pipelines, and generator expressions',
        phrasings: ['chain* generator*', 'generator expression*', 'itertools'],
      },
      {
        id: 'when-list',
        concept: 'when a list is better: you need len, indexing, several passes or random access',
        phrasings: [
          'len',
          'random access',
          'multiple pass*',
          'iterate more than once',
          'need the length',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'generator-reusable',
        claim: 'you can loop over a generator as many times as you like',
        phrasings: ['iterate multiple times', 'loop twice', 'iterate again'],
        correction:
          'A generator is exhausted after one pass; a second loop gets nothing, so build a list or call the generator function again.',
      },
    ],
  },
  'stack.python.4': {
    keyPoints: [
      {
        id: 'venv',
        concept: 'an isolated virtual environment per project',
        phrasings: ['venv', 'virtualenv', 'isolat* environment*', 'per project', 'environment per'],
      },
      {
        id: 'declare',
        concept: 'dependencies declared in pyproject.toml',
        phrasings: ['pyproject', 'pyproject toml', 'requirements txt', 'declare* dependenc*'],
      },
      {
        id: 'lock',
        concept:
          'a lockfile with exact pinned versions for reproducible installs, such as uv, Poetry or pip tools',
        phrasings: [
          'lock file',
          'lockfile',
          'pinned version*',
          'pin* exact',
          'uv',
          'poetry',
          'pip tools',
        ],
      },
      {
        id: 'python-version',
        concept: 'pinning the Python version too, with a version file or a container',
        phrasings: [
          'python version',
          'pyenv',
          'python version file',
          'docker image',
          'dev container',
        ],
      },
      {
        id: 'ci-updates',
        concept: 'CI installing from the lockfile, and automated updates and vulnerability scans',
        phrasings: [
          'install* from the lock*',
          'dependabot',
          'renovate',
          'pip audit',
          'vulnerabilit* scan*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'global-pip',
        claim: 'installing packages globally with pip is fine for a team project',
        phrasings: ['install globally fine', 'global install* fine', 'system python fine'],
        correction:
          'Global installs mix versions across projects and machines; each project needs its own environment and a lockfile so everyone runs the same versions.',
      },
    ],
  },
  'stack.python.5': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'that a decorator is a callable that takes a function and returns a replacement, applied with the at syntax',
        phrasings: [
          'takes a function',
          'returns a function',
          'wrap* the function',
          'at sign',
          'at syntax',
          'higher order',
        ],
      },
      {
        id: 'wraps',
        concept: 'functools.wraps to keep the original name and docstring',
        phrasings: [
          'functools',
          'functools wraps',
          'docstring',
          'preserve* the name',
          'original name',
        ],
      },
      {
        id: 'args',
        concept: 'forwarding any arguments with star args and star star kwargs',
        phrasings: [
          'args and kwargs',
          'kwargs',
          'star args',
          'any arguments',
          'forward* argument*',
        ],
      },
      {
        id: 'examples',
        concept:
          'real uses: logging, timing, retries, caching with lru_cache, authentication checks and route registration',
        phrasings: [
          'lru cache',
          'cache result*',
          'retry decorator',
          'timing decorator',
          'log* each call',
          'register* route*',
        ],
      },
      {
        id: 'params',
        concept:
          'that decorators that take parameters need an extra level of nesting, a decorator factory',
        phrasings: [
          'decorator factory',
          'take* parameter*',
          'extra level',
          'nested function*',
          'three level*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'decorator-runs-each-call',
        claim: 'the decorator function itself runs on every call of the decorated function',
        phrasings: ['decorator runs every call', 'decorator executes each call'],
        correction:
          'The decorator runs once, when the function is defined; it is the wrapper it returns that runs on every call.',
      },
    ],
  },
  'stack.python.6': {
    keyPoints: [
      {
        id: 'profile',
        concept: 'profiling before changing anything, with cProfile, py-spy or line profilers',
        phrasings: ['cprofile', 'py spy', 'profil*', 'line profiler', 'scalene'],
      },
      {
        id: 'algorithm',
        concept:
          'better algorithms and data structures, such as sets for membership and avoiding quadratic loops',
        phrasings: [
          'better algorithm*',
          'quadratic',
          'set for membership',
          'data structure*',
          'big o',
          'nested loop*',
        ],
      },
      {
        id: 'vectorize',
        concept: 'vectorizing with NumPy, pandas or Polars instead of Python loops',
        phrasings: ['numpy', 'pandas', 'polars', 'vectoriz*', 'instead of python loop*'],
      },
      {
        id: 'io',
        concept: 'reading in chunks, using efficient formats such as Parquet, and batching I O',
        phrasings: [
          'read in chunk*',
          'parquet',
          'batch* i o',
          'batch* writes',
          'i o bound',
          'fewer read*',
        ],
      },
      {
        id: 'parallel',
        concept:
          'parallelism with multiprocessing for CPU-bound work, or compiled code via Numba or Cython',
        phrasings: ['multiprocessing', 'numba', 'cython', 'parallel*', 'process pool'],
      },
      {
        id: 'measure-again',
        concept: 'measuring again after each change to confirm it helped',
        phrasings: [
          'measure again',
          'benchmark*',
          'before and after',
          'confirm* it helped',
          'measure after',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'rewrite-first',
        claim: 'the first step is to rewrite it in a faster language',
        phrasings: ['rewrite first', 'start by rewriting', 'rewrite in rust first'],
        correction:
          'Most slow scripts are slowed by one hot spot; profile first, since a better algorithm or vectorization usually gives the big wins.',
      },
    ],
  },
  'stack.python.7': {
    keyPoints: [
      {
        id: 'annotations',
        concept:
          'annotating parameters, return values and variables, including generics and optional types',
        phrasings: ['annotat*', 'return type*', 'optional type*', 'generic*', 'parameter type*'],
      },
      {
        id: 'checker',
        concept:
          'a static checker such as mypy or Pyright run in CI, since Python ignores hints at runtime',
        phrasings: ['mypy', 'pyright', 'static check*', 'type checker', 'check* in ci'],
      },
      {
        id: 'value',
        concept:
          'the value: catching bugs early, safer refactoring, editor support and documentation',
        phrasings: [
          'safer refactor*',
          'autocomplet*',
          'editor support',
          'self document*',
          'catch* bug* early',
          'catch* bug* before',
        ],
      },
      {
        id: 'gradual',
        concept: 'gradual adoption: typing new code and strict modules first',
        phrasings: [
          'gradual*',
          'incremental*',
          'strict mode',
          'new code first',
          'module by module',
        ],
      },
      {
        id: 'runtime-validation',
        concept: 'runtime validation where data enters, such as Pydantic',
        phrasings: ['pydantic', 'runtime validat*', 'validat* at the boundar*', 'validat* input*'],
      },
    ],
    misconceptions: [
      {
        id: 'hints-enforced',
        claim: 'Python enforces type hints at runtime',
        phrasings: ['enforced at runtime', 'python checks at runtime', 'python enforces hint*'],
        correction:
          'The interpreter ignores annotations; only a static checker or a runtime library such as Pydantic acts on them.',
      },
    ],
  },
  'stack.python.8': {
    keyPoints: [
      {
        id: 'layers',
        concept:
          'separating the domain logic from the web framework, database and external services',
        phrasings: [
          'domain logic',
          'business logic',
          'layer*',
          'hexagonal',
          'clean architecture',
          'separat* from the framework',
        ],
      },
      {
        id: 'dependency-injection',
        concept:
          'passing dependencies in rather than importing globals, so tests can substitute fakes',
        phrasings: [
          'dependency injection',
          'inject*',
          'pass* dependenc* in',
          'fake* in test*',
          'protocol*',
        ],
      },
      {
        id: 'packaging',
        concept: 'a package structure with clear module boundaries and import rules',
        phrasings: [
          'package structure',
          'module boundar*',
          'clear boundar*',
          'import rule*',
          'import linter',
        ],
      },
      {
        id: 'test-pyramid',
        concept: 'fast unit tests on the core and a smaller set of integration tests',
        phrasings: ['unit test*', 'integration test*', 'pytest', 'fast test*'],
      },
      {
        id: 'tooling',
        concept:
          'tooling and config: type checking, linting with ruff, and settings from the environment',
        phrasings: ['ruff', 'mypy', 'lint*', 'config from', 'environment variable*'],
      },
    ],
    misconceptions: [
      {
        id: 'mock-everything',
        claim: 'mocking every dependency in every test makes a service testable',
        phrasings: ['mock everything', 'mock every dependency', 'mocks for all'],
        correction:
          'Tests full of mocks pin the implementation and break on refactors; keep the domain free of I O so most of it needs no mocks, and test adapters against real services.',
      },
    ],
  },
  'stack.python.9': {
    keyPoints: [
      {
        id: 'mutable-immutable',
        concept:
          'that mutable objects such as lists and dicts can change in place, while ints, strings and tuples cannot',
        phrasings: [
          'change in place',
          'in place',
          'lists and dict*',
          'strings and tuple*',
          'cannot be changed',
          'immutable type*',
        ],
      },
      {
        id: 'names-references',
        concept: 'that names are references, so two names can share one mutable object',
        phrasings: [
          'reference* the same',
          'same object',
          'alias*',
          'point to the same',
          'both names',
        ],
      },
      {
        id: 'default-evaluated-once',
        concept: 'that default arguments are evaluated once, when the function is defined',
        phrasings: [
          'evaluated once',
          'when defined',
          'definition time',
          'only once',
          'shared between calls',
        ],
      },
      {
        id: 'bug',
        concept: 'the bug: a default list or dict is shared and accumulates across calls',
        phrasings: [
          'accumulat*',
          'shared across call*',
          'grows each call',
          'previous call*',
          'earlier call*',
          'share* the same list',
          'persist* between',
        ],
      },
      {
        id: 'fix',
        concept: 'the fix: default to None and create the object inside the function',
        phrasings: [
          'default to none',
          'none as default',
          'inside the function',
          'new list each',
          'sentinel',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'default-per-call',
        claim: 'default arguments are evaluated again on every call',
        phrasings: [
          'default evaluated every call',
          'default new every call',
          'default created each call',
        ],
        correction:
          'Defaults are evaluated once, when the def statement runs, so a mutable default is shared by every call; use None and create the object inside.',
      },
    ],
  },
  'stack.java.1': {
    keyPoints: [
      {
        id: 'interface-contract',
        concept:
          'that an interface defines a contract a class can implement, and a class can implement many',
        phrasings: [
          'defin* a contract',
          'implement* many',
          'multiple interface*',
          'capabilit*',
          'many interface*',
        ],
      },
      {
        id: 'abstract-state',
        concept:
          'that an abstract class can hold state, constructors and shared implementation, and a class extends only one',
        phrasings: [
          'hold state',
          'instance field*',
          'constructor*',
          'shared implementation',
          'single inheritance',
          'extend only one',
        ],
      },
      {
        id: 'default-methods',
        concept:
          'that interfaces can have default and static methods since Java 8, which narrows the gap',
        phrasings: ['default method*', 'java 8', 'static method*', 'private method*'],
      },
      {
        id: 'when-each',
        concept:
          'choosing: interfaces for capabilities and APIs, abstract classes for a base with shared state in a closed hierarchy',
        phrasings: ['base class', 'template method', 'is a', 'related classes', 'shared state'],
      },
      {
        id: 'sealed',
        concept: 'sealed interfaces and classes, which restrict the permitted implementations',
        phrasings: ['sealed', 'permits', 'restricted hierarchy'],
      },
    ],
    misconceptions: [
      {
        id: 'interface-no-code',
        claim: 'interfaces can never contain method implementations',
        phrasings: [
          'interfaces cannot have code',
          'interfaces have no implementation*',
          'cannot contain method bodies',
        ],
        correction:
          'Since Java 8, interfaces can contain default and static methods with bodies, and since Java 9 private methods; they still cannot hold instance state.',
      },
    ],
  },
  'stack.java.2': {
    keyPoints: [
      {
        id: 'generational',
        concept:
          'generational collection: most objects die young, so the young generation is collected often and survivors are promoted',
        phrasings: [
          'young generation',
          'old generation',
          'die young',
          'generational',
          'eden',
          'promot*',
        ],
      },
      {
        id: 'reachability',
        concept:
          'that the collector finds live objects by tracing from GC roots and reclaims the rest',
        phrasings: ['gc root*', 'reachab*', 'tracing', 'mark and sweep', 'marking', 'live object*'],
      },
      {
        id: 'collectors',
        concept:
          'the collectors: G1 as the default, ZGC and Shenandoah for very low pauses, Parallel for throughput',
        phrasings: ['g1', 'zgc', 'shenandoah', 'parallel gc', 'concurrent collector*'],
      },
      {
        id: 'diagnose',
        concept:
          'diagnosing with GC logs, JFR and heap analysis to find allocation rate and what triggers pauses',
        phrasings: ['gc log*', 'jfr', 'flight recorder', 'allocation rate', 'heap dump*', 'jstat'],
      },
      {
        id: 'fixes',
        concept:
          'fixes: sizing the heap, choosing a low-pause collector, cutting allocation and finding leaks or humongous objects',
        phrasings: [
          'heap size',
          'xmx',
          'reduce allocation*',
          'low pause',
          'humongous',
          'pause target',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'bigger-heap-shorter',
        claim: 'a bigger heap always means shorter garbage collection pauses',
        phrasings: ['bigger heap shorter pause*', 'more memory fewer pause*', 'bigger heap fixes'],
        correction:
          'A bigger heap makes collections less frequent, but with some collectors each full or old collection can take longer; choose a collector and tune for the pause goal.',
      },
      {
        id: 'call-system-gc',
        claim: 'calling System.gc fixes pause problems',
        phrasings: ['system gc fix*', 'call system gc', 'force garbage collection'],
        correction:
          'System.gc is only a hint and usually triggers a full, slow collection; address allocation and collector choice instead.',
      },
    ],
  },
  'stack.java.3': {
    keyPoints: [
      {
        id: 'synchronized',
        concept: 'synchronized blocks and locks for mutual exclusion and memory visibility',
        phrasings: [
          'synchronized block*',
          'synchronized method*',
          'reentrantlock',
          'mutual exclusion',
          'monitor lock',
          'intrinsic lock*',
        ],
      },
      {
        id: 'visibility',
        concept: 'the memory model: volatile for visibility, and happens-before relationships',
        phrasings: ['volatile', 'visibility', 'happens before', 'memory model'],
      },
      {
        id: 'concurrent-collections',
        concept:
          'concurrent collections such as ConcurrentHashMap and blocking queues instead of locking ordinary collections',
        phrasings: [
          'concurrenthashmap',
          'concurrent hash map',
          'blocking queue*',
          'copyonwrite*',
          'concurrent map*',
        ],
      },
      {
        id: 'atomics',
        concept: 'atomic classes for counters and compare and set',
        phrasings: [
          'atomicinteger',
          'atomiclong',
          'atomic class*',
          'compare and set',
          'compare and swap',
          'atomic counter*',
        ],
      },
      {
        id: 'immutability',
        concept: 'immutable objects and records that can be shared safely without locks',
        phrasings: [
          'final field*',
          'record*',
          'share* safely',
          'cannot change after',
          'unmodifiable',
          'immutable object*',
        ],
      },
      {
        id: 'pitfalls',
        concept:
          'pitfalls: check then act races, deadlocks from lock ordering, and compound actions on thread-safe collections',
        phrasings: [
          'check then act',
          'deadlock*',
          'lock order*',
          'compound action*',
          'race condition*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'volatile-atomic',
        claim: 'volatile makes an increment atomic',
        phrasings: ['volatile makes atomic', 'volatile increment* safe', 'volatile enough count*'],
        correction:
          'volatile guarantees visibility, not atomicity; count plus plus is a read, modify and write, so use an atomic class or a lock.',
      },
    ],
  },
  'stack.java.4': {
    keyPoints: [
      {
        id: 'contract',
        concept:
          'that equal objects must have equal hash codes, while unequal objects may share one',
        phrasings: [
          'equal objects',
          'same hash code',
          'must have same hash',
          'unequal objects may',
          'hash code* must match',
        ],
      },
      {
        id: 'consistency',
        concept: 'that equals must be reflexive, symmetric, transitive and consistent',
        phrasings: ['reflexive', 'symmetric', 'transitive', 'consistent with'],
      },
      {
        id: 'breakage',
        concept:
          'what breaks: HashMap and HashSet lookups fail or hold duplicates when hashCode is not overridden with equals',
        phrasings: ['hashmap', 'hashset', 'lookup* fail*', 'duplicate* in a set', 'cannot find'],
      },
      {
        id: 'mutable-keys',
        concept:
          'mutable fields used in hashCode break lookups after the object is mutated while in a map',
        phrasings: ['mutable key*', 'mutat* the key', 'change* a field', 'after insert*'],
      },
      {
        id: 'implement',
        concept:
          'implementing both from the same fields, with Objects.hash, a record or an IDE generator',
        phrasings: ['objects hash', 'record*', 'same fields', 'generate* both', 'lombok'],
      },
    ],
    misconceptions: [
      {
        id: 'equal-hash-means-equal',
        claim: 'two objects with the same hash code are equal',
        phrasings: ['same hash means equal', 'equal hash means equal'],
        correction:
          'Different objects can share a hash code; only the reverse holds, so equal objects must have equal hash codes.',
      },
    ],
  },
  'stack.java.5': {
    keyPoints: [
      {
        id: 'ioc',
        concept: 'inversion of control: the container creates beans and wires their dependencies',
        phrasings: [
          'inversion of control',
          'container creat*',
          'application context',
          'bean*',
          'wir* dependenc*',
        ],
      },
      {
        id: 'constructor-injection',
        concept: 'constructor injection as the preferred style, with final fields',
        phrasings: ['constructor injection', 'constructor*', 'final field*', 'field injection'],
      },
      {
        id: 'scopes-config',
        concept: 'component scanning, configuration classes, bean scopes and qualifiers',
        phrasings: [
          'component scan*',
          'configuration class*',
          'singleton',
          'bean scope*',
          'qualifier*',
          'autowir*',
        ],
      },
      {
        id: 'benefits',
        concept: 'benefits: loose coupling, easy testing with mocks, and swapping implementations',
        phrasings: [
          'loose* coupl*',
          'easy to test',
          'mock* in test*',
          'swap* implementation*',
          'decoupl*',
        ],
      },
      {
        id: 'costs',
        concept:
          'costs: startup time, runtime magic and errors that appear only when the context starts',
        phrasings: [
          'startup time',
          'magic',
          'hidden wiring',
          'reflection',
          'hard to debug',
          'circular dependenc*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'field-injection-best',
        claim: 'field injection with Autowired is the recommended style',
        phrasings: ['field injection recommended', 'field injection best', 'autowired field* best'],
        correction:
          'Constructor injection is recommended: dependencies are explicit, fields can be final, and the class can be built in a plain unit test.',
      },
    ],
  },
  'stack.java.6': {
    keyPoints: [
      {
        id: 'checked',
        concept: 'that checked exceptions must be declared or caught, and the compiler enforces it',
        phrasings: [
          'compiler enforc*',
          'declared',
          'throws clause',
          'must be caught',
          'must handle',
        ],
      },
      {
        id: 'unchecked',
        concept:
          'that unchecked exceptions extend RuntimeException and usually signal programming errors',
        phrasings: [
          'runtimeexception',
          'runtime exception*',
          'programming error*',
          'null pointer*',
          'illegal argument*',
        ],
      },
      {
        id: 'errors',
        concept: 'that Error types such as OutOfMemoryError are not meant to be caught',
        phrasings: ['outofmemory*', 'out of memory', 'error class', 'stack overflow'],
      },
      {
        id: 'choosing',
        concept:
          'choosing: checked when the caller can reasonably recover, unchecked for bugs and violated preconditions',
        phrasings: [
          'caller can recover',
          'can reasonably recover',
          'precondition*',
          'bug* unchecked',
          'recoverable',
        ],
      },
      {
        id: 'practice',
        concept:
          'practice: wrapping with a cause, not swallowing exceptions, and the move toward unchecked in modern libraries',
        phrasings: [
          'wrap* with cause',
          'keep the cause',
          'swallow*',
          'empty catch',
          'lambda*',
          'stream* checked',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'catch-exception-everywhere',
        claim: 'catching Exception everywhere makes code robust',
        phrasings: [
          'catch exception everywhere',
          'catch all exceptions robust',
          'catch everything safe',
        ],
        correction:
          'Catching everything hides bugs and leaves state inconsistent; catch what you can handle and let the rest reach a handler that logs and fails cleanly.',
      },
    ],
  },
  'stack.java.7': {
    keyPoints: [
      {
        id: 'reproduce-measure',
        concept: 'measuring latency percentiles and correlating spikes with load, GC and deploys',
        phrasings: ['percentile*', 'p99', 'correlat*', 'latency metric*', 'tail latency'],
      },
      {
        id: 'gc-pauses',
        concept: 'checking GC logs for pauses that match the spikes',
        phrasings: ['gc log*', 'gc pause*', 'garbage collect*', 'stop the world'],
      },
      {
        id: 'thread-dumps',
        concept:
          'thread dumps and profilers such as JFR or async-profiler to find locks and hot code',
        phrasings: [
          'thread dump*',
          'jstack',
          'jfr',
          'flight recorder',
          'async profiler',
          'profil*',
        ],
      },
      {
        id: 'pools-contention',
        concept: 'thread pool or connection pool exhaustion and lock contention',
        phrasings: [
          'pool exhaust*',
          'connection pool*',
          'thread pool*',
          'lock contention',
          'contention',
          'request* queue* up',
        ],
      },
      {
        id: 'downstream',
        concept:
          'slow dependencies: database queries, remote calls without timeouts, and retries piling up',
        phrasings: [
          'slow quer*',
          'slow database',
          'downstream',
          'without timeout*',
          'retry storm*',
          'retries pil*',
        ],
      },
      {
        id: 'tracing',
        concept: 'distributed tracing to see where the time goes per request',
        phrasings: ['distributed tracing', 'trace* per request', 'span*', 'opentelemetry'],
      },
    ],
    misconceptions: [
      {
        id: 'more-threads-fix',
        claim: 'adding more threads to the pool fixes latency spikes',
        phrasings: ['more threads fix*', 'increase thread pool fix*', 'bigger thread pool fix*'],
        correction:
          'If threads are waiting on a lock, a pool or a slow dependency, more threads add contention and memory; find where the time goes first.',
      },
    ],
  },
  'stack.java.8': {
    keyPoints: [
      {
        id: 'records',
        concept: 'records for concise immutable data carriers',
        phrasings: ['data carrier*', 'boilerplate', 'immutable data', 'dto*', 'generat* getters'],
      },
      {
        id: 'streams',
        concept:
          'streams for declarative collection processing, and knowing when a loop is clearer',
        phrasings: [
          'map filter',
          'declarative',
          'collect*',
          'loop clearer',
          'stream pipeline*',
          'lazy evaluat*',
        ],
      },
      {
        id: 'virtual-threads',
        concept: 'virtual threads in Java 21 for blocking, thread per request code that scales',
        phrasings: [
          'java 21',
          'loom',
          'thread per request',
          'blocking code',
          'millions of thread*',
        ],
      },
      {
        id: 'pattern-matching',
        concept: 'pattern matching for instanceof and switch, and sealed types',
        phrasings: ['pattern matching', 'switch expression*', 'sealed', 'instanceof'],
      },
      {
        id: 'other',
        concept: 'other additions: var, text blocks and Optional for return values',
        phrasings: ['var', 'text block*', 'optional return*', 'optional instead of null'],
      },
    ],
    misconceptions: [
      {
        id: 'virtual-faster-cpu',
        claim: 'virtual threads make CPU-bound code faster',
        phrasings: ['virtual threads faster cpu', 'speed up cpu', 'faster computation'],
        correction:
          'Virtual threads make waiting cheap, so many blocking tasks scale; they add no CPU capacity, and CPU-bound work needs no more threads than cores.',
      },
    ],
  },
  'stack.go.1': {
    keyPoints: [
      {
        id: 'goroutines',
        concept:
          'that goroutines are lightweight functions scheduled by the Go runtime onto a small number of OS threads',
        phrasings: [
          'lightweight thread*',
          'runtime schedul*',
          'green thread*',
          'multiplex*',
          'small stack*',
          'm n',
        ],
      },
      {
        id: 'channels',
        concept:
          'that channels pass values between goroutines and synchronize them; unbuffered channels hand off directly',
        phrasings: [
          'send* and receiv*',
          'unbuffered',
          'buffered',
          'synchroniz* goroutine*',
          'hand off',
        ],
      },
      {
        id: 'select-close',
        concept: 'select over several channels, and closing a channel to signal completion',
        phrasings: ['select statement', 'close* the channel', 'range over', 'select over'],
      },
      {
        id: 'mutex-when',
        concept:
          'a mutex for protecting shared state such as a map or counter, when no ownership is being passed',
        phrasings: [
          'shared state',
          'protect* a map',
          'counter',
          'sync mutex',
          'critical section',
          'guard* state',
        ],
      },
      {
        id: 'guideline',
        concept:
          'the guideline: channels to transfer ownership or coordinate, mutexes to guard state, and the race detector',
        phrasings: [
          'share memory by communicating',
          'transfer ownership',
          'race detector',
          'race flag',
          'whichever is simpler',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'goroutine-os-thread',
        claim: 'each goroutine is an OS thread',
        phrasings: ['one thread per goroutine', 'own os thread', 'dedicated os thread'],
        correction:
          'Goroutines are managed by the Go runtime and multiplexed onto a few OS threads; they start with small stacks, so you can run hundreds of thousands.',
      },
      {
        id: 'channels-always',
        claim: 'channels are always better than mutexes in Go',
        phrasings: ['channels always better', 'always use channels', 'mutexes are bad'],
        correction:
          'The Go team recommends whichever is simpler; a mutex is often clearer for guarding a field, and channels suit passing work or ownership.',
      },
    ],
  },
  'stack.go.2': {
    keyPoints: [
      {
        id: 'values',
        concept:
          'that errors are ordinary values returned alongside results and checked explicitly',
        phrasings: [
          'return* value*',
          'if err',
          'err not nil',
          'explicit* check*',
          'ordinary value*',
        ],
      },
      {
        id: 'wrap',
        concept: 'wrapping with fmt.Errorf and the percent w verb to add context',
        phrasings: ['errorf', 'percent w', 'wrap* the error', 'fmt', 'annotat*'],
      },
      {
        id: 'inspect',
        concept:
          'inspecting wrapped errors with errors.Is and errors.As, and sentinel or typed errors',
        phrasings: ['sentinel', 'custom error type*', 'unwrap', 'errors dot is', 'errors dot as'],
      },
      {
        id: 'panic',
        concept: 'panic only for unrecoverable programmer errors, with recover at boundaries',
        phrasings: ['panic*', 'recover* from panic*', 'unrecoverable'],
      },
      {
        id: 'handle-once',
        concept: 'handling each error once: either log it or return it',
        phrasings: [
          'log or return',
          'handle once',
          'log* and return*',
          'double log*',
          'exactly once',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'panic-like-exceptions',
        claim: 'panic and recover should be used like exceptions for normal errors',
        phrasings: ['use panic for errors', 'panic like exceptions', 'panic for normal'],
        correction:
          'Idiomatic Go returns errors as values; panic is for bugs and impossible states, and library code should not panic across its API.',
      },
    ],
  },
  'stack.go.3': {
    keyPoints: [
      {
        id: 'purpose',
        concept:
          'context carries cancellation signals, deadlines and request-scoped values across API boundaries',
        phrasings: [
          'deadline*',
          'request scoped',
          'propagat* cancel*',
          'cancel* signal*',
          'stop work',
        ],
      },
      {
        id: 'first-arg',
        concept: 'passing ctx as the first parameter down the call chain, never stored in structs',
        phrasings: [
          'first parameter',
          'first argument',
          'pass* down',
          'call chain',
          'never store*',
          'not in struct*',
        ],
      },
      {
        id: 'timeout',
        concept:
          'WithTimeout and WithDeadline, with the cancel function always called, usually deferred',
        phrasings: ['withtimeout', 'withdeadline', 'defer cancel', 'cancel function'],
      },
      {
        id: 'listen-done',
        concept: 'checking ctx.Done in select loops and passing ctx to database and HTTP calls',
        phrasings: ['done channel', 'ctx done', 'select on', 'pass* ctx to', 'database call*'],
      },
      {
        id: 'values-sparingly',
        concept: 'values only for request-scoped data such as trace IDs, not optional parameters',
        phrasings: ['with value', 'withvalue', 'trace id', 'request id', 'sparingly'],
      },
    ],
    misconceptions: [
      {
        id: 'context-kills-goroutine',
        claim: 'canceling a context stops goroutines automatically',
        phrasings: [
          'cancel kills goroutine*',
          'automatically stops goroutine*',
          'cancel stops the goroutine',
        ],
        correction:
          'Cancellation only closes the Done channel; each goroutine must check it or pass the context to calls that do, and then return.',
      },
    ],
  },
  'stack.go.4': {
    keyPoints: [
      {
        id: 'implicit',
        concept:
          'that interfaces are satisfied implicitly: any type with the methods implements it, with no implements keyword',
        phrasings: [
          'implicit*',
          'structural',
          'duck typ*',
          'no implements',
          'automatically satisf*',
        ],
      },
      {
        id: 'small',
        concept:
          'small interfaces such as io.Reader and io.Writer with one or two methods compose well',
        phrasings: ['io reader', 'io writer', 'one method', 'single method', 'compos*'],
      },
      {
        id: 'consumer-defined',
        concept: 'defining interfaces in the consuming package, for just the methods it needs',
        phrasings: [
          'consuming package',
          'package that uses it',
          'what it needs',
          'accept interfaces',
          'caller defin*',
          'consumer defin*',
        ],
      },
      {
        id: 'testing',
        concept: 'easy fakes in tests',
        phrasings: ['fake* in test*', 'mock*', 'test double*', 'stub*'],
      },
      {
        id: 'return-structs',
        concept: 'accept interfaces, return concrete structs',
        phrasings: ['return struct*', 'concrete type*', 'return concrete'],
      },
      {
        id: 'nil-interface',
        concept: 'the nil interface trap: an interface holding a nil pointer is itself not nil',
        phrasings: [
          'nil pointer inside',
          'typed nil',
          'interface is not nil',
          'nil interface',
          'holding a nil',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'interfaces-upfront',
        claim:
          'you should declare an interface for every type up front, next to the implementation',
        phrasings: [
          'interface for every type',
          'define interfaces up front',
          'interface beside implementation',
        ],
        correction:
          'Go interfaces are satisfied implicitly, so the consumer can define the small interface it needs when it needs it; interfaces declared in advance tend to grow large and unused.',
      },
    ],
  },
  'stack.go.5': {
    keyPoints: [
      {
        id: 'symptoms',
        concept: 'spotting it: the goroutine count growing over time in metrics',
        phrasings: [
          'goroutine count',
          'numgoroutine',
          'count keeps grow*',
          'number of goroutine* grow*',
          'leak over time',
        ],
      },
      {
        id: 'pprof',
        concept: 'the pprof goroutine profile to see where the stuck goroutines are blocked',
        phrasings: [
          'pprof',
          'goroutine profile',
          'stack trace*',
          'debug endpoint',
          'goroutine dump',
        ],
      },
      {
        id: 'causes',
        concept:
          'causes: blocked sends or receives on channels nobody serves, missing cancellation, and no timeouts',
        phrasings: [
          'blocked send*',
          'blocked receive*',
          'nobody read*',
          'no timeout*',
          'never cancel*',
          'stuck on a channel',
        ],
      },
      {
        id: 'fixes',
        concept:
          'fixes: context cancellation, closing channels, buffered channels where correct, and timeouts',
        phrasings: [
          'context cancel*',
          'cancel the context',
          'close* channel*',
          'add* a timeout',
          'buffered channel*',
        ],
      },
      {
        id: 'prevent',
        concept: 'preventing regressions with goleak in tests and clear goroutine ownership',
        phrasings: ['goleak', 'leak test*', 'goroutine ownership', 'lifecycle of', 'errgroup'],
      },
    ],
    misconceptions: [
      {
        id: 'gc-collects-goroutines',
        claim: 'the garbage collector cleans up blocked goroutines',
        phrasings: [
          'garbage collect* goroutine*',
          'gc collects goroutine*',
          'goroutines get collected',
        ],
        correction:
          'A blocked goroutine is never collected, nor is anything it references; it has to be unblocked through cancellation, a closed channel or a timeout.',
      },
    ],
  },
  'stack.go.6': {
    keyPoints: [
      {
        id: 'layout',
        concept:
          'organizing by domain or feature rather than by technical layer, with cmd and internal directories',
        phrasings: [
          'cmd directory',
          'internal directory',
          'by domain',
          'by feature',
          'not by layer',
        ],
      },
      {
        id: 'internal-visibility',
        concept: 'using internal packages to hide implementation details',
        phrasings: [
          'internal package*',
          'internal directory',
          'hide* implementation',
          'visibility',
        ],
      },
      {
        id: 'dependency-direction',
        concept: 'a clear dependency direction, with core packages depending on nothing outward',
        phrasings: [
          'dependency direction',
          'depend* inward',
          'core package*',
          'depend* on nothing',
          'one direction',
        ],
      },
      {
        id: 'break-cycles',
        concept:
          'breaking cycles by extracting shared types into a separate package or an interface in the consumer',
        phrasings: [
          'extract* shared',
          'shared package',
          'new package',
          'interface in the consumer',
          'move* the type',
          'invert* the dependency',
        ],
      },
      {
        id: 'modules-tools',
        concept: 'tools: one module or a few, workspaces, and tooling that checks dependencies',
        phrasings: ['go mod*', 'workspace*', 'go work', 'depguard', 'import lint*'],
      },
    ],
    misconceptions: [
      {
        id: 'utils-package',
        claim: 'a shared utils or common package is the best fix for cycles',
        phrasings: ['utils package', 'common package', 'put it in utils'],
        correction:
          'Grab-bag packages become dependency magnets; move each shared type to a package named for what it is, or invert the dependency with an interface.',
      },
    ],
  },
  'stack.go.7': {
    keyPoints: [
      {
        id: 'array-fixed',
        concept:
          'that an array has a fixed length that is part of its type, and is copied by value',
        phrasings: [
          'fixed length',
          'fixed size',
          'part of the type',
          'copied by value',
          'value type',
        ],
      },
      {
        id: 'slice-header',
        concept:
          'that a slice is a small header with a pointer to a backing array, a length and a capacity',
        phrasings: [
          'backing array',
          'underlying array',
          'pointer length capacity',
          'length and capacity',
          'slice header',
        ],
      },
      {
        id: 'append-realloc',
        concept:
          'that append writes into spare capacity, otherwise it allocates a new, larger array and copies',
        phrasings: [
          'realloc*',
          'new array',
          'allocat* a new',
          'doubl* capacity',
          'copies the element*',
        ],
      },
      {
        id: 'aliasing',
        concept:
          "the surprise: slices sharing a backing array see each other's writes, and append may or may not detach them",
        phrasings: [
          'share* the backing',
          'alias*',
          'overwrit*',
          'same underlying',
          'both see',
          'sees the change',
          'same array',
        ],
      },
      {
        id: 'fixes',
        concept:
          'fixes: always using the result of append, copying or using a full slice expression to limit capacity',
        phrasings: [
          'copy the slice',
          'full slice expression',
          'three index',
          'slices clone',
          'result of append',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'slice-is-copy',
        claim: 'assigning a slice copies its elements',
        phrasings: ['assign* copies elements', 'slice assignment copies', 'copy of the elements'],
        correction:
          'Assigning or passing a slice copies only the header; both refer to the same backing array until an append reallocates one of them.',
      },
    ],
  },
  'stack.sql.1': {
    keyPoints: [
      {
        id: 'inner',
        concept: 'that an inner join keeps only rows that match in both tables',
        phrasings: [
          'only matching',
          'only rows that match',
          'match* in both',
          'intersection',
          'without a match drop*',
        ],
      },
      {
        id: 'left',
        concept:
          'that a left join keeps every row from the left table, with nulls where there is no match',
        phrasings: [
          'every row from left',
          'all rows from left',
          'null* where',
          'fill* with null*',
          'unmatched row*',
        ],
      },
      {
        id: 'misleading',
        concept:
          'an example of misleading results: an inner join silently dropping customers with no orders, or a left join turned into an inner join by a WHERE filter on the right table',
        phrasings: [
          'customers with no order*',
          'drop* customers',
          'where clause',
          'filter on the right',
          'zero order*',
          'missing row*',
        ],
      },
      {
        id: 'duplicates',
        concept: 'that joins on non-unique keys multiply rows and inflate sums and counts',
        phrasings: ['duplicat* row*', 'fan out', 'multipl* row*', 'inflat*', 'double count*'],
      },
    ],
    misconceptions: [
      {
        id: 'where-on-left-join',
        claim: 'a condition on the right table belongs in the WHERE clause of a left join',
        phrasings: ['right table in where', 'filter in where fine'],
        correction:
          'A WHERE condition on the right table removes the rows where it is null, turning the left join into an inner join; put that condition in the ON clause.',
      },
    ],
  },
  'stack.sql.2': {
    keyPoints: [
      {
        id: 'aggregate',
        concept:
          'first aggregating revenue per product, such as summing price times quantity from the order lines',
        phrasings: [
          'sum of',
          'group by product',
          'per product',
          'total revenue per',
          'aggregat* revenue',
          'price times quantity',
        ],
      },
      {
        id: 'window-rank',
        concept:
          'a window function partitioned by category and ordered by revenue, such as row number or rank',
        phrasings: [
          'partition by',
          'row number',
          'rank within',
          'window function*',
          'dense rank',
          'rank over',
        ],
      },
      {
        id: 'filter-rank',
        concept:
          'filtering to rank three or less in an outer query or CTE, since window results cannot be used in WHERE directly',
        phrasings: [
          'outer query',
          'subquer*',
          'cte',
          'with clause',
          'qualify',
          'less than or equal',
        ],
      },
      {
        id: 'ties',
        concept: 'deciding how to handle ties: row number, rank or dense rank',
        phrasings: ['ties', 'tie', 'dense rank', 'rank versus'],
      },
      {
        id: 'alternatives',
        concept: 'alternatives such as a lateral join with a limit per category',
        phrasings: ['lateral', 'cross apply', 'correlated subquer*', 'limit per'],
      },
    ],
    misconceptions: [
      {
        id: 'limit-three',
        claim: 'ordering by revenue with a limit of three gives the top three per category',
        phrasings: ['limit three', 'limit 3', 'order by and limit'],
        correction:
          'A plain limit returns three rows overall, not three per category; rank within each category with a window function or a lateral join.',
      },
    ],
  },
  'stack.sql.3': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'that normalization organizes data so each fact is stored once, removing redundancy',
        phrasings: [
          'each fact once',
          'redundan*',
          'stored once',
          'single place',
          'remov* duplicat*',
        ],
      },
      {
        id: 'anomalies',
        concept: 'that it prevents update, insert and delete anomalies',
        phrasings: ['anomal*', 'inconsisten*', 'update in one place', 'data integrity'],
      },
      {
        id: 'normal-forms',
        concept: 'the normal forms, up to third normal form',
        phrasings: [
          'third normal form',
          '3nf',
          'normal form*',
          'first normal',
          'functional dependenc*',
        ],
      },
      {
        id: 'denormalize-when',
        concept:
          'denormalizing deliberately for read performance: reporting, analytics or avoiding expensive joins on hot paths',
        phrasings: [
          'read performance',
          'reporting table*',
          'analytic*',
          'expensive join*',
          'read heavy',
          'warehouse',
        ],
      },
      {
        id: 'denormalize-costs',
        concept:
          'the cost: keeping copies in sync with triggers, jobs or application logic, or using materialized views',
        phrasings: [
          'keep in sync',
          'keep* copies in sync',
          'trigger*',
          'materialized view*',
          'stale copi*',
          'out of sync',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'always-normalize',
        claim: 'a database should always be fully normalized',
        phrasings: ['always fully normaliz*', 'always normaliz*', 'never denormaliz*'],
        correction:
          'Normalize for correctness by default, but analytics tables, caches and read-heavy paths often denormalize on purpose, with a plan to keep copies consistent.',
      },
    ],
  },
  'stack.sql.4': {
    keyPoints: [
      {
        id: 'what-changed',
        concept:
          'asking what changed: data volume, recent deploys, query text, parameters or indexes',
        phrasings: [
          'what changed',
          'data volume',
          'table grew',
          'recent deploy*',
          'dropped index',
          'plan changed',
        ],
      },
      {
        id: 'explain',
        concept:
          'reading the plan with EXPLAIN ANALYZE to find sequential scans, bad estimates and costly joins',
        phrasings: [
          'explain plan',
          'explain analyze',
          'query plan',
          'execution plan',
          'sequential scan*',
          'full table scan',
        ],
      },
      {
        id: 'statistics',
        concept: 'stale statistics, with ANALYZE to refresh them',
        phrasings: [
          'stale statistic*',
          'stale stats',
          'run analyze',
          'bad estimat*',
          'cardinality',
        ],
      },
      {
        id: 'indexes',
        concept:
          'adding or fixing indexes for the filter and join columns, and non-sargable conditions such as functions on columns',
        phrasings: [
          'add* an index',
          'missing index',
          'composite index',
          'sargable',
          'function on the column',
          'covering index',
        ],
      },
      {
        id: 'locks-resources',
        concept: 'lock waits, blocking and resource contention',
        phrasings: [
          'lock wait*',
          'blocked by',
          'blocking quer*',
          'lock contention',
          'cpu saturat*',
          'i o wait',
        ],
      },
      {
        id: 'verify',
        concept: 'verifying the fix in a realistic environment and monitoring it',
        phrasings: [
          'verify the fix',
          'staging',
          'production like',
          'monitor* after',
          'compare before and after',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'add-index-everything',
        claim: 'adding an index on every column will fix slow queries',
        phrasings: ['index every column', 'index on every column', 'index everything'],
        correction:
          'Every index slows writes and uses memory, and the planner only uses indexes that fit the query; read the plan and add the specific index it needs.',
      },
    ],
  },
  'stack.sql.5': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'window functions compute across related rows while keeping every row, unlike GROUP BY',
        phrasings: [
          'keep* every row',
          'without collapsing',
          'across rows',
          'related rows',
          'over clause',
        ],
      },
      {
        id: 'partition-order',
        concept: 'the OVER clause with PARTITION BY and ORDER BY, and frames',
        phrasings: ['over clause', 'partition by', 'order by', 'frame', 'rows between'],
      },
      {
        id: 'ranking',
        concept: 'ranking functions: row number, rank and dense rank',
        phrasings: ['row number', 'rank', 'dense rank', 'top n'],
      },
      {
        id: 'running',
        concept: 'running totals and moving averages',
        phrasings: ['running total*', 'cumulative', 'moving average*', 'rolling'],
      },
      {
        id: 'lag-lead',
        concept: 'lag and lead for comparing with the previous or next row',
        phrasings: ['lag', 'lag and lead', 'previous row', 'next row', 'period over period'],
      },
    ],
    misconceptions: [
      {
        id: 'window-collapses',
        claim: 'window functions collapse rows like GROUP BY',
        phrasings: ['collapse like group by', 'window collapse*', 'window reduces rows'],
        correction:
          'A window function returns a value for every input row; GROUP BY is what collapses rows into one per group.',
      },
    ],
  },
  'stack.sql.6': {
    keyPoints: [
      {
        id: 'group-by',
        concept:
          'that GROUP BY collapses rows into one per group, and aggregates such as COUNT, SUM and AVG summarize each group',
        phrasings: [
          'one row per group',
          'collapse* rows',
          'count per',
          'sum per',
          'average per',
          'aggregate per group',
        ],
      },
      {
        id: 'select-rule',
        concept: 'that every selected column must be grouped or aggregated',
        phrasings: [
          'non aggregated',
          'every selected column',
          'appear in group by',
          'functionally dependent',
        ],
      },
      {
        id: 'where',
        concept: 'that WHERE filters individual rows before grouping',
        phrasings: ['before grouping', 'individual row*', 'before aggregat*', 'row level'],
      },
      {
        id: 'having',
        concept: 'that HAVING filters groups after aggregation, so it can use aggregate results',
        phrasings: [
          'after grouping',
          'after aggregat*',
          'aggregate condition*',
          'group level',
          'whole groups',
        ],
      },
      {
        id: 'order',
        concept: 'the logical order: FROM, WHERE, GROUP BY, HAVING, SELECT, ORDER BY',
        phrasings: ['logical order', 'order of execution', 'from then where', 'where runs before'],
      },
    ],
    misconceptions: [
      {
        id: 'having-same-where',
        claim: 'HAVING and WHERE are interchangeable',
        phrasings: ['interchangeable', 'having same as where', 'having equals where'],
        correction:
          'WHERE runs before grouping and cannot use aggregates; HAVING runs after and can. Filtering rows in WHERE is also cheaper.',
      },
    ],
  },
  'stack.sql.7': {
    keyPoints: [
      {
        id: 'expand-contract',
        concept:
          'the expand and contract pattern: add new structures, migrate, then remove old ones in separate deploys',
        phrasings: [
          'expand and contract',
          'parallel change',
          'add new column',
          'in phases',
          'multiple step*',
          'separate deploy*',
        ],
      },
      {
        id: 'compatible',
        concept: 'keeping each step compatible with both the old and new application versions',
        phrasings: ['backward compatib*', 'old and new code', 'compatible with both'],
      },
      {
        id: 'locks',
        concept:
          'avoiding long locks: adding nullable columns, building indexes concurrently and short lock timeouts',
        phrasings: [
          'long lock*',
          'exclusive lock*',
          'concurrently',
          'nullable column',
          'lock timeout',
          'table rewrite*',
        ],
      },
      {
        id: 'backfill',
        concept: 'backfilling in small batches with throttling',
        phrasings: ['backfill*', 'small batch*', 'throttl*', 'in chunk*'],
      },
      {
        id: 'tools',
        concept:
          'online schema change tools such as gh ost or pt online schema change, or shadow tables',
        phrasings: ['gh ost', 'pt online', 'shadow table', 'online schema change', 'pgroll'],
      },
      {
        id: 'rollback',
        concept: 'a rollback plan and monitoring during the change',
        phrasings: ['rollback plan', 'roll back', 'monitor* during', 'revert*'],
      },
    ],
    misconceptions: [
      {
        id: 'alter-is-instant',
        claim: 'an ALTER TABLE on a big table is instant and safe during traffic',
        phrasings: ['alter is instant', 'alter table safe', 'alter is safe'],
        correction:
          'Some changes rewrite the table or take exclusive locks for their whole duration; check what each operation locks and use online techniques.',
      },
    ],
  },
  'stack.sql.8': {
    keyPoints: [
      {
        id: 'three-valued',
        concept:
          'that comparisons with null yield unknown, and WHERE keeps only true, so the row disappears',
        phrasings: ['unknown', 'three valued', 'neither true nor false', 'not true'],
      },
      {
        id: 'is-null',
        concept: 'using IS NULL rather than an equals comparison',
        phrasings: [
          'is distinct from',
          'isnull',
          'use is null',
          'is null check*',
          'equals null unknown',
        ],
      },
      {
        id: 'aggregates',
        concept: 'that aggregates skip nulls, and COUNT of a column differs from COUNT star',
        phrasings: [
          'count star',
          'count of a column',
          'skip* null*',
          'ignore* null*',
          'nulls are ignored',
        ],
      },
      {
        id: 'not-in',
        concept: 'that NOT IN with a null in the subquery returns no rows',
        phrasings: [
          'null in the subquery',
          'not in subquery',
          'not in returns no',
          'returns no rows',
          'not exists instead',
        ],
      },
      {
        id: 'coalesce',
        concept:
          'handling with COALESCE and constraints that forbid nulls where they make no sense',
        phrasings: ['coalesce', 'not null constraint', 'default value*', 'nullif'],
      },
    ],
    misconceptions: [
      {
        id: 'null-equals-null',
        claim: 'null equals null is true',
        phrasings: ['null equals null true', 'two nulls are equal', 'nulls equal each other'],
        correction:
          'Comparing null with anything, including null, yields unknown; use IS NULL or IS NOT DISTINCT FROM.',
      },
      {
        id: 'avg-counts-nulls',
        claim: 'AVG treats nulls as zero',
        phrasings: ['nulls as zero', 'null counts as zero', 'avg includes null*'],
        correction:
          'AVG and SUM ignore nulls entirely; if null means zero for you, COALESCE first, or the average will not be the one you meant.',
      },
    ],
  },
  'stack.postgres.1': {
    keyPoints: [
      {
        id: 'reliability',
        concept:
          'its reliability and correctness: ACID transactions, strong constraints and a long track record',
        phrasings: [
          'acid',
          'acid transaction*',
          'reliab*',
          'mature',
          'track record',
          'strong constraint*',
        ],
      },
      {
        id: 'features',
        concept:
          'rich features: JSONB, full text search, window functions, CTEs and many index types',
        phrasings: ['jsonb', 'full text', 'cte*', 'window function*', 'index type*', 'gin'],
      },
      {
        id: 'extensions',
        concept: 'extensions such as PostGIS and pgvector, and the open source ecosystem',
        phrasings: [
          'extension*',
          'postgis',
          'pgvector',
          'open source',
          'ecosystem',
          'managed offering*',
        ],
      },
      {
        id: 'when-else',
        concept:
          'reasons to pick something else: massive write scale needing horizontal sharding, key value or cache workloads, analytics at warehouse scale, or global multi-region writes',
        phrasings: [
          'shard*',
          'horizontal* scal*',
          'warehouse',
          'analytic* at scale',
          'key value',
          'multi region',
        ],
      },
      {
        id: 'tradeoffs',
        concept:
          'operational trade-offs: vacuum, connection limits and a single primary for writes',
        phrasings: [
          'vacuum',
          'connection limit*',
          'single primary',
          'write scal*',
          'process per connection',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'pg-cant-scale',
        claim: 'PostgreSQL cannot scale past small workloads',
        phrasings: ['only for small', 'postgres small projects', 'postgres only small'],
        correction:
          'PostgreSQL handles very large workloads on one primary with replicas and partitioning; it is horizontal write scaling that needs extra tools such as Citus.',
      },
    ],
  },
  'stack.postgres.2': {
    keyPoints: [
      {
        id: 'keys',
        concept: 'primary keys and foreign keys with the right ON DELETE behavior',
        phrasings: [
          'primary key*',
          'foreign key*',
          'on delete',
          'cascade',
          'referential integrity',
        ],
      },
      {
        id: 'not-null-unique',
        concept: 'NOT NULL and UNIQUE constraints, including partial unique indexes',
        phrasings: [
          'not null',
          'unique constraint*',
          'unique index*',
          'partial unique',
          'uniqueness',
        ],
      },
      {
        id: 'check',
        concept: 'CHECK constraints for valid values and ranges',
        phrasings: ['check constraint*', 'check expression*', 'valid range*', 'must be positive'],
      },
      {
        id: 'types',
        concept:
          'precise types: numeric for money, timestamptz, enums or domains, and exclusion constraints for overlaps',
        phrasings: [
          'numeric for money',
          'timestamptz',
          'enum*',
          'domain type*',
          'exclusion constraint*',
          'overlap*',
        ],
      },
      {
        id: 'why-db',
        concept:
          'why the database should enforce it: every writer, including scripts and other services, is covered, and race conditions in application checks are avoided',
        phrasings: [
          'every writer',
          'other services',
          'race condition*',
          'application check*',
          'last line of defen*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'app-validation-enough',
        claim: 'validating in the application is enough, so database constraints are redundant',
        phrasings: [
          'application validation enough',
          'constraints are redundant',
          'app checks enough',
        ],
        correction:
          'Application checks race with each other and miss other writers such as scripts and migrations; only database constraints hold for every write.',
      },
    ],
  },
  'stack.postgres.3': {
    keyPoints: [
      {
        id: 'mvcc',
        concept:
          'MVCC: each update writes a new row version, and each transaction reads a consistent snapshot',
        phrasings: [
          'mvcc',
          'multi version',
          'row version*',
          'new row version',
          'snapshot isolation',
          'tuple version*',
        ],
      },
      {
        id: 'no-block',
        concept: 'readers never block writers and writers never block readers',
        phrasings: [
          'never block',
          'do not block',
          'old version',
          'consistent snapshot',
          'readers see',
        ],
      },
      {
        id: 'isolation',
        concept: 'isolation levels: read committed by default, repeatable read and serializable',
        phrasings: ['read committed', 'repeatable read', 'serializable', 'isolation level*'],
      },
      {
        id: 'write-conflicts',
        concept:
          'writers to the same row still wait for each other through row locks, and explicit locks such as SELECT FOR UPDATE exist',
        phrasings: [
          'row lock*',
          'for update',
          'same row',
          'wait for each other',
          'second writer wait*',
        ],
      },
      {
        id: 'cost',
        concept:
          'the cost: dead tuples that vacuum must clean up, and long transactions that hold back cleanup',
        phrasings: ['dead tuple*', 'vacuum', 'long running transaction*', 'bloat', 'xmin'],
      },
    ],
    misconceptions: [
      {
        id: 'locks-on-read',
        claim: 'PostgreSQL takes shared row locks on every read',
        phrasings: ['read takes lock*', 'reads lock rows', 'shared lock on read'],
        correction:
          'Plain SELECTs in PostgreSQL take no row locks; MVCC snapshots let them read old versions while writers proceed.',
      },
    ],
  },
  'stack.postgres.4': {
    keyPoints: [
      {
        id: 'explain-analyze',
        concept: 'using EXPLAIN ANALYZE with BUFFERS to see the actual plan, times and rows',
        phrasings: ['explain analyze', 'buffers', 'actual time', 'actual rows'],
      },
      {
        id: 'nodes',
        concept:
          'reading the nodes from the innermost: sequential, index and bitmap scans, and nested loop, hash and merge joins',
        phrasings: [
          'seq scan',
          'sequential scan',
          'index scan',
          'bitmap',
          'nested loop',
          'hash join',
        ],
      },
      {
        id: 'estimates',
        concept: 'comparing estimated with actual rows to spot bad statistics',
        phrasings: [
          'estimat* versus actual',
          'row estimate*',
          'stale statistic*',
          'bad estimate*',
          'run analyze',
        ],
      },
      {
        id: 'index-when',
        concept:
          'adding an index when a selective filter or join key is being scanned sequentially, or for sorting',
        phrasings: [
          'selective filter',
          'selective quer*',
          'seq scan large table',
          'avoid* a sort',
          'sort*',
          'filter column*',
        ],
      },
      {
        id: 'index-design',
        concept:
          'composite column order, covering indexes with INCLUDE, partial indexes and the cost on writes',
        phrasings: [
          'composite',
          'column order',
          'include column*',
          'partial index*',
          'write cost*',
          'covering',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'seq-scan-always-bad',
        claim: 'a sequential scan is always a problem',
        phrasings: ['seq scan always bad', 'sequential scan always bad'],
        correction:
          'For small tables or queries returning a large share of rows, a sequential scan is faster than an index; it is a problem when a selective query scans a large table.',
      },
    ],
  },
  'stack.postgres.5': {
    keyPoints: [
      {
        id: 'dead-tuples',
        concept:
          'that vacuum reclaims space from dead row versions left behind by updates and deletes under MVCC',
        phrasings: ['dead tuple*', 'dead row*', 'row version*', 'mvcc', 'reclaim*'],
      },
      {
        id: 'autovacuum',
        concept: 'that autovacuum runs it automatically, tuned by thresholds and cost limits',
        phrasings: ['autovacuum', 'threshold*', 'scale factor', 'cost limit', 'runs automatic*'],
      },
      {
        id: 'stats-visibility',
        concept:
          'that it also refreshes statistics and the visibility map, enabling index only scans',
        phrasings: ['visibility map', 'refresh* statistic*', 'index only scan*', 'analyze'],
      },
      {
        id: 'bloat',
        concept: 'when it falls behind: table and index bloat, slower queries and wasted disk',
        phrasings: ['bloat*', 'queries get slower', 'disk space', 'table grow*'],
      },
      {
        id: 'wraparound',
        concept:
          'transaction ID wraparound, which forces aggressive vacuuming and can stop writes to prevent data loss',
        phrasings: ['wraparound', 'transaction id', 'xid', 'freez*', 'emergency'],
      },
      {
        id: 'blockers',
        concept:
          'what holds it back: long transactions, idle in transaction sessions and abandoned replication slots',
        phrasings: [
          'long running transaction*',
          'idle in transaction',
          'replication slot*',
          'long transaction*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'vacuum-full-routine',
        claim: 'VACUUM FULL should be run regularly as maintenance',
        phrasings: ['vacuum full regularly', 'run vacuum full', 'schedule vacuum full'],
        correction:
          'VACUUM FULL rewrites the table under an exclusive lock that blocks all access; rely on a well tuned autovacuum, and use tools such as pg repack for bloat.',
      },
    ],
  },
  'stack.postgres.6': {
    keyPoints: [
      {
        id: 'jsonb-when',
        concept:
          'JSONB for data whose shape varies or is rarely queried: settings, external payloads and sparse attributes',
        phrasings: [
          'shape varies',
          'flexible schema',
          'schemaless',
          'external payload*',
          'metadata blob*',
          'sparse attribute*',
          'semi structured',
        ],
      },
      {
        id: 'indexing',
        concept: 'indexing JSONB with GIN or expression indexes',
        phrasings: ['gin index*', 'gin', 'expression index*', 'jsonb path ops', 'index a key'],
      },
      {
        id: 'tradeoffs',
        concept:
          'trade-offs: no per-field types or foreign keys, weaker planner statistics, and whole-value rewrites on update',
        phrasings: [
          'no foreign key*',
          'type safety',
          'no constraint*',
          'weaker statistic*',
          'rewrite* the whole',
          'whole document',
        ],
      },
      {
        id: 'hybrid',
        concept: 'a hybrid: promoting frequently queried fields to real columns',
        phrasings: ['promot*', 'hybrid', 'real columns', 'frequently queried', 'generated column*'],
      },
    ],
    misconceptions: [
      {
        id: 'jsonb-faster',
        claim: 'JSONB is faster than regular columns',
        phrasings: ['jsonb faster', 'json faster than columns'],
        correction:
          'Regular columns are smaller, typed, constrained and better estimated; JSONB trades that for flexibility.',
      },
    ],
  },
  'stack.postgres.7': {
    keyPoints: [
      {
        id: 'tune-first',
        concept: 'tuning first: slow queries, indexes and configuration, and a bigger machine',
        phrasings: [
          'optimi* quer*',
          'add* index*',
          'slow quer*',
          'vertical*',
          'bigger instance',
          'query tuning',
        ],
      },
      {
        id: 'read-replicas',
        concept: 'read replicas for read-heavy load, with replication lag to handle',
        phrasings: [
          'replication lag',
          'stale read*',
          'read heavy',
          'streaming replication',
          'route reads',
        ],
      },
      {
        id: 'partitioning',
        concept: 'partitioning large tables, such as by time, for pruning and cheap retention',
        phrasings: [
          'partition by date',
          'partition by time',
          'prun*',
          'drop old partition*',
          'retention',
          'range partition*',
        ],
      },
      {
        id: 'caching-pooling',
        concept: 'caching and connection pooling to take load off',
        phrasings: [
          'cache read*',
          'cach* in front',
          'redis cache',
          'pgbouncer',
          'connection pool*',
        ],
      },
      {
        id: 'sharding',
        concept:
          'sharding for write scale, such as Citus or application-level sharding, and its costs',
        phrasings: ['shard*', 'citus', 'cross shard', 'write scal*', 'split* the data'],
      },
      {
        id: 'archive-offload',
        concept: 'moving analytics to a warehouse and archiving cold data',
        phrasings: ['warehouse', 'move analytic*', 'archiv*', 'cold data', 'offload*'],
      },
    ],
    misconceptions: [
      {
        id: 'replicas-scale-writes',
        claim: 'read replicas increase write capacity',
        phrasings: ['replicas scale writes', 'replicas increase write*', 'replicas handle writes'],
        correction:
          'Replicas only serve reads; every write still goes to the primary, so write load needs tuning, partitioning or sharding.',
      },
    ],
  },
  'stack.postgres.8': {
    keyPoints: [
      {
        id: 'gin',
        concept: 'GIN for JSONB, arrays and full text search',
        phrasings: ['gin', 'jsonb', 'array column*', 'full text'],
      },
      {
        id: 'gist',
        concept:
          'GiST for geometric data, ranges and nearest neighbor searches, as used by PostGIS',
        phrasings: ['gist', 'geometr*', 'postgis', 'range type*', 'nearest neighbo*'],
      },
      {
        id: 'brin',
        concept:
          'BRIN for very large tables whose values follow physical order, such as append-only timestamps',
        phrasings: ['brin', 'block range', 'append only', 'physical order', 'time series'],
      },
      {
        id: 'hash',
        concept: 'hash indexes for equality-only lookups',
        phrasings: ['hash index*', 'equality only', 'exact match*', 'equality lookup*'],
      },
      {
        id: 'variants',
        concept: 'partial, expression and covering indexes, and pgvector indexes for embeddings',
        phrasings: [
          'partial index*',
          'expression index*',
          'covering',
          'include column*',
          'hnsw',
          'pgvector',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'hash-unsafe',
        claim: 'hash indexes are unsafe to use in PostgreSQL',
        phrasings: ['hash indexes unsafe', 'hash index* unsafe'],
        correction:
          'Since PostgreSQL 10, hash indexes are write-ahead logged and crash safe; they are still only useful for equality lookups.',
      },
    ],
  },
  'stack.postgres.9': {
    keyPoints: [
      {
        id: 'process-per-connection',
        concept:
          'that each connection is a backend process with memory cost, so max connections is limited',
        phrasings: [
          'process per connection',
          'backend process*',
          'max connections',
          'memory per connection',
          'connection* are expensive',
        ],
      },
      {
        id: 'pooler',
        concept: 'a pooler such as PgBouncer, with transaction pooling',
        phrasings: ['pgbouncer', 'pgcat', 'pooler', 'transaction pooling', 'transaction mode'],
      },
      {
        id: 'pool-math',
        concept:
          'pool sizing: instances times pool size must stay under the server limit, and small pools often do better',
        phrasings: ['pool size', 'instances times', 'total connection*', 'small pool*', 'formula'],
      },
      {
        id: 'pooling-caveats',
        concept:
          'transaction pooling caveats such as session state, advisory locks and prepared statements',
        phrasings: [
          'session state',
          'prepared statement*',
          'advisory lock*',
          'set commands',
          'session level',
        ],
      },
      {
        id: 'timeouts-leaks',
        concept:
          'timeouts and leak detection: idle timeouts, statement timeouts and returning connections',
        phrasings: [
          'idle timeout*',
          'statement timeout',
          'leak* connection*',
          'return* connection*',
          'idle in transaction',
        ],
      },
      {
        id: 'managed-proxies',
        concept: 'managed proxies such as RDS Proxy for serverless workloads',
        phrasings: ['rds proxy', 'serverless', 'lambda', 'proxy in front'],
      },
    ],
    misconceptions: [
      {
        id: 'more-connections-better',
        claim: 'raising max connections to thousands improves throughput',
        phrasings: ['more connections faster', 'raise max connections', 'thousands of connections'],
        correction:
          'Past a modest number, more active connections increase contention and memory use; a small pool in front of the database usually gives higher throughput.',
      },
    ],
  },
  'stack.aws.1': {
    keyPoints: [
      {
        id: 'multi-az',
        concept: 'spreading across at least two availability zones',
        phrasings: ['availability zone*', 'multi az', 'two zones', 'three zones', 'multiple zone*'],
      },
      {
        id: 'load-balancer-asg',
        concept:
          'an Application Load Balancer with health checks in front of an auto scaling group or ECS or EKS services',
        phrasings: ['load balancer', 'alb', 'auto scaling', 'health check*', 'ecs', 'eks'],
      },
      {
        id: 'stateless',
        concept:
          'stateless app servers, with sessions and files in shared stores such as ElastiCache, DynamoDB or S3',
        phrasings: ['stateless', 'session* in', 'elasticache', 'store* session*', 's3', 'dynamodb'],
      },
      {
        id: 'database-ha',
        concept: 'a managed database with Multi-AZ failover and backups, such as RDS or Aurora',
        phrasings: ['rds', 'aurora', 'failover', 'standby', 'automated backup*', 'multi az'],
      },
      {
        id: 'edge',
        concept: 'CloudFront and Route 53 at the edge, with health checks and caching',
        phrasings: ['cloudfront', 'route 53', 'cdn', 'dns failover', 'waf'],
      },
      {
        id: 'observability-dr',
        concept:
          'monitoring and alarms in CloudWatch, tested recovery, and multi-region only if the requirements justify it',
        phrasings: ['cloudwatch', 'alarm*', 'disaster recovery', 'multi region', 'rto', 'rpo'],
      },
    ],
    misconceptions: [
      {
        id: 'single-az-ok-if-big',
        claim: 'one large instance is highly available if it is big enough',
        phrasings: ['one big instance', 'single big instance', 'bigger instance enough'],
        correction:
          'Size does not remove a single point of failure; high availability needs redundant instances across zones and automatic failover.',
      },
    ],
  },
  'stack.aws.2': {
    keyPoints: [
      {
        id: 'lambda-fit',
        concept:
          'Lambda for event-driven, spiky or low traffic work with no servers to manage and pay per use',
        phrasings: [
          'event driven',
          'spiky',
          'bursty',
          'pay per',
          'scale to zero',
          'no servers to manage',
        ],
      },
      {
        id: 'containers-fit',
        concept:
          'containers on ECS, Fargate or EKS for steady traffic, long-running processes and more control',
        phrasings: ['ecs', 'fargate', 'eks', 'steady traffic', 'long running', 'more control'],
      },
      {
        id: 'ec2-fit',
        concept: 'EC2 for full control of the machine, special hardware such as GPUs, or licensing',
        phrasings: [
          'full control',
          'gpu*',
          'special hardware',
          'operating system access',
          'licens*',
        ],
      },
      {
        id: 'downsides',
        concept:
          'Lambda downsides: cold starts, the fifteen minute limit, concurrency limits and cost at sustained high volume',
        phrasings: [
          'cold start*',
          'fifteen minute*',
          '15 minute*',
          'concurrency limit*',
          'expensive at',
          'sustained load',
        ],
      },
      {
        id: 'other-costs',
        concept:
          'further costs: harder local testing and debugging, vendor lock in, and connection limits to relational databases',
        phrasings: [
          'lock in',
          'local testing',
          'hard to debug',
          'database connection*',
          'rds proxy',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'serverless-always-cheaper',
        claim: 'serverless is always cheaper',
        phrasings: ['serverless always cheaper', 'lambda always cheaper', 'always cheaper'],
        correction:
          'Lambda is cheap for spiky or low traffic, but for steady high throughput, always-on containers or instances often cost less.',
      },
    ],
  },
  'stack.aws.3': {
    keyPoints: [
      {
        id: 'least-privilege',
        concept: 'a role per service with only the actions and resources it needs',
        phrasings: [
          'least privilege',
          'role per service',
          'specific action*',
          'specific resource*',
          'only the actions',
        ],
      },
      {
        id: 'roles-not-keys',
        concept: 'IAM roles with temporary credentials instead of long-lived access keys',
        phrasings: [
          'iam role*',
          'temporary credential*',
          'instance profile',
          'task role',
          'no access keys',
          'without access key*',
          'sts',
        ],
      },
      {
        id: 'conditions-boundaries',
        concept: 'conditions, permission boundaries and service control policies as guardrails',
        phrasings: [
          'condition key*',
          'permission boundar*',
          'service control polic*',
          'scp*',
          'guardrail*',
        ],
      },
      {
        id: 'resource-arns',
        concept: 'scoping to resource ARNs rather than wildcards',
        phrasings: ['arn*', 'no wildcard*', 'avoid wildcard*', 'star resource', 'resource level'],
      },
      {
        id: 'refine',
        concept: 'refining with Access Analyzer and CloudTrail to remove unused permissions',
        phrasings: [
          'access analyzer',
          'cloudtrail',
          'unused permission*',
          'last accessed',
          'refine*',
        ],
      },
      {
        id: 'iac-review',
        concept: 'policies in infrastructure as code, reviewed like code',
        phrasings: [
          'infrastructure as code',
          'terraform',
          'cloudformation',
          'review* like code',
          'cdk',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'wildcard-fine-internal',
        claim: 'wildcard permissions are fine for internal services',
        phrasings: ['wildcard fine', 'star permissions fine', 'admin for internal'],
        correction:
          'Internal services are how attackers move laterally once inside; scope every role to the actions and resources it uses.',
      },
    ],
  },
  'stack.aws.4': {
    keyPoints: [
      {
        id: 'private-bucket',
        concept: 'a private S3 bucket with Block Public Access on',
        phrasings: ['block public access', 'private bucket', 'bucket private', 'bucket polic*'],
      },
      {
        id: 'presigned',
        concept: "short-lived presigned URLs, generated after the app checks the user's permission",
        phrasings: ['presigned', 'pre signed', 'signed url*', 'url* expir*', 'short lived'],
      },
      {
        id: 'auth-check',
        concept:
          'authorization in the application, with object keys mapped to owners in a database',
        phrasings: [
          'authoriz*',
          'check* the owner',
          'owner* in the database',
          'map* key* to',
          'check* permission*',
        ],
      },
      {
        id: 'upload-direct',
        concept:
          'direct uploads to S3 with presigned PUT or POST, limited by size and content type',
        phrasings: [
          'presigned post',
          'direct upload*',
          'content length',
          'size limit*',
          'content type',
        ],
      },
      {
        id: 'encryption-scan',
        concept:
          'encryption at rest, malware scanning and serving through CloudFront signed URLs if needed',
        phrasings: ['encrypt* at rest', 'kms', 'malware', 'virus scan*', 'cloudfront signed'],
      },
    ],
    misconceptions: [
      {
        id: 'obscure-names',
        claim: 'random file names are enough to protect private files',
        phrasings: ['random names enough', 'unguessable name*', 'obscure url*'],
        correction:
          'Anyone who gets an unguessable link can share it forever; keep the bucket private and hand out short-lived signed URLs after an authorization check.',
      },
    ],
  },
  'stack.aws.5': {
    keyPoints: [
      {
        id: 'vpc-subnets',
        concept: 'a VPC with public and private subnets in at least two availability zones',
        phrasings: ['vpc', 'public subnet*', 'private subnet*', 'availability zone*', 'cidr'],
      },
      {
        id: 'lb-public',
        concept:
          'the load balancer in public subnets, with app servers and the database in private ones',
        phrasings: [
          'alb in public',
          'internet gateway',
          'public facing',
          'balancer in public subnet*',
        ],
      },
      {
        id: 'security-groups',
        concept:
          "security groups referencing each other: the database accepts only the app's group on its port",
        phrasings: [
          'security group*',
          'port 5432',
          'port 3306',
          'inbound rule*',
          'only from the app',
        ],
      },
      {
        id: 'egress',
        concept: 'outbound access for private resources through NAT gateways or VPC endpoints',
        phrasings: [
          'nat gateway*',
          'vpc endpoint*',
          'privatelink',
          'outbound through',
          'egress through',
        ],
      },
      {
        id: 'admin-access',
        concept: 'admin access through SSM Session Manager rather than bastions with open SSH',
        phrasings: ['session manager', 'ssm', 'bastion*', 'no open ssh', 'close* port 22'],
      },
    ],
    misconceptions: [
      {
        id: 'nacl-primary',
        claim: 'network ACLs are the main control and security groups are optional',
        phrasings: ['security groups optional', 'nacls are enough', 'nacl main'],
        correction:
          'Security groups are stateful and attach to resources, so they are the primary control; network ACLs are a coarse, stateless extra layer on subnets.',
      },
    ],
  },
  'stack.aws.6': {
    keyPoints: [
      {
        id: 'visibility',
        concept: 'Cost Explorer and tags to see what drives spend, per team and service',
        phrasings: [
          'cost explorer',
          'cost and usage report',
          'cost allocation tag*',
          'breakdown by',
          'spend per team',
          'what drives the cost*',
        ],
      },
      {
        id: 'rightsize',
        concept: 'rightsizing from utilization data with Compute Optimizer, and autoscaling',
        phrasings: [
          'rightsiz*',
          'right siz*',
          'compute optimizer',
          'low utilization',
          'autoscal*',
          'oversized instance*',
        ],
      },
      {
        id: 'commitments',
        concept: 'Savings Plans or Reserved Instances for steady baseline usage',
        phrasings: [
          'savings plan*',
          'reserved instance*',
          'commit* to a baseline',
          'steady baseline',
          'committed use',
        ],
      },
      {
        id: 'spot-graviton',
        concept: 'Spot for fault-tolerant work and Graviton instances for better price performance',
        phrasings: ['spot instance*', 'graviton', 'arm instance*', 'interruptible', 'spot for'],
      },
      {
        id: 'storage-transfer',
        concept:
          'storage and transfer: S3 lifecycle and Intelligent-Tiering, old snapshots, NAT gateway and cross-AZ traffic',
        phrasings: [
          's3 lifecycle',
          'intelligent tiering',
          'old snapshot*',
          'nat gateway cost*',
          'data transfer',
          'cross az traffic',
        ],
      },
      {
        id: 'reliability-guard',
        concept:
          'keeping reliability: preserving redundancy and headroom, and measuring SLOs while cutting',
        phrasings: [
          'keep* redundan*',
          'headroom',
          'slo*',
          'keep multi az',
          'gradual*',
          'watch reliability',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'cut-multi-az',
        claim: 'removing redundancy across zones is a safe first saving',
        phrasings: ['remove multi az', 'single az to save', 'drop redundancy'],
        correction:
          'Redundancy across zones is what keeps you up when a zone fails; cut waste and commitments first, not the failover capacity.',
      },
    ],
  },
  'stack.aws.7': {
    keyPoints: [
      {
        id: 'sqs',
        concept:
          'SQS as a queue: each message processed by one consumer, with retries, visibility timeout and dead letter queues',
        phrasings: [
          'one consumer',
          'visibility timeout',
          'dead letter',
          'poll* the queue',
          'sqs queue*',
          'consumer* pull*',
        ],
      },
      {
        id: 'sns',
        concept: 'SNS as publish subscribe fan out, pushing each message to many subscribers',
        phrasings: [
          'fan out',
          'publish subscribe',
          'pub sub',
          'many subscriber*',
          'push* to subscriber*',
        ],
      },
      {
        id: 'eventbridge',
        concept:
          'EventBridge as an event bus with content-based routing rules, schemas, scheduling and SaaS or AWS service events',
        phrasings: [
          'event bus',
          'routing rule*',
          'content based',
          'schema registr*',
          'saas',
          'route* event* by',
        ],
      },
      {
        id: 'combine',
        concept: 'combining them, such as SNS fanning out to several SQS queues',
        phrasings: [
          'fan out to queue*',
          'topic to several queue*',
          'subscribe* queue*',
          'queue per subscriber',
        ],
      },
      {
        id: 'ordering',
        concept:
          'FIFO variants for ordering and deduplication, and standard delivery being at least once',
        phrasings: ['fifo', 'ordering guarantee*', 'at least once', 'dedup*', 'exactly once'],
      },
    ],
    misconceptions: [
      {
        id: 'sns-stores',
        claim: 'SNS stores messages until subscribers are ready',
        phrasings: ['sns stores messages', 'sns keeps messages', 'sns persists'],
        correction:
          'SNS pushes and retries but is not a durable queue for consumers to read later; put an SQS queue behind it when consumers need buffering.',
      },
    ],
  },
  'stack.aws.8': {
    keyPoints: [
      {
        id: 'region',
        concept:
          'that a region is a separate geographic area with its own set of services, and data stays there unless moved',
        phrasings: [
          'geographic*',
          'separate geographic',
          'data residency',
          'closer to users',
          'region is isolated',
        ],
      },
      {
        id: 'az',
        concept:
          'that an availability zone is one or more data centers with independent power and networking, linked with low latency to others in the region',
        phrasings: [
          'data center*',
          'independent power',
          'low latency link*',
          'separate facilit*',
          'isolated from each other',
        ],
      },
      {
        id: 'design-multi-az',
        concept: 'designing across several zones to survive a zone failure',
        phrasings: [
          'across multiple zone*',
          'multi az',
          'two zone*',
          'survive a zone',
          'spread* across zone*',
        ],
      },
      {
        id: 'multi-region',
        concept:
          'going multi-region for disaster recovery or global latency, at extra cost and complexity',
        phrasings: [
          'multi region',
          'disaster recovery',
          'global latency',
          'cross region replicat*',
          'extra cost',
        ],
      },
      {
        id: 'service-scope',
        concept: 'that some services are zonal, some regional and a few global',
        phrasings: [
          'zonal',
          'regional service*',
          'global service*',
          'iam is global',
          'ebs is zonal',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'az-one-building',
        claim: 'an availability zone is always a single data center',
        phrasings: ['az one data center', 'single data center', 'one building'],
        correction:
          "An AZ can span several data centers; what matters is that zones are isolated from each other's failures.",
      },
    ],
  },
  'stack.docker.1': {
    keyPoints: [
      {
        id: 'image',
        concept:
          'that an image is a read-only template of layered filesystem snapshots plus metadata',
        phrasings: [
          'read only',
          'filesystem layer*',
          'layer* stack*',
          'filesystem snapshot*',
          'blueprint',
        ],
      },
      {
        id: 'container',
        concept: 'that a container is a running instance of an image with its own writable layer',
        phrasings: [
          'running instance',
          'writable layer',
          'instance of an image',
          'isolated process',
        ],
      },
      {
        id: 'class-analogy',
        concept: 'that many containers can run from one image',
        phrasings: ['many containers', 'multiple containers from', 'same image'],
      },
      {
        id: 'run-steps',
        concept:
          'what run does: pull the image if needed, create the container, set up namespaces, cgroups and networking, then start the entry process',
        phrasings: [
          'pull* the image',
          'namespace*',
          'cgroup*',
          'entrypoint',
          'network namespace*',
          'start* the process',
        ],
      },
      {
        id: 'ephemeral',
        concept: 'that container changes are lost on removal unless stored in volumes',
        phrasings: ['volume*', 'ephemeral', 'lost when', 'lost on remov*', 'persist* data'],
      },
    ],
    misconceptions: [
      {
        id: 'container-is-vm',
        claim: 'a container is a small virtual machine',
        phrasings: ['container is a vm', 'small virtual machine', 'lightweight vm'],
        correction:
          "A container is an isolated process on the host's kernel, not a machine with its own kernel.",
      },
    ],
  },
  'stack.docker.2': {
    keyPoints: [
      {
        id: 'base-image',
        concept: 'small base images such as slim, Alpine or distroless',
        phrasings: ['slim', 'alpine', 'distroless', 'small base image', 'scratch'],
      },
      {
        id: 'multi-stage',
        concept: 'multi-stage builds that leave compilers and dev dependencies behind',
        phrasings: [
          'multi stage',
          'build stage',
          'builder stage',
          'leave* the compiler*',
          'dev dependenc* behind',
        ],
      },
      {
        id: 'layer-order',
        concept:
          'ordering layers for the cache: copy dependency manifests and install before copying source',
        phrasings: [
          'layer cach*',
          'copy the lockfile first',
          'instruction order',
          'package json first',
          'lockfile first',
          'dependenc* before source',
        ],
      },
      {
        id: 'dockerignore',
        concept: 'a dockerignore file to keep the build context small',
        phrasings: ['dockerignore', 'docker ignore', 'build context'],
      },
      {
        id: 'cleanup',
        concept: 'cleaning up in the same layer, such as package manager caches',
        phrasings: ['same layer', 'no cache', 'clean* in same step', 'rm rf', 'apt cache'],
      },
      {
        id: 'buildkit',
        concept: 'BuildKit cache mounts and remote cache for CI',
        phrasings: ['buildkit', 'cache mount*', 'registry cache', 'ci cache'],
      },
    ],
    misconceptions: [
      {
        id: 'squash-delete',
        claim: 'deleting files in a later layer makes the image smaller',
        phrasings: ['delete in later layer', 'remove files later', 'later layer smaller'],
        correction:
          'Each layer is kept, so a file removed in a later layer still takes space; clean up in the same step or use a multi-stage build.',
      },
    ],
  },
  'stack.docker.3': {
    keyPoints: [
      {
        id: 'config-env',
        concept:
          'configuration through environment variables at runtime, not baked into the image, so one image runs everywhere',
        phrasings: [
          'environment variable*',
          'at runtime',
          'one image',
          'not baked',
          'twelve factor',
        ],
      },
      {
        id: 'no-secrets-in-image',
        concept: 'secrets never in the image or Dockerfile, since layers and history keep them',
        phrasings: [
          'image history',
          'never bake*',
          'not in the image',
          'never in the image',
          'layers keep',
        ],
      },
      {
        id: 'secrets-manager',
        concept:
          'secrets injected at runtime from a secrets manager or orchestrator secrets, often as mounted files',
        phrasings: [
          'secrets manager',
          'vault',
          'mounted file*',
          'secret store',
          'kubernetes secret*',
          'injected at runtime',
        ],
      },
      {
        id: 'build-secrets',
        concept: 'BuildKit secret mounts for secrets needed during the build',
        phrasings: ['secret mount*', 'build secret*', 'buildkit'],
      },
      {
        id: 'env-caveats',
        concept:
          'caveats of environment variables: they show up in inspect, crash dumps and child processes',
        phrasings: [
          'docker inspect',
          'show up in inspect',
          'leak* into log*',
          'appear in logs',
          'child process*',
          'crash dump*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'env-arg-secret',
        claim: 'passing a secret as a build ARG keeps it out of the image',
        phrasings: ['build arg safe', 'arg keeps secret', 'build args are secret'],
        correction:
          'Build arguments are recorded in the image history; use BuildKit secret mounts for build time secrets.',
      },
    ],
  },
  'stack.docker.4': {
    keyPoints: [
      {
        id: 'pid1',
        concept:
          "one main process as PID 1, so the container's lifecycle and health follow that process",
        phrasings: ['pid 1', 'pid one', 'lifecycle follows', 'one concern', 'container exits when'],
      },
      {
        id: 'signals',
        concept:
          'PID 1 receiving SIGTERM: exec form of the entrypoint and a small init such as tini or docker run init',
        phrasings: [
          'sigterm',
          'exec form',
          'tini',
          'init process',
          'forward* signal*',
          'dumb init',
        ],
      },
      {
        id: 'zombies',
        concept: 'that PID 1 also reaps zombie processes, which an init process handles',
        phrasings: ['zombie*', 'reap*', 'orphan*'],
      },
      {
        id: 'logs',
        concept: 'logging to stdout and stderr and letting the runtime collect logs',
        phrasings: ['stdout', 'stderr', 'log driver', 'runtime collect*', 'standard out'],
      },
      {
        id: 'graceful',
        concept:
          'handling SIGTERM in the app to finish work within the stop timeout before SIGKILL',
        phrasings: ['stop timeout', 'sigkill', 'grace period', 'finish in flight', 'ten seconds'],
      },
      {
        id: 'separate-services',
        concept: 'running separate concerns such as the database or cron in their own containers',
        phrasings: [
          'separate container*',
          'own container',
          'sidecar',
          'compose',
          'one service per',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'shell-form-fine',
        claim: 'the shell form of CMD passes signals to your app',
        phrasings: ['shell form passes signal*', 'shell form fine', 'sh c forwards'],
        correction:
          'With the shell form, sh is PID 1 and usually does not forward SIGTERM, so the app is killed hard; use the exec form or an init.',
      },
    ],
  },
  'stack.docker.5': {
    keyPoints: [
      {
        id: 'base-minimal',
        concept:
          'minimal, trusted and pinned base images, such as distroless or slim, pinned by digest',
        phrasings: [
          'distroless',
          'slim',
          'minimal base',
          'official image*',
          'by digest',
          'pinned base',
          'pin* the base',
        ],
      },
      {
        id: 'non-root',
        concept: 'running as a non-root user with the USER instruction',
        phrasings: [
          'non root',
          'user instruction',
          'uid',
          'unprivileged',
          'rootless',
          'not as root',
        ],
      },
      {
        id: 'scanning',
        concept: 'scanning images for vulnerabilities in CI and rebuilding often',
        phrasings: [
          'scan* image*',
          'trivy',
          'grype',
          'scan* for vulnerabilit*',
          'rebuild* often',
          'rebuild* regular*',
        ],
      },
      {
        id: 'runtime-hardening',
        concept:
          'runtime hardening: dropping capabilities, read-only filesystem, no privileged mode and seccomp',
        phrasings: [
          'cap drop',
          'drop* capabilit*',
          'read only filesystem',
          'privileged',
          'seccomp',
          'no new privileges',
        ],
      },
      {
        id: 'supply-chain',
        concept: 'signing images and generating an SBOM',
        phrasings: ['sign* image*', 'cosign', 'sbom', 'provenance', 'attestation*'],
      },
    ],
    misconceptions: [
      {
        id: 'root-safe-in-container',
        claim: 'running as root inside a container is safe because it is isolated',
        phrasings: ['root is safe', 'root inside is fine', 'container isolation protects'],
        correction:
          'Root in a container is user ID zero on the shared host kernel, with only some capabilities removed, unless user namespaces remap it; a container escape or a mounted path then becomes host compromise.',
      },
    ],
  },
  'stack.docker.6': {
    keyPoints: [
      {
        id: 'compose',
        concept:
          'Docker Compose describing the app and its databases, queues and caches in one file',
        phrasings: ['compose', 'docker compose', 'compose file', 'yaml'],
      },
      {
        id: 'pinned-versions',
        concept: 'pinned image versions matching production',
        phrasings: [
          'pinned version*',
          'pin* the version*',
          'match production',
          'same version*',
          'specific tag*',
        ],
      },
      {
        id: 'data-seed',
        concept: 'volumes for data, and seed or migration scripts for a known starting state',
        phrasings: ['named volume*', 'seed*', 'migration*', 'fixture*', 'init script*'],
      },
      {
        id: 'dev-loop',
        concept: 'bind mounts for live reload, and health checks to order startup',
        phrasings: ['bind mount*', 'hot reload', 'live reload', 'health check*', 'depends on'],
      },
      {
        id: 'config-env',
        concept: 'environment files for local config and one command to start everything',
        phrasings: ['env file', 'one command', 'makefile', 'readme', 'docker compose up'],
      },
      {
        id: 'devcontainers',
        concept:
          'dev containers for the editor and tools, and awareness of performance on macOS file mounts',
        phrasings: ['dev container*', 'devcontainer*', 'macos', 'file sharing', 'slow file mount*'],
      },
    ],
    misconceptions: [
      {
        id: 'latest-for-local',
        claim: 'using latest images locally is fine since it is only development',
        phrasings: ['latest is fine locally', 'use latest for local', 'latest tags for dev'],
        correction:
          'Unpinned images drift from production and between developers, which is the problem the setup is meant to solve; pin the versions production runs.',
      },
    ],
  },
  'stack.docker.7': {
    keyPoints: [
      {
        id: 'build-once',
        concept:
          'building the image once and promoting the same image digest through every environment',
        phrasings: ['build once', 'same digest', 'immutable', 'never rebuild', 'single artifact'],
      },
      {
        id: 'pin-inputs',
        concept: 'pinning inputs: base images by digest, lockfiles and tool versions',
        phrasings: [
          'by digest',
          'pinned',
          'pin* base image*',
          'lockfile*',
          'lock file*',
          'exact version*',
        ],
      },
      {
        id: 'tags',
        concept: 'immutable tags such as the commit SHA, not latest',
        phrasings: [
          'commit sha',
          'git sha',
          'immutable tag*',
          'not latest',
          'never latest',
          'unique tag',
        ],
      },
      {
        id: 'config-runtime',
        concept: 'environment configuration injected at deploy time, not built in',
        phrasings: ['deploy time', 'runtime config*', 'environment variable*', 'inject* at deploy'],
      },
      {
        id: 'supply-chain',
        concept: 'signing, SBOM, provenance and scanning, with deploys verifying the signature',
        phrasings: ['sign*', 'signature*', 'sbom', 'provenance', 'verify* the signature', 'slsa'],
      },
      {
        id: 'reproducible',
        concept: 'reproducible builds: fixed timestamps, deterministic steps and cached builds',
        phrasings: [
          'deterministic',
          'source date epoch',
          'fixed timestamp*',
          'same output',
          'bit for bit',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'latest-tag-fine',
        claim: 'deploying the latest tag is fine',
        phrasings: ['use latest', 'latest tag fine', 'deploy latest'],
        correction:
          'latest moves with each push, so environments silently run different images and rollbacks are unclear; deploy by immutable tag or digest.',
      },
    ],
  },
  'stack.kubernetes.1': {
    keyPoints: [
      {
        id: 'pod',
        concept:
          'that a pod is the smallest deployable unit: one or more containers sharing a network namespace and volumes',
        phrasings: [
          'smallest unit',
          'share* network',
          'same ip',
          'sidecar*',
          'share* the network namespace',
        ],
      },
      {
        id: 'deployment',
        concept:
          'that a deployment declares the desired replicas and manages them through ReplicaSets, handling rolling updates and replacing failed pods',
        phrasings: [
          'replica*',
          'replicaset*',
          'desired state',
          'rolling update*',
          'self heal*',
          'replace* failed pod*',
        ],
      },
      {
        id: 'service',
        concept:
          'that a service gives a stable virtual IP and DNS name that load balances across pods chosen by label selectors',
        phrasings: [
          'stable ip',
          'cluster ip',
          'dns name',
          'label selector*',
          'selector*',
          'endpoint*',
        ],
      },
      {
        id: 'request-path',
        concept:
          'the request path: load balancer or ingress, to the service, through kube proxy to a pod IP and the container port',
        phrasings: [
          'ingress',
          'kube proxy',
          'iptables',
          'node port',
          'load balancer to',
          'container port',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'pod-is-container',
        claim: 'a pod and a container are the same thing',
        phrasings: ['pod is a container', 'pod same as container', 'pods are containers'],
        correction:
          'A pod wraps one or more containers that share a network identity and volumes; the pod, not the container, is what gets scheduled.',
      },
    ],
  },
  'stack.kubernetes.2': {
    keyPoints: [
      {
        id: 'liveness',
        concept: 'that a liveness probe restarts the container when it is stuck and cannot recover',
        phrasings: [
          'restart* the container',
          'stuck',
          'deadlock*',
          'kill* the container',
          'cannot recover',
        ],
      },
      {
        id: 'readiness',
        concept:
          'that a readiness probe removes the pod from service endpoints while it cannot serve, without restarting it',
        phrasings: [
          'remov* from the endpoint*',
          'remov* from the service',
          'stop* sending traffic',
          'no traffic until',
          'not restart*',
          'without restart*',
        ],
      },
      {
        id: 'startup',
        concept:
          'a startup probe for slow-starting apps, holding off liveness checks until startup completes',
        phrasings: ['startup probe', 'slow start*', 'start up probe', 'initial delay'],
      },
      {
        id: 'bad-setups',
        concept:
          'what goes wrong: liveness checking dependencies causes cascading restarts, tight timeouts restart healthy pods under load, no readiness sends traffic too early',
        phrasings: [
          'cascad* restart*',
          'check* the database',
          'database check*',
          'restart loop*',
          'crashloop*',
          'too aggressive',
        ],
      },
      {
        id: 'design',
        concept:
          'cheap, local checks and separate endpoints for each probe, with sensible thresholds',
        phrasings: [
          'lightweight check*',
          'cheap check*',
          'local check*',
          'threshold*',
          'failure threshold',
          'separate endpoint*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'probes-same',
        claim: 'liveness and readiness probes are the same thing',
        phrasings: [
          'liveness same as readiness',
          'readiness same as liveness',
          'probes are identical',
        ],
        correction:
          'Liveness failure restarts the container; readiness failure only stops traffic to the pod. Mixing them up causes needless restarts or traffic to unready pods.',
      },
      {
        id: 'liveness-check-db',
        claim: 'the liveness probe should check the database and other dependencies',
        phrasings: [
          'liveness should check database',
          'liveness must check database',
          'liveness should check dependenc*',
        ],
        correction:
          'If a shared dependency fails, every pod fails liveness and restarts, which cannot fix the dependency and adds load; keep liveness about the process itself.',
      },
    ],
  },
  'stack.kubernetes.3': {
    keyPoints: [
      {
        id: 'requests',
        concept: 'that requests are what the scheduler reserves to place a pod on a node',
        phrasings: [
          'scheduler place*',
          'schedul* by request*',
          'reserv* for the pod',
          'guaranteed minimum',
          'request* decide* placement',
        ],
      },
      {
        id: 'limits',
        concept:
          'that limits are the maximum: CPU over the limit is throttled, memory over the limit gets the container OOM killed',
        phrasings: [
          'throttl*',
          'oom kill*',
          'oomkill*',
          'out of memory',
          'memory limit kill*',
          'cpu is throttled',
        ],
      },
      {
        id: 'qos',
        concept:
          'quality of service classes: Guaranteed, Burstable and BestEffort, which decide eviction order',
        phrasings: ['quality of service', 'qos', 'burstable', 'besteffort', 'evict*'],
      },
      {
        id: 'choosing',
        concept:
          'choosing values from measured usage under realistic load, such as percentiles from metrics or a VPA recommendation',
        phrasings: [
          'measur* usage',
          'percentile*',
          'vertical pod autoscaler',
          'vpa',
          'actual usage',
          'under realistic load',
        ],
      },
      {
        id: 'cpu-limits-debate',
        concept:
          'the common practice of setting memory limits while often leaving CPU limits off to avoid throttling',
        phrasings: [
          'no cpu limit*',
          'cpu limits throttl*',
          'memory limit equal*',
          'leave cpu limit* off',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'limits-reserve',
        claim: 'limits are what gets reserved for the pod on the node',
        phrasings: ['limits are reserved', 'limit reserves', 'scheduler uses limits'],
        correction:
          'The scheduler places pods by their requests; limits are only caps enforced at run time.',
      },
    ],
  },
  'stack.kubernetes.4': {
    keyPoints: [
      {
        id: 'rolling',
        concept: 'rolling updates with maxSurge and maxUnavailable set so capacity never drops',
        phrasings: [
          'rolling update*',
          'max surge',
          'maxsurge',
          'max unavailable',
          'maxunavailable',
        ],
      },
      {
        id: 'readiness',
        concept: 'readiness probes so new pods get traffic only when ready',
        phrasings: [
          'readiness probe*',
          'traffic only when ready',
          'ready before traffic',
          'pass* readiness',
        ],
      },
      {
        id: 'graceful',
        concept:
          'graceful shutdown: handling SIGTERM, a preStop delay while endpoints update, and enough grace period',
        phrasings: [
          'sigterm',
          'prestop',
          'pre stop',
          'grace period',
          'drain* connection*',
          'connection draining',
        ],
      },
      {
        id: 'pdb-replicas',
        concept: 'enough replicas and a PodDisruptionBudget',
        phrasings: ['pod disruption budget', 'pdb', 'at least two replica*', 'enough replica*'],
      },
      {
        id: 'rollback',
        concept:
          'fast rollback: rollout undo, keeping the old ReplicaSet, or GitOps revert, plus backward compatible changes',
        phrasings: [
          'rollout undo',
          'undo the rollout',
          'revert*',
          'previous replicaset',
          'backward compatib*',
          'gitops',
        ],
      },
      {
        id: 'progressive',
        concept: 'canary or blue green with automated analysis, such as Argo Rollouts or Flagger',
        phrasings: [
          'canary',
          'blue green',
          'argo rollouts',
          'flagger',
          'progressive delivery',
          'automated analysis',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'rolling-is-enough',
        claim: 'a rolling update alone gives zero downtime',
        phrasings: ['rolling update alone enough', 'rolling update* guarantee*'],
        correction:
          'Without readiness probes, graceful shutdown and enough replicas, a rolling update still drops requests; pods get traffic too early or are killed mid-request.',
      },
    ],
  },
  'stack.kubernetes.5': {
    keyPoints: [
      {
        id: 'describe-events',
        concept:
          'kubectl describe pod and events to see the reason, such as OOMKilled, failed probes or image errors',
        phrasings: [
          'kubectl describe',
          'pod event*',
          'events show',
          'oomkilled mean*',
          'termination reason',
          'last state',
        ],
      },
      {
        id: 'previous-logs',
        concept: 'logs of the previous, crashed container with the previous flag',
        phrasings: [
          'previous container',
          'previous flag',
          'logs previous',
          'last run',
          'crashed container',
        ],
      },
      {
        id: 'exit-codes',
        concept:
          'reading exit codes: 137 for killed, often out of memory, 1 for application errors',
        phrasings: [
          'exit code mean*',
          '137 mean*',
          'thirty seven mean*',
          'exit code killed',
          'exit code memory',
          'exit code tell*',
        ],
      },
      {
        id: 'causes',
        concept:
          'common causes: app crash on startup, missing config or secrets, liveness probe too strict, memory limits, or failing dependencies',
        phrasings: [
          'missing config*',
          'missing secret*',
          'env* var*',
          'liveness probe too',
          'memory limit*',
          'config map*',
        ],
      },
      {
        id: 'reproduce',
        concept:
          'checking recent changes and reproducing with the same image and config locally or with a debug container',
        phrasings: [
          'recent change*',
          'debug container',
          'kubectl debug',
          'exec into',
          'same image',
          'reproduc*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'restart-fixes',
        claim: 'deleting the pod will fix a crash loop',
        phrasings: ['delete the pod fix*', 'just delete the pod', 'recreate the pod fix*'],
        correction:
          "A new pod with the same spec crashes the same way; find the cause from events, exit codes and the previous container's logs.",
      },
    ],
  },
  'stack.kubernetes.6': {
    keyPoints: [
      {
        id: 'namespaces',
        concept: 'namespaces per team with RBAC scoped to them',
        phrasings: ['namespace per team', 'rbac', 'role binding*', 'per team'],
      },
      {
        id: 'quotas',
        concept: 'resource quotas and limit ranges to share capacity fairly',
        phrasings: ['resource quota*', 'limit range*', 'quota* per', 'fair share'],
      },
      {
        id: 'network',
        concept: 'network policies, default deny between namespaces',
        phrasings: ['network polic*', 'default deny', 'cni', 'block traffic between'],
      },
      {
        id: 'policy',
        concept:
          'policy enforcement: pod security standards, admission controllers such as Kyverno or Gatekeeper, and image rules',
        phrasings: [
          'pod security',
          'admission control*',
          'kyverno',
          'gatekeeper',
          'opa',
          'policy as code',
        ],
      },
      {
        id: 'cost',
        concept:
          'cost visibility per team with labels and tools such as Kubecost, plus autoscaling',
        phrasings: [
          'kubecost',
          'opencost',
          'cost allocation',
          'cost per team',
          'chargeback',
          'label* for cost',
        ],
      },
      {
        id: 'platform',
        concept:
          'self-service templates and GitOps, and when to use separate clusters for hard isolation',
        phrasings: [
          'gitops',
          'golden path*',
          'self service',
          'separate cluster*',
          'hard isolation',
          'multi cluster',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'namespace-security-boundary',
        claim: 'namespaces alone isolate teams securely',
        phrasings: [
          'namespaces isolate securely',
          'namespaces are enough',
          'namespace security boundary',
        ],
        correction:
          'Namespaces only scope names and policies; isolation comes from RBAC, network policies, quotas and pod security, and sometimes separate clusters.',
      },
    ],
  },
  'stack.kubernetes.7': {
    keyPoints: [
      {
        id: 'overhead',
        concept:
          'the operational cost: upgrades, networking, security and the expertise a team needs',
        phrasings: [
          'operational overhead',
          'upgrad*',
          'expertise',
          'learning curve',
          'maintenance burden',
          'steep',
        ],
      },
      {
        id: 'small-scale',
        concept: 'small teams or a few services that do not need orchestration at scale',
        phrasings: ['small team*', 'few services', 'handful', 'monolith', 'simple app*'],
      },
      {
        id: 'alternatives',
        concept:
          'alternatives: managed platforms such as Cloud Run, App Runner, ECS with Fargate, Heroku style PaaS, serverless functions, or a VM with Compose',
        phrasings: [
          'cloud run',
          'fargate',
          'ecs',
          'heroku',
          'app runner',
          'paas',
          'serverless function*',
          'docker compose',
        ],
      },
      {
        id: 'managed-k8s',
        concept: 'that if Kubernetes is needed, a managed service reduces the burden',
        phrasings: ['managed kubernetes', 'eks', 'gke', 'aks', 'managed control plane'],
      },
      {
        id: 'when-worth',
        concept:
          'when it is worth it: many services and teams, portability needs or custom scheduling',
        phrasings: ['many services', 'many teams', 'portab*', 'large scale', 'custom schedul*'],
      },
    ],
    misconceptions: [
      {
        id: 'k8s-always',
        claim: 'every production service should run on Kubernetes',
        phrasings: [
          'always use kubernetes',
          'kubernetes for everything',
          'every service needs kubernetes',
        ],
        correction:
          'For a small team or a few services, a managed platform gives scaling and deploys with far less to operate; Kubernetes pays off with many services and teams.',
      },
    ],
  },
  'stack.kubernetes.8': {
    keyPoints: [
      {
        id: 'scheduling',
        concept: 'scheduling containers onto machines by resources',
        phrasings: ['schedul* onto', 'bin pack*', 'placement', 'which node', 'based on resources'],
      },
      {
        id: 'self-healing',
        concept: 'self-healing: restarting failed containers and replacing pods on failed nodes',
        phrasings: [
          'self heal*',
          'restart* failed',
          'replace* pod*',
          'failed node*',
          'desired state',
        ],
      },
      {
        id: 'scaling',
        concept: 'scaling out and in, manually or automatically',
        phrasings: [
          'autoscal*',
          'scale out',
          'horizontal pod autoscaler',
          'hpa',
          'scale* replica*',
        ],
      },
      {
        id: 'service-discovery',
        concept: 'service discovery and load balancing with stable names',
        phrasings: ['service discovery', 'dns name*', 'load balanc* across', 'stable name*'],
      },
      {
        id: 'rollouts',
        concept: 'rolling updates and rollbacks',
        phrasings: ['rolling update*', 'rollback*', 'roll back', 'zero downtime'],
      },
      {
        id: 'config-declarative',
        concept: 'declarative configuration, secrets and storage managed the same way',
        phrasings: [
          'declarative config*',
          'yaml manifest*',
          'config map*',
          'kubernetes secret*',
          'persistent volume*',
          'desired state',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'k8s-makes-ha',
        claim: 'Kubernetes makes any application highly available by itself',
        phrasings: ['kubernetes makes highly available', 'kubernetes guarantees availability'],
        correction:
          'Kubernetes restarts and reschedules containers, but availability still needs several replicas, readiness checks, stateless design and no single points of failure.',
      },
    ],
  },
  'stack.systemdesign.1': {
    keyPoints: [
      {
        id: 'requirements',
        concept:
          'clarifying requirements: one to one and group chats, scale, ordering and delivery guarantees',
        phrasings: [
          'clarify* requirement*',
          'group chat*',
          'messages per second',
          'how many users',
          'delivery guarantee*',
        ],
      },
      {
        id: 'realtime-connection',
        concept:
          'persistent connections such as WebSockets to connection servers, with a lookup of which server holds each user',
        phrasings: [
          'websocket*',
          'persistent connection*',
          'connection server*',
          'gateway server*',
          'long poll*',
        ],
      },
      {
        id: 'storage',
        concept: 'message storage partitioned by conversation, in a store built for fast writes',
        phrasings: [
          'partition* by conversation',
          'conversation id',
          'cassandra',
          'dynamodb',
          'wide column',
          'shard* by',
        ],
      },
      {
        id: 'ordering-ids',
        concept:
          'per-conversation ordering with sequence numbers, and idempotent client message IDs for retries',
        phrasings: [
          'sequence number*',
          'per conversation order*',
          'idempoten*',
          'client message id',
          'dedup*',
        ],
      },
      {
        id: 'sync',
        concept:
          'multi-device sync: each device tracks its last seen sequence and fetches what it missed',
        phrasings: [
          'last seen',
          'cursor',
          'sync offset',
          'catch up',
          'missed messages',
          'per device',
        ],
      },
      {
        id: 'offline-push',
        concept:
          'offline users get push notifications and store and forward delivery, plus delivery and read receipts',
        phrasings: ['push notification*', 'user* offline', 'receipt*', 'store and forward', 'apns'],
      },
    ],
    misconceptions: [
      {
        id: 'timestamps-order',
        claim: 'ordering messages by client timestamps is reliable',
        phrasings: ['order by client timestamp*', 'client clock* reliable', 'timestamp ordering'],
        correction:
          'Client clocks drift and can be wrong; order with a server-assigned sequence per conversation.',
      },
    ],
  },
  'stack.systemdesign.2': {
    keyPoints: [
      {
        id: 'fanout-write',
        concept: "fan out on write: pushing post IDs into followers' precomputed feeds",
        phrasings: [
          'fan out on write',
          'push model',
          'precomput* feed*',
          'write time',
          'follower* feed*',
        ],
      },
      {
        id: 'fanout-read',
        concept: 'fan out on read: pulling recent posts from followed accounts at request time',
        phrasings: ['fan out on read', 'pull model', 'read time', 'merge* at read', 'request time'],
      },
      {
        id: 'hybrid',
        concept: 'a hybrid: push for most accounts, pull for celebrities with huge followings',
        phrasings: [
          'hybrid',
          'celebrit*',
          'million* of follower*',
          'high follower',
          'popular account*',
        ],
      },
      {
        id: 'cache-storage',
        concept:
          'feed caches such as Redis lists of IDs, with posts hydrated from a separate store',
        phrasings: [
          'redis list*',
          'feed cache*',
          'cache* the feed',
          'post ids',
          'hydrat*',
          'sorted set*',
        ],
      },
      {
        id: 'ranking-pagination',
        concept: 'ranking and cursor pagination',
        phrasings: ['rank* by', 'cursor', 'paginat*', 'relevance score*'],
      },
      {
        id: 'user-follows-many',
        concept:
          'for users who follow thousands: merging from precomputed feeds and limiting candidates',
        phrasings: ['k way merge', 'limit candidate*', 'top k', 'merge* feed*', 'heap'],
      },
    ],
    misconceptions: [
      {
        id: 'fanout-write-always',
        claim: 'fan out on write works for every account',
        phrasings: ['push for everyone', 'fan out everyone', 'always fan out'],
        correction:
          'Writing one post into tens of millions of feeds is slow and costly; large accounts are better merged in at read time.',
      },
    ],
  },
  'stack.systemdesign.3': {
    keyPoints: [
      {
        id: 'upload',
        concept:
          'uploads straight to object storage with presigned URLs, chunked and resumable for large files',
        phrasings: ['presigned', 'object storage', 's3', 'chunk*', 'resumable', 'multipart'],
      },
      {
        id: 'metadata',
        concept:
          'a metadata database for files, folders, versions and owners, separate from the blobs',
        phrasings: [
          'metadata database',
          'file record*',
          'folder*',
          'file version*',
          'separate from the blob*',
        ],
      },
      {
        id: 'access-control',
        concept:
          'access control lists or share links checked on every access, with signed download URLs',
        phrasings: [
          'acl*',
          'permission check*',
          'share link*',
          'signed url*',
          'check* on every access',
        ],
      },
      {
        id: 'dedup',
        concept: 'content hashing for deduplication and integrity',
        phrasings: ['content hash*', 'dedup*', 'checksum*', 'content address*', 'integrity'],
      },
      {
        id: 'download-cdn',
        concept: 'downloads through a CDN with short-lived signed URLs',
        phrasings: ['cdn', 'signed url*', 'short lived', 'edge cach*'],
      },
      {
        id: 'sync-consistency',
        concept: 'sync, conflicts and versioning across devices',
        phrasings: [
          'sync across device*',
          'conflict resolution',
          'resolve* conflict*',
          'change notification*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'files-in-database',
        claim:
          'storing the file contents as blobs in the relational database is the simplest good design',
        phrasings: ['files in the database', 'blobs in the database', 'files in postgres'],
        correction:
          'Large blobs bloat the database, backups and replication; keep content in object storage and only metadata and permissions in the database.',
      },
    ],
  },
  'stack.systemdesign.4': {
    keyPoints: [
      {
        id: 'source-of-truth',
        concept:
          'the database as the source of truth with a uniqueness constraint on seat and event',
        phrasings: [
          'unique constraint',
          'uniqueness',
          'source of truth',
          'primary key on seat',
          'database constraint',
        ],
      },
      {
        id: 'hold-expiry',
        concept: 'temporary holds that expire, then confirmation after payment',
        phrasings: [
          'temporary hold*',
          'hold expir*',
          'reserv* for',
          'ttl',
          'hold* time out',
          'released automatically',
        ],
      },
      {
        id: 'concurrency-control',
        concept:
          'concurrency control: conditional updates or optimistic locking on the seat row, or SELECT FOR UPDATE',
        phrasings: [
          'optimistic lock* seat*',
          'conditional update*',
          'compare and set',
          'select for update',
          'version column',
          'lock* the seat row',
        ],
      },
      {
        id: 'queue-hot',
        concept: 'a virtual waiting room or queue for hot events',
        phrasings: [
          'waiting room',
          'virtual queue',
          'queue* buyer*',
          'throttl*',
          'admission control',
        ],
      },
      {
        id: 'payment-idempotency',
        concept: 'idempotent payment and booking, and handling payment failures',
        phrasings: [
          'idempotency key',
          'idempoten* payment*',
          'idempoten* retr*',
          'payment fail*',
          'compensat*',
          'charged twice',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'cache-check-enough',
        claim: 'checking seat availability in a cache before writing prevents double selling',
        phrasings: [
          'check the cache first',
          'cache prevents double',
          'check availability then write',
        ],
        correction:
          'A check then write is a race; two buyers can both see the seat free. The guarantee has to come from an atomic conditional write or a constraint in the store of record.',
      },
    ],
  },
  'stack.systemdesign.5': {
    keyPoints: [
      {
        id: 'load-balancing',
        concept:
          'load balancers distributing traffic across stateless app servers, with health checks',
        phrasings: ['load balancer*', 'stateless', 'health check*', 'round robin', 'horizontal*'],
      },
      {
        id: 'caching-layers',
        concept:
          'caching at several layers: CDN, application cache such as Redis, and database cache',
        phrasings: [
          'cdn',
          'redis cache',
          'memcached',
          'in memory cache',
          'edge cach*',
          'cache in front',
        ],
      },
      {
        id: 'invalidation',
        concept: 'cache strategy: cache aside, TTLs, invalidation and protection from stampedes',
        phrasings: ['cache aside', 'ttl*', 'invalidat*', 'stampede', 'thundering herd'],
      },
      {
        id: 'replicas',
        concept: 'read replicas with replication lag, and read your own writes where it matters',
        phrasings: [
          'replication lag',
          'read your own write*',
          'eventual* consisten*',
          'replica* lag',
          'follower*',
        ],
      },
      {
        id: 'bottlenecks',
        concept: 'measuring hit rates and where load goes',
        phrasings: ['hit rate*', 'hit ratio', 'measur* where', 'bottleneck*', 'load distribution'],
      },
    ],
    misconceptions: [
      {
        id: 'cache-no-downside',
        claim: 'a cache has no downside',
        phrasings: ['caching has no downside', 'cache is free', 'cache always helps'],
        correction:
          'Caches bring staleness, invalidation bugs and stampedes when entries expire; choose TTLs and invalidation deliberately.',
      },
    ],
  },
  'stack.systemdesign.6': {
    keyPoints: [
      {
        id: 'statement',
        concept:
          'that during a network partition, a system must choose between consistency and availability',
        phrasings: [
          'network partition',
          'partition happens',
          'choose between consistency and',
          'split brain',
        ],
      },
      {
        id: 'meaning',
        concept:
          'the precise meaning: consistency as linearizability, availability as every request getting a non-error response',
        phrasings: ['linearizab*', 'every request gets', 'non error', 'latest write'],
      },
      {
        id: 'pacelc',
        concept:
          'that without partitions the trade-off is latency against consistency, the PACELC extension',
        phrasings: [
          'pacelc',
          'latency versus consistency',
          'latency and consistency',
          'else latency',
        ],
      },
      {
        id: 'example',
        concept: 'a concrete decision, such as choosing CP for payments or AP for a shopping cart',
        phrasings: [
          'payment* need* consisten*',
          'shopping cart',
          'inventory',
          'chose consisten*',
          'chose availab*',
          'quorum',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'pick-two',
        claim: 'you can pick any two of consistency, availability and partition tolerance',
        phrasings: ['pick any two', 'choose any two'],
        correction:
          'Partitions are not optional in a distributed system; the real choice is what to give up, consistency or availability, while a partition lasts.',
      },
    ],
  },
  'stack.systemdesign.7': {
    keyPoints: [
      {
        id: 'trie-prefix',
        concept: 'a prefix index such as a trie or precomputed top suggestions per prefix',
        phrasings: ['trie', 'prefix tree', 'precomput*', 'top k', 'per prefix'],
      },
      {
        id: 'ranking',
        concept: 'ranking by popularity and recency, with personalization',
        phrasings: ['popular*', 'frequenc*', 'recen*', 'personaliz*', 'rank* by'],
      },
      {
        id: 'latency-budget',
        concept:
          'meeting the latency budget: in-memory serving, caching per prefix, CDN or edge, and keeping requests small',
        phrasings: [
          'in memory',
          'cache* per prefix',
          'serve* from the edge',
          'cdn',
          'latency budget',
        ],
      },
      {
        id: 'client',
        concept:
          'client techniques: debouncing keystrokes, canceling stale requests and local caching',
        phrasings: ['debounc*', 'cancel* stale', 'client side cache', 'keystroke*', 'throttl*'],
      },
      {
        id: 'pipeline',
        concept:
          'an offline or streaming pipeline that aggregates query logs and rebuilds the index',
        phrasings: [
          'query log*',
          'aggregat* quer*',
          'batch job*',
          'stream process*',
          'rebuild* the index',
        ],
      },
      {
        id: 'safety',
        concept: 'filtering offensive or unsafe suggestions',
        phrasings: [
          'filter* offensive',
          'offensive',
          'blocklist',
          'unsafe suggestion*',
          'moderat*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'query-db-per-key',
        claim:
          'querying the database with a LIKE prefix on every keystroke meets the latency budget',
        phrasings: ['like query every keystroke', 'database every keystroke', 'like prefix query'],
        correction:
          'A LIKE query per keystroke across a large table is too slow and costly at scale; serve precomputed suggestions per prefix from memory and debounce on the client.',
      },
    ],
  },
  'stack.systemdesign.8': {
    keyPoints: [
      {
        id: 'event-ingest',
        concept: 'ingesting view events into a durable log such as Kafka',
        phrasings: ['kafka', 'kinesis', 'event log', 'ingest* event*', 'durable log'],
      },
      {
        id: 'aggregate',
        concept:
          'aggregating in a stream processor in time windows, rather than updating a counter row per view',
        phrasings: ['stream process*', 'time window*', 'flink', 'batch* update*', 'pre aggregat*'],
      },
      {
        id: 'dedupe-fraud',
        concept: 'deduplication and bot filtering, with a rule for what counts as a view',
        phrasings: ['dedup*', 'bots', 'bot traffic', 'fraud', 'idempoten*', 'same viewer'],
      },
      {
        id: 'storage',
        concept: 'counters in a store designed for it, with sharded counters for hot videos',
        phrasings: [
          'sharded counter*',
          'shard* the counter',
          'hot key*',
          'counter store',
          'cassandra',
        ],
      },
      {
        id: 'approximate',
        concept: 'approximate display counts, with an exact reconciliation later',
        phrasings: ['approximat*', 'eventual*', 'reconcil*', 'hyperloglog', 'exact count*'],
      },
      {
        id: 'delivery-semantics',
        concept:
          'delivery semantics: at least once with idempotent processing, or exactly once in the processor',
        phrasings: ['at least once', 'exactly once', 'idempoten*', 'checkpoint*'],
      },
    ],
    misconceptions: [
      {
        id: 'update-row-per-view',
        claim: 'incrementing a row in the database on every view scales fine',
        phrasings: ['increment a row', 'update row each view', 'increment per view'],
        correction:
          'A single hot row becomes a lock contention bottleneck; buffer and aggregate events, or shard the counter.',
      },
    ],
  },
  'stack.systemdesign.9': {
    keyPoints: [
      {
        id: 'users-use-cases',
        concept: 'who the users are and the core use cases',
        phrasings: ['target users', 'use case*', 'core feature*', 'user stor*'],
      },
      {
        id: 'scale',
        concept:
          'scale: users, requests per second, data size and growth, and the read to write ratio',
        phrasings: [
          'requests per second',
          'qps',
          'daily active',
          'read write ratio',
          'data size',
          'growth rate',
        ],
      },
      {
        id: 'nonfunctional',
        concept: 'non-functional needs: latency, availability, consistency and durability',
        phrasings: [
          'latency target*',
          'availability target*',
          'consistency need*',
          'durability',
          'non functional',
        ],
      },
      {
        id: 'constraints',
        concept: 'constraints: budget, team, existing systems, compliance and deadlines',
        phrasings: [
          'budget',
          'existing system*',
          'compliance requirement*',
          'deadline*',
          'team size',
        ],
      },
      {
        id: 'prioritize',
        concept:
          'turning the answers into prioritized requirements and estimates that drive the design',
        phrasings: ['estimat*', 'back of the envelope', 'in scope', 'out of scope'],
      },
    ],
    misconceptions: [
      {
        id: 'jump-to-tech',
        claim: 'the first step is choosing the technologies',
        phrasings: [
          'start with tech stack',
          'pick the database first',
          'choose technologies first',
        ],
        correction:
          'Technology follows requirements; without scale, latency and consistency needs you cannot tell which choices fit.',
      },
    ],
  },
  'stack.systemdesign.10': {
    keyPoints: [
      {
        id: 'location-updates',
        concept: 'drivers sending location updates every few seconds to a location service',
        phrasings: [
          'location update*',
          'every few seconds',
          'gps',
          'heartbeat*',
          'driver location',
        ],
      },
      {
        id: 'geo-index',
        concept: 'a geospatial index such as geohash, quadtree, S2 or H3 cells, often in memory',
        phrasings: ['geohash', 'quadtree', 's2', 'h3', 'geospatial', 'grid cell*'],
      },
      {
        id: 'matching',
        concept:
          'a matching service that finds nearby available drivers, ranks them by estimated arrival time and offers the ride',
        phrasings: [
          'eta',
          'estimated time',
          'offer* the ride',
          'rank* driver*',
          'dispatch*',
          'closest available',
        ],
      },
      {
        id: 'consistency',
        concept:
          "preventing double assignment with a lock or conditional update on the driver's state",
        phrasings: [
          'double assign*',
          'lock the driver',
          'atomic*',
          'conditional update*',
          'state machine',
        ],
      },
      {
        id: 'scale-partition',
        concept: 'partitioning by city or region, and surge handling',
        phrasings: ['partition* by city', 'by region', 'shard* by', 'surge'],
      },
      {
        id: 'realtime',
        concept: 'real-time updates to riders and drivers through push or WebSockets',
        phrasings: ['websocket*', 'push update*', 'real time update*', 'notification*'],
      },
    ],
    misconceptions: [
      {
        id: 'scan-all-drivers',
        claim: 'computing the distance to every driver on each request is fine',
        phrasings: ['distance to every driver', 'scan all drivers', 'loop over all drivers'],
        correction:
          'A scan over every driver does not scale to a city; a geospatial index narrows the search to nearby cells.',
      },
    ],
  },
  'stack.systemdesign.11': {
    keyPoints: [
      {
        id: 'vertical',
        concept:
          'vertical scaling: a bigger machine, simple but limited and a single point of failure',
        phrasings: [
          'bigger machine',
          'more cpu',
          'more memory',
          'single point of failure',
          'hardware ceiling',
          'upgrade the machine',
        ],
      },
      {
        id: 'horizontal',
        concept: 'horizontal scaling: more machines behind a load balancer, which adds redundancy',
        phrasings: ['more machines', 'load balancer', 'redundan*', 'add server*', 'more instance*'],
      },
      {
        id: 'stateless',
        concept: 'horizontal scaling needs stateless services or partitioned state',
        phrasings: ['stateless', 'shared state', 'session* stor*', 'partition* state', 'shard*'],
      },
      {
        id: 'when',
        concept:
          'when each fits: vertical first for simplicity and databases, horizontal for large scale and fault tolerance',
        phrasings: [
          'scale up first',
          'start vertical*',
          'database* vertical*',
          'simplicity',
          'fault toleran*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'horizontal-always',
        claim: 'horizontal scaling is always better',
        phrasings: ['horizontal always better', 'always scale horizontally'],
        correction:
          'Horizontal scaling adds coordination, consistency and operational costs; a bigger machine is often the simpler, cheaper first step.',
      },
    ],
  },
  'stack.ml.1': {
    keyPoints: [
      {
        id: 'supervised',
        concept: 'that supervised learning trains on labeled examples to predict a known target',
        phrasings: [
          'labeled',
          'labelled',
          'target variable',
          'known answer*',
          'input output pair*',
        ],
      },
      {
        id: 'supervised-example',
        concept: 'a supervised example, such as spam detection, price prediction or churn',
        phrasings: ['spam', 'price predict*', 'churn', 'classif*', 'regression'],
      },
      {
        id: 'unsupervised',
        concept: 'that unsupervised learning finds structure in unlabeled data',
        phrasings: ['unlabeled', 'unlabelled', 'find* structure', 'find* pattern*', 'no labels'],
      },
      {
        id: 'unsupervised-example',
        concept:
          'an unsupervised example, such as customer segmentation with clustering, anomaly detection or dimensionality reduction',
        phrasings: [
          'cluster*',
          'segment* customer*',
          'anomal*',
          'dimensionality reduction',
          'pca',
          'k means',
        ],
      },
      {
        id: 'others',
        concept:
          'related settings such as semi-supervised, self-supervised and reinforcement learning',
        phrasings: ['semi supervised', 'self supervised', 'reinforcement'],
      },
    ],
    misconceptions: [
      {
        id: 'unsupervised-no-eval',
        claim: 'unsupervised learning needs no evaluation because there are no labels',
        phrasings: ['no evaluation needed', 'nothing to evaluate', 'evaluation unnecessary'],
        correction:
          'Unsupervised results can and should be evaluated, with internal measures such as silhouette scores, stability checks, and whether the groups are useful for the task.',
      },
    ],
  },
  'stack.ml.2': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'that overfitting is learning noise in the training data, so the model does well on training data and badly on new data',
        phrasings: [
          'learn* noise',
          'memoriz*',
          'new data',
          'unseen data',
          'fail* to generaliz*',
          'generaliz* poor*',
        ],
      },
      {
        id: 'detect',
        concept:
          'detecting it by a gap between training and validation performance, or with cross validation and learning curves',
        phrasings: [
          'validation loss',
          'gap between train*',
          'cross validat*',
          'learning curve*',
          'held out',
        ],
      },
      {
        id: 'regularize',
        concept: 'regularization such as L1, L2, dropout, or simpler models',
        phrasings: ['regulari*', 'l1', 'l2', 'dropout', 'simpler model'],
      },
      {
        id: 'data',
        concept: 'more or augmented training data',
        phrasings: ['more data', 'augment*', 'more training data', 'more examples'],
      },
      {
        id: 'early-stopping',
        concept: 'early stopping, feature selection and tree pruning or depth limits',
        phrasings: ['early stopping', 'fewer features', 'feature selection', 'prun*', 'max depth'],
      },
    ],
    misconceptions: [
      {
        id: 'high-train-acc-good',
        claim: 'very high training accuracy means the model is good',
        phrasings: [
          'high training accuracy good',
          'training accuracy proves',
          'perfect training accuracy',
        ],
        correction:
          'High training accuracy says nothing about new data; judge the model on held out data.',
      },
    ],
  },
  'stack.ml.3': {
    keyPoints: [
      {
        id: 'train',
        concept: 'the training set fits model parameters',
        phrasings: [
          'fit* the model',
          'learn parameter*',
          'weights',
          'train the model on',
          'model learns from',
        ],
      },
      {
        id: 'validation',
        concept: 'the validation set selects models and hyperparameters',
        phrasings: ['hyperparameter*', 'model selection', 'tune*', 'compar* models'],
      },
      {
        id: 'test',
        concept:
          'the test set, used once at the end, gives an unbiased estimate of performance on new data',
        phrasings: ['unbiased', 'once at the end', 'final evaluat*', 'untouched', 'held out'],
      },
      {
        id: 'leakage',
        concept:
          'tuning on the test set leaks it into the model choice, so the reported score is optimistic',
        phrasings: ['optimistic', 'overfit* to the test', 'leak*', 'inflat*', 'biased estimate*'],
      },
      {
        id: 'variants',
        concept: 'cross validation for small data, and time-based splits for time series',
        phrasings: ['cross validat*', 'k fold', 'time based split', 'time series', 'chronological'],
      },
    ],
    misconceptions: [
      {
        id: 'test-for-tuning-ok',
        claim: 'it is fine to use the test set for tuning if you have little data',
        phrasings: ['tuning on test fine', 'test set tuning okay', 'tune on test fine'],
        correction:
          'With little data use cross validation for tuning and keep the test set for one final check; tuning on it makes the reported score an overestimate.',
      },
    ],
  },
  'stack.ml.4': {
    keyPoints: [
      {
        id: 'precision',
        concept: 'precision: of the items predicted positive, the share that really are',
        phrasings: [
          'predicted positive',
          'of the positive predictions',
          'true positives over',
          'false positive*',
          'flagged as positive',
          'flagged positive',
          'really positive',
          'how many were right',
        ],
      },
      {
        id: 'recall',
        concept: 'recall: of the actual positives, the share the model finds',
        phrasings: [
          'actual positive*',
          'positives caught',
          'sensitivity',
          'false negative*',
          'true positive rate',
        ],
      },
      {
        id: 'tradeoff',
        concept: 'the trade-off as the decision threshold moves',
        phrasings: [
          'threshold',
          'trade off',
          'raise the threshold',
          'lower the threshold',
          'one goes down',
        ],
      },
      {
        id: 'favor-recall',
        concept:
          'favoring recall when missing a case is costly, such as cancer screening or fraud detection',
        phrasings: ['cancer', 'screening', 'disease', 'fraud', 'safety critical', 'missing a case'],
      },
      {
        id: 'favor-precision',
        concept:
          'favoring precision when false alarms are costly, such as spam filtering or recommendations',
        phrasings: [
          'spam filter*',
          'false alarm*',
          'annoy*',
          'recommendation*',
          'legitimate email',
        ],
      },
      {
        id: 'f-score',
        concept: 'F1 or F beta to combine them, and precision recall curves',
        phrasings: ['f1', 'f beta', 'f score', 'harmonic mean', 'pr curve'],
      },
    ],
    misconceptions: [
      {
        id: 'precision-accuracy',
        claim: 'precision is the same as accuracy',
        phrasings: ['precision is accuracy', 'precision same as accuracy'],
        correction:
          'Accuracy counts all correct predictions; precision only looks at the predicted positives, which matters a lot when positives are rare.',
      },
    ],
  },
  'stack.ml.5': {
    keyPoints: [
      {
        id: 'domain',
        concept: 'starting from domain knowledge and hypotheses about what drives the outcome',
        phrasings: [
          'domain knowledge',
          'domain expert*',
          'hypothes*',
          'intuition',
          'business understanding',
        ],
      },
      {
        id: 'availability',
        concept: 'using only features available at prediction time, to avoid leakage',
        phrasings: ['prediction time', 'leak*', 'available at', 'point in time'],
      },
      {
        id: 'evaluate',
        concept:
          "measuring a feature's value with ablation on a validation set or cross validation",
        phrasings: [
          'ablation',
          'with and without',
          'validation score*',
          'cross validat*',
          'metric lift',
        ],
      },
      {
        id: 'importance',
        concept:
          'importance methods such as permutation importance or SHAP, and their caveats with correlated features',
        phrasings: [
          'permutation importance',
          'shap',
          'feature importance',
          'correlated feature*',
          'information gain',
        ],
      },
      {
        id: 'cost',
        concept: 'the cost of a feature: computing and serving it, and its stability',
        phrasings: [
          'serving cost',
          'compute cost*',
          'latency to compute',
          'maintain*',
          'stable over time',
          'feature drift',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'impurity-trust',
        claim: "a tree model's built-in feature importance tells you reliably which features help",
        phrasings: [
          'built in importance reliabl*',
          'impurity importance reliabl*',
          'feature importance proves',
        ],
        correction:
          'Impurity-based importance is biased toward high-cardinality features and splits credit among correlated ones; confirm with permutation importance or ablation on held out data.',
      },
    ],
  },
  'stack.ml.6': {
    keyPoints: [
      {
        id: 'trees',
        concept: 'a decision tree as a series of yes or no questions about the inputs',
        phrasings: [
          'yes or no question*',
          'decision tree',
          'flow chart',
          'flowchart',
          'series of question*',
        ],
      },
      {
        id: 'sequential',
        concept:
          'that boosting builds many small trees one after another, each correcting the errors of the trees before',
        phrasings: [
          'one after another',
          'sequential*',
          'correct* the error*',
          'previous tree*',
          'fix* the mistakes',
        ],
      },
      {
        id: 'sum',
        concept:
          "that the prediction is the sum of all trees' contributions, with a learning rate keeping each small",
        phrasings: ['add* up', 'summed', 'small step*', 'learning rate', 'combin* the tree*'],
      },
      {
        id: 'analogy',
        concept:
          'a plain analogy, such as a team of specialists each fixing what the previous missed',
        phrasings: ['analog*', 'expert*', 'committee', 'imagine'],
      },
      {
        id: 'explain-prediction',
        concept: 'explaining an individual prediction with contributions such as SHAP values',
        phrasings: ['shap', 'contribut*', 'which features', 'pushed the prediction'],
      },
    ],
    misconceptions: [
      {
        id: 'random-forest-same',
        claim: 'gradient boosting is the same as a random forest',
        phrasings: ['same as random forest', 'like a random forest', 'random forest is boosting'],
        correction:
          'A random forest trains deep trees independently and averages them; boosting trains shallow trees in sequence, each fitting what the earlier ones got wrong.',
      },
    ],
  },
  'stack.ml.7': {
    keyPoints: [
      {
        id: 'input-drift',
        concept:
          'monitoring input feature distributions against a training baseline with statistical tests or PSI',
        phrasings: [
          'psi',
          'population stability',
          'kolmogorov',
          'ks test',
          'kl divergence',
          'feature distribution*',
        ],
      },
      {
        id: 'data-quality',
        concept: 'data quality checks: missing values, schema changes and out of range values',
        phrasings: [
          'missing value*',
          'null rate*',
          'schema change*',
          'out of range',
          'data quality',
        ],
      },
      {
        id: 'output-drift',
        concept: 'prediction distribution monitoring and confidence',
        phrasings: [
          'prediction distribution',
          'output distribution',
          'score distribution',
          'confidence distribution',
        ],
      },
      {
        id: 'performance',
        concept: 'live performance metrics when labels arrive, and proxies when they are delayed',
        phrasings: [
          'ground truth',
          'label* arrive',
          'delayed label*',
          'proxy metric*',
          'business metric*',
        ],
      },
      {
        id: 'ops',
        concept: 'operational metrics: latency, errors and throughput',
        phrasings: ['serving latency', 'error rate*', 'throughput', 'uptime'],
      },
      {
        id: 'alerting-action',
        concept: 'alerting with thresholds, dashboards, and a runbook for retraining or rollback',
        phrasings: ['dashboard*', 'runbook', 'retrain*', 'rollback', 'roll back'],
      },
    ],
    misconceptions: [
      {
        id: 'drift-means-retrain',
        claim: 'any detected drift means you must retrain immediately',
        phrasings: ['drift means retrain', 'always retrain on drift', 'retrain immediately'],
        correction:
          'Drift is a signal to investigate; it can be a broken pipeline, a harmless shift, or real change, and only some of these call for retraining.',
      },
    ],
  },
  'stack.ml.8': {
    keyPoints: [
      {
        id: 'prompting-first',
        concept: 'trying better prompting first: cheapest, fastest to iterate, often enough',
        phrasings: [
          'prompt* first',
          'start with prompt*',
          'cheapest',
          'few shot',
          'iterate on prompt*',
        ],
      },
      {
        id: 'rag-knowledge',
        concept: 'RAG when the model needs private, fresh or citable knowledge',
        phrasings: [
          'private data',
          'fresh*',
          'up to date',
          'knowledge base',
          'citation*',
          'grounding',
        ],
      },
      {
        id: 'finetune-behaviour',
        concept:
          'fine-tuning for consistent style, format or narrow task behavior, or a smaller cheaper model, given good training examples',
        phrasings: [
          'consistent style',
          'output format',
          'tone',
          'smaller model',
          'training example*',
          'distill*',
        ],
      },
      {
        id: 'eval-driven',
        concept: 'deciding with an evaluation set that measures each option',
        phrasings: [
          'eval* set',
          'evaluation set',
          'eval suite',
          'benchmark',
          'measure each option',
        ],
      },
      {
        id: 'costs',
        concept:
          'the costs: data preparation, retrieval infrastructure, retraining as the base model changes, latency and serving cost',
        phrasings: [
          'data preparation',
          'retrieval infrastructure',
          'retrain* when',
          'added latency',
          'serving cost*',
          'vector database',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'finetune-for-facts',
        claim: 'fine-tuning is the best way to teach a model new facts',
        phrasings: ['fine tune for knowledge', 'fine tuning teaches facts', 'fine tune new facts'],
        correction:
          'Fine-tuning is unreliable for adding facts and goes stale; retrieval gives the model current, citable knowledge, while fine-tuning shapes behavior and format.',
      },
    ],
  },
  'stack.ml.9': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'that correlation means two things move together, causation means one produces the other',
        phrasings: [
          'move together',
          'associat*',
          'one produces the other',
          'one makes the other',
          'happen together',
        ],
      },
      {
        id: 'confounders',
        concept: 'confounders and reverse causation explain many correlations',
        phrasings: ['confound*', 'third variable', 'reverse causa*', 'lurking', 'common cause'],
      },
      {
        id: 'experiment',
        concept: 'a randomized controlled experiment, such as an A B test, to establish causation',
        phrasings: [
          'randomi*',
          'controlled experiment',
          'a b test*',
          'control group',
          'treatment group',
        ],
      },
      {
        id: 'quasi',
        concept:
          'when experiments are impossible: difference in differences, regression discontinuity, instrumental variables or matching',
        phrasings: [
          'regression discontinuity',
          'instrumental variable*',
          'propensity',
          'natural experiment',
          'diff in diff*',
          'matched group*',
        ],
      },
      {
        id: 'significance',
        concept: 'checking statistical significance and effect size, with a pre-set sample size',
        phrasings: [
          'statistical* significan*',
          'p value*',
          'confidence interval*',
          'sample size',
          'effect size',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'before-after-proves',
        claim: 'a metric rising after a launch proves the launch caused it',
        phrasings: ['before and after proves', 'went up after so', 'rise after launch proves'],
        correction:
          'Seasonality, marketing and other changes also move metrics; without a control group you cannot separate the launch from everything else.',
      },
    ],
  },
  'stack.nextjs.1': {
    keyPoints: [
      {
        id: 'static',
        concept: 'static generation at build time for content the same for everyone',
        phrasings: ['static generation', 'ssg', 'prerender*', 'static html', 'same for everyone'],
      },
      {
        id: 'server-dynamic',
        concept:
          'dynamic server rendering per request for personalized or fresh data, triggered by reading cookies, headers or search params',
        phrasings: [
          'per request',
          'dynamic render*',
          'read* cookies',
          'request headers',
          'personaliz*',
          'ssr',
        ],
      },
      {
        id: 'isr',
        concept:
          'incremental static regeneration or time-based revalidation for content that changes occasionally',
        phrasings: ['incremental static', 'isr', 'revalidat*', 'stale while'],
      },
      {
        id: 'client',
        concept: 'client rendering for highly interactive parts, with use client components',
        phrasings: [
          'use client',
          'client component*',
          'interactiv* part*',
          'browser side',
          'usestate',
          'csr',
        ],
      },
      {
        id: 'app-router-default',
        concept:
          'that in the App Router, routes are prerendered statically by default unless they use dynamic APIs such as cookies, headers or search params or opt out of caching, and these defaults have changed between versions',
        phrasings: [
          'static by default',
          'default* static',
          'dynamic api*',
          'search params',
          'force dynamic',
          'no store',
        ],
      },
      {
        id: 'choose',
        concept: 'choosing by freshness, personalization and performance',
        phrasings: ['how fresh', 'personaliz*', 'first load performance', 'seo', 'trade off*'],
      },
    ],
    misconceptions: [
      {
        id: 'client-everything',
        claim: 'rendering everything on the client is best for performance',
        phrasings: ['client render* best', 'everything on the client', 'csr best'],
        correction:
          'Client-only rendering delays content until JavaScript loads and runs; render on the server or at build time where you can, and keep client code for interactivity.',
      },
    ],
  },
  'stack.nextjs.2': {
    keyPoints: [
      {
        id: 'server-only',
        concept: 'that server components run only on the server, by default in the App Router',
        phrasings: [
          'only on the server',
          'never in the browser',
          'default in app router',
          'server side only',
        ],
      },
      {
        id: 'can-do',
        concept:
          'that server components can read data directly, such as the database or secrets, and are async',
        phrasings: [
          'query the database',
          'read secret*',
          'async component*',
          'await data',
          'fetch data directly',
          'directly access*',
        ],
      },
      {
        id: 'no-js',
        concept: 'that server components add no JavaScript for themselves to the client bundle',
        phrasings: [
          'bundle size',
          'zero javascript',
          'less javascript',
          'no javascript',
          'never ship*',
          'not shipped',
        ],
      },
      {
        id: 'cannot',
        concept: 'that server components cannot use state, effects, event handlers or browser APIs',
        phrasings: [
          'cannot use state',
          'no state',
          'no hooks',
          'no event handler*',
          'cannot use hook*',
          'not interactive',
          'not use state',
          'not use hook*',
          'not use effect*',
        ],
      },
      {
        id: 'boundary',
        concept:
          'the use client boundary, props to client components must be serializable, and client components can receive server components as children',
        phrasings: [
          'use client',
          'serializ*',
          'pass* as children',
          'client boundary',
          'serializable props',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'server-comp-ssr',
        claim: 'server components are just server side rendering',
        phrasings: ['same as ssr', 'just server side rendering', 'server rendering renamed'],
        correction:
          'SSR renders client components to HTML and then hydrates them; server components never hydrate and ship no code, and both are used together.',
      },
      {
        id: 'client-not-ssr',
        claim: 'client components only render in the browser',
        phrasings: ['client components only browser', 'client components skip server'],
        correction:
          'Client components are also rendered to HTML on the server for the first load, then hydrated in the browser.',
      },
    ],
  },
  'stack.nextjs.3': {
    keyPoints: [
      {
        id: 'fetch-cache',
        concept: 'the fetch cache options: cache force cache or no store, and revalidate times',
        phrasings: ['force cache', 'no store', 'revalidate option', 'cache option*'],
      },
      {
        id: 'time-revalidation',
        concept: 'time-based revalidation, where stale content is served while it regenerates',
        phrasings: [
          'time based',
          'stale while revalidat*',
          'revalidate every',
          'regenerat* in the background',
        ],
      },
      {
        id: 'on-demand',
        concept: 'on-demand revalidation with revalidatePath or revalidateTag after a mutation',
        phrasings: [
          'revalidatepath',
          'revalidate path',
          'revalidatetag',
          'revalidate tag',
          'on demand',
          'after a mutation',
        ],
      },
      {
        id: 'layers',
        concept:
          'the layers: request memoization, the data cache, the full route cache and the client router cache',
        phrasings: [
          'request memoiz*',
          'fetch cache layer',
          'full route cache',
          'router cache',
          'cache layer*',
        ],
      },
      {
        id: 'versions',
        concept:
          'that defaults changed: Next.js 15 stopped caching fetch by default, and newer versions add the use cache directive',
        phrasings: ['next 15', 'version 15', 'use cache', 'default* changed', 'opt in'],
      },
      {
        id: 'debugging',
        concept:
          'checking what is cached with build output and logs, and disabling caching for personalized data',
        phrasings: [
          'build output',
          'cache log*',
          'personaliz* data',
          'user specific',
          'force dynamic',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'always-cached',
        claim: 'fetch in Next.js is always cached',
        phrasings: ['fetch always cached', 'always cached by default'],
        correction:
          'Fetch caching defaults have changed between versions; since Next.js 15 fetch is not cached unless you opt in, so set the cache behavior explicitly.',
      },
    ],
  },
  'stack.nextjs.4': {
    keyPoints: [
      {
        id: 'measure',
        concept: 'measuring load time with Core Web Vitals and bundle analysis',
        phrasings: ['core web vitals', 'lcp', 'inp', 'cls', 'bundle analyz*', 'lighthouse'],
      },
      {
        id: 'less-js',
        concept:
          'shipping less JavaScript: server components by default, and small client boundaries',
        phrasings: [
          'server component*',
          'less javascript',
          'small client boundar*',
          'use client',
          'bundle size',
        ],
      },
      {
        id: 'splitting',
        concept: 'code splitting and lazy loading of heavy components and libraries',
        phrasings: ['dynamic import*', 'lazy load*', 'code split*', 'next dynamic'],
      },
      {
        id: 'assets',
        concept: 'built-in image and font optimization, and third party scripts loaded carefully',
        phrasings: [
          'next image',
          'image optimiz*',
          'next font',
          'font optimiz*',
          'script component',
          'third party script*',
        ],
      },
      {
        id: 'caching-streaming',
        concept: 'static rendering and caching where possible, and streaming with Suspense',
        phrasings: ['static render*', 'cache* data', 'streaming', 'suspense', 'revalidat*'],
      },
      {
        id: 'build-time',
        concept:
          'build time: Turbopack, caching builds in CI, monorepo tools and fewer pages built statically at build',
        phrasings: [
          'turbopack',
          'build cache',
          'turborepo',
          'monorepo',
          'ci cache',
          'generatestaticparams',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'bundle-size-irrelevant',
        claim: 'bundle size does not matter much with fast networks',
        phrasings: ['bundle size irrelevant', 'bundle size unimportant'],
        correction:
          'JavaScript costs parse and execution time on slower devices, not only download; it directly affects interactivity.',
      },
    ],
  },
  'stack.nextjs.5': {
    keyPoints: [
      {
        id: 'rendering',
        concept:
          'server rendering and static generation out of the box, which improve first load and SEO',
        phrasings: ['server render*', 'static generation', 'seo', 'first load', 'ssr'],
      },
      {
        id: 'routing',
        concept: 'file-system routing, layouts and nested routes',
        phrasings: [
          'file system rout*',
          'file based rout*',
          'layout*',
          'nested route*',
          'app router',
        ],
      },
      {
        id: 'server-code',
        concept:
          'server code in the same project: route handlers, server actions and server components',
        phrasings: [
          'route handler*',
          'api route*',
          'server action*',
          'server component*',
          'backend in the same',
        ],
      },
      {
        id: 'optimizations',
        concept: 'built-in optimizations: images, fonts, code splitting and prefetching',
        phrasings: ['image optimiz*', 'font optimiz*', 'code split*', 'prefetch*'],
      },
      {
        id: 'tradeoffs',
        concept: 'the costs: a server to run and pay for, framework coupling and more complexity',
        phrasings: ['server to run', 'hosting cost*', 'lock in', 'more complex*', 'coupling'],
      },
    ],
    misconceptions: [
      {
        id: 'nextjs-backend-replacement',
        claim: 'Next.js replaces the need for any backend',
        phrasings: ['replaces the backend', 'no backend needed', 'full backend replacement'],
        correction:
          "Route handlers and server actions suit a web app's own needs, but heavy background work, queues and shared APIs often still belong in dedicated services.",
      },
    ],
  },
  'stack.graphql.1': {
    keyPoints: [
      {
        id: 'exact-data',
        concept:
          'that clients ask for exactly the fields they need, avoiding over fetching and under fetching',
        phrasings: [
          'over fetch*',
          'under fetch*',
          'overfetch*',
          'underfetch*',
          'exact fields',
          'only the fields',
        ],
      },
      {
        id: 'one-request',
        concept: 'that one request can gather related data that would take several REST calls',
        phrasings: [
          'single request',
          'one request',
          'one round trip',
          'multiple endpoints',
          'round trip*',
        ],
      },
      {
        id: 'schema-types',
        concept: 'a typed schema as the contract, enabling introspection and generated types',
        phrasings: [
          'typed schema',
          'strongly typed',
          'schema as the contract',
          'introspection',
          'codegen',
        ],
      },
      {
        id: 'evolve',
        concept: 'evolving without versions by adding fields and deprecating old ones',
        phrasings: ['deprecat*', 'add fields', 'without version*'],
      },
      {
        id: 'new-problems',
        concept:
          'new problems: caching is harder than HTTP caching, N plus one queries, expensive queries and authorization per field',
        phrasings: [
          'http cach*',
          'n plus one',
          'n 1',
          'query complexity',
          'expensive quer*',
          'per field',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'graphql-db',
        claim: 'GraphQL is a database query language',
        phrasings: ['database query language', 'queries the database directly', 'graphql database'],
        correction:
          'GraphQL is an API query language; resolvers fetch data from whatever sources you choose, such as databases or other services.',
      },
    ],
  },
  'stack.graphql.2': {
    keyPoints: [
      {
        id: 'one-endpoint',
        concept: 'a single endpoint and one round trip instead of several',
        phrasings: ['single endpoint', 'one round trip', 'single request', 'one request instead'],
      },
      {
        id: 'shape',
        concept: 'that the client describes the shape of the response, and the response mirrors it',
        phrasings: ['same shape', 'mirror*', 'nested field*', 'exact field*', 'only what it needs'],
      },
      {
        id: 'typed',
        concept: 'typed schema and tooling: autocompletion, validation and generated client types',
        phrasings: ['typed schema', 'type safe', 'autocomplet*', 'codegen', 'introspect*'],
      },
      {
        id: 'client-libs',
        concept: 'client libraries such as Apollo or Relay with normalized caches',
        phrasings: ['apollo', 'relay', 'urql', 'normalized cache', 'client cache'],
      },
      {
        id: 'errors-caching',
        concept:
          'differences: errors can be partial in a successful response, and HTTP caching is harder with POST requests',
        phrasings: ['partial data', 'errors array', 'status 200', 'http cach*', 'post request*'],
      },
    ],
    misconceptions: [
      {
        id: 'always-faster',
        claim: 'GraphQL is always faster than REST',
        phrasings: ['always faster', 'graphql faster than rest'],
        correction:
          'One request saves round trips, but a heavy query can be slower than a few cached REST calls; speed depends on resolvers and caching.',
      },
    ],
  },
  'stack.graphql.3': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'N plus one: resolving a list runs one query for the list and then one more per item for a nested field',
        phrasings: [
          'one query per item',
          'per item',
          'for each item',
          'extra quer*',
          'nested field*',
          'one per',
        ],
      },
      {
        id: 'dataloader',
        concept:
          'batching with DataLoader, collecting keys in one tick and loading them in one query',
        phrasings: [
          'dataloader',
          'data loader',
          'batch* the key*',
          'where id in',
          'in clause',
          'single query for all',
        ],
      },
      {
        id: 'per-request-cache',
        concept: 'DataLoader instances per request, which also cache within that request',
        phrasings: ['loader per request', 'request scoped', 'dedup*', 'memoiz*'],
      },
      {
        id: 'joins-lookahead',
        concept: 'alternatives: joins using query lookahead, or precomputed views',
        phrasings: ['lookahead', 'look ahead', 'sql join*', 'prefetch*', 'eager load*'],
      },
      {
        id: 'detect',
        concept: 'detecting it through query logs, tracing and query counts in tests',
        phrasings: ['tracing', 'query count*', 'query log*', 'apm', 'count* queries'],
      },
    ],
    misconceptions: [
      {
        id: 'dataloader-global',
        claim: 'one global DataLoader shared by all requests is best',
        phrasings: [
          'global dataloader',
          'share* dataloader across requests',
          'single dataloader for all',
        ],
        correction:
          'A shared loader caches results across users and requests, so it can serve stale data or skip per-user authorization, and it grows without bound; create loaders per request.',
      },
    ],
  },
  'stack.graphql.4': {
    keyPoints: [
      {
        id: 'authn-context',
        concept: 'authenticating once per request and putting the user in the context',
        phrasings: [
          'user in the context',
          'context object',
          'authenticat* once',
          'per request',
          'current user',
        ],
      },
      {
        id: 'business-layer',
        concept:
          'authorizing in the business or data layer that resolvers call, so every path is checked',
        phrasings: [
          'business layer',
          'data layer',
          'service layer',
          'domain layer',
          'single source',
        ],
      },
      {
        id: 'field-level',
        concept:
          'field and object level checks, such as directives or per-resolver checks for sensitive fields',
        phrasings: ['field level', 'object level', 'directive*', 'sensitive field*', 'per field'],
      },
      {
        id: 'nested-paths',
        concept:
          'that every path to an object must enforce the same rule, since nested queries reach data from many directions',
        phrasings: ['nested quer*', 'every path', 'traversal', 'relationship*', 'reach* the same'],
      },
      {
        id: 'introspection-limits',
        concept:
          'disabling introspection in production for private APIs, persisted queries, and rate limits',
        phrasings: ['introspection', 'persisted quer*', 'allow list*', 'rate limit*'],
      },
    ],
    misconceptions: [
      {
        id: 'gateway-only',
        claim: 'checking permissions only at the gateway or on the top level query is enough',
        phrasings: ['top level only', 'gateway enough', 'only at the entry'],
        correction:
          'Nested fields reach objects from many directions; authorize where the data is loaded so every path is checked.',
      },
    ],
  },
  'stack.graphql.5': {
    keyPoints: [
      {
        id: 'additive',
        concept: 'additive changes: new fields, types and optional arguments are safe',
        phrasings: ['additive', 'add* new field*', 'optional argument*', 'non breaking'],
      },
      {
        id: 'deprecate',
        concept:
          'deprecating fields with the deprecated directive and a reason, then removing after usage stops',
        phrasings: ['deprecat*', 'deprecated directive', 'with a reason', 'sunset'],
      },
      {
        id: 'usage-tracking',
        concept: 'tracking field usage per client to know when removal is safe',
        phrasings: [
          'field usage',
          'client id',
          'per client',
          'usage analytics',
          'schema registry',
          'track* usage',
        ],
      },
      {
        id: 'breaking-checks',
        concept: 'schema checks in CI that compare against real traffic to flag breaking changes',
        phrasings: [
          'schema check*',
          'check* in ci',
          'breaking change*',
          'graphql inspector',
          'rover',
        ],
      },
      {
        id: 'nullability',
        concept:
          'care with nullability: making a field non-null in arguments or nullable in outputs breaks clients',
        phrasings: ['nullab*', 'non null', 'required argument*', 'nullable'],
      },
    ],
    misconceptions: [
      {
        id: 'version-urls',
        claim: 'GraphQL APIs should be versioned like REST with v1 and v2 endpoints',
        phrasings: ['v1 and v2', 'version the endpoint', 'versioned url*'],
        correction:
          'GraphQL is built to evolve one schema: add fields, deprecate old ones, and remove them once usage drops.',
      },
    ],
  },
  'stack.graphql.6': {
    keyPoints: [
      {
        id: 'depth-limit',
        concept: 'limiting query depth and breadth',
        phrasings: ['depth limit*', 'max depth', 'query depth', 'nesting'],
      },
      {
        id: 'cost-analysis',
        concept: 'query cost or complexity analysis with a budget per query and per client',
        phrasings: [
          'complexity analysis',
          'query complexity',
          'cost analysis',
          'query cost',
          'budget per',
        ],
      },
      {
        id: 'pagination',
        concept: 'requiring pagination with maximum page sizes',
        phrasings: ['paginat*', 'page size', 'first argument', 'max limit'],
      },
      {
        id: 'persisted',
        concept: 'persisted queries or an allow list of known operations',
        phrasings: ['persisted quer*', 'allow list*', 'whitelist', 'trusted document*'],
      },
      {
        id: 'timeouts-rate',
        concept: 'timeouts, rate limiting by cost, and disabling introspection where appropriate',
        phrasings: ['query timeout*', 'rate limit*', 'introspection', 'throttl*'],
      },
    ],
    misconceptions: [
      {
        id: 'rate-limit-requests',
        claim: 'rate limiting requests per minute is enough',
        phrasings: ['request rate limit enough', 'requests per minute enough'],
        correction:
          'One GraphQL request can cost a thousand times another, so limit by computed cost, depth and page size, not only by request count.',
      },
    ],
  },
};
