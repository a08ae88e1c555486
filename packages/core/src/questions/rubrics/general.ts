import type { RubricTable } from '../rubric';

/** Rubrics for the general technical (`tech.*`), problem-solving (`solve.*`) and topic (`topic.*`) templates. */
export const GENERAL_RUBRICS: RubricTable = {
  'tech.1': {
    keyPoints: [
      {
        id: 'dns',
        concept:
          'how the name is turned into an IP address: a DNS lookup, with caches along the way',
        phrasings: [
          'dns lookup',
          'dns resolv*',
          'domain name system',
          'name to an ip',
          'ip address of',
          'resolv* the domain',
        ],
      },
      {
        id: 'connection',
        concept: 'opening a connection: the TCP handshake and the TLS handshake for HTTPS',
        phrasings: [
          'tcp handshake',
          'tls handshake',
          'three way handshake',
          'tcp connection',
          'https connection',
          'open* a connection',
        ],
      },
      {
        id: 'http-request',
        concept: 'the HTTP request and the server response with a status code and the HTML',
        phrasings: [
          'http request',
          'get request',
          'status code',
          'server respond* with',
          'server return* the html',
          'sends back the html',
        ],
      },
      {
        id: 'rendering',
        concept:
          'how the browser renders: parsing HTML into the DOM and CSS into styles, fetching sub-resources, layout and paint',
        phrasings: [
          'dom tree',
          'pars* html',
          'layout and paint',
          'render tree',
          'builds the dom',
          'css object model',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'dns-every-time',
        claim: 'the browser asks a DNS server for the address on every request',
        phrasings: ['dns lookup every request', 'dns on every request', 'dns every time'],
        correction:
          'DNS answers are cached by the browser, the operating system and resolvers for their time to live, so most requests skip the lookup.',
      },
    ],
  },
  'tech.2': {
    keyPoints: [
      {
        id: 'memory-isolation',
        concept:
          'that processes have separate memory spaces while threads of one process share its memory',
        phrasings: [
          'own memory',
          'separate memory',
          'share* the same memory',
          'shared memory',
          'address space',
          'memory isolat*',
        ],
      },
      {
        id: 'cost',
        concept:
          'the cost difference: threads are lighter to create and switch between than processes',
        phrasings: [
          'lighter to create',
          'lightweight',
          'cheaper to create',
          'less overhead',
          'context switch*',
          'cheaper to switch',
        ],
      },
      {
        id: 'sync-risk',
        concept: 'that shared memory needs synchronization (locks) to avoid race conditions',
        phrasings: [
          'race condition*',
          'lock* shared',
          'mutex',
          'synchroniz* access',
          'thread safe',
          'need* lock*',
        ],
      },
      {
        id: 'choice',
        concept:
          'when to pick each: processes for isolation and fault containment, threads for cheap parallel work on shared data',
        phrasings: [
          'crash* other',
          'fault isolat*',
          'crash* whole',
          'isolation for secur*',
          'browser tab*',
          'each tab',
          'take* down the',
          'cpu bound work',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'threads-always-faster',
        claim: 'using more threads always makes a program faster',
        phrasings: [
          'more threads always faster',
          'threads always faster',
          'always faster with threads',
        ],
        correction:
          'Threads beyond the number of cores, or threads contending for one lock, add switching and contention; speedups stop at the serial part of the work.',
      },
    ],
  },
  'tech.3': {
    keyPoints: [
      {
        id: 'hash-to-bucket',
        concept: 'how a hash function turns the key into an index into an array of buckets',
        phrasings: [
          'hash function',
          'bucket index',
          'array index',
          'modulo',
          'hash code',
          'into a bucket',
          'maps the key',
        ],
      },
      {
        id: 'constant-time',
        concept: 'that lookups, inserts and deletes are constant time on average',
        phrasings: ['constant time', 'o 1', 'o of 1', 'o of one', 'average case'],
      },
      {
        id: 'collision-handling',
        concept:
          'how collisions are resolved: chaining in a list per bucket, or open addressing such as linear probing',
        phrasings: [
          'chaining',
          'linked list',
          'open addressing',
          'linear probing',
          'quadratic probing',
          'next free slot',
          'next empty slot',
        ],
      },
      {
        id: 'load-factor',
        concept:
          'what happens when the table fills up: the load factor and resizing with rehashing',
        phrasings: ['load factor', 'resiz*', 'rehash*', 'grow* table', 'double* size'],
      },
    ],
    misconceptions: [
      {
        id: 'n-log-n',
        claim: 'a hash table lookup takes O(n log n) time',
        phrasings: ['lookup n log n', 'hash n log n', 'lookup takes log n'],
        correction:
          'A hash lookup is O(1) on average; it degrades towards O(n) only when many keys land in the same bucket.',
      },
      {
        id: 'collision-overwrites',
        claim: 'when two keys collide, the new value overwrites the old one',
        phrasings: [
          'collision overwrit*',
          'old value lost',
          'collision replac* value',
          'collide overwrit*',
          'keys collide overwrit*',
        ],
        correction:
          'A collision means two different keys share a bucket; both are kept (chained or probed), and only the same key overwrites its value.',
      },
      {
        id: 'sorted',
        claim: 'a hash table keeps its keys in sorted order',
        phrasings: [
          'keep* keys sorted',
          'keys stored sorted order',
          'iterat* keys sorted',
          'table sorts keys',
          'hash table sorts',
        ],
        correction:
          'Hash tables have no useful key order; use a balanced tree or a sorted structure when you need ordering.',
      },
    ],
  },
  'tech.4': {
    keyPoints: [
      {
        id: 'growth-rate',
        concept:
          'that Big O describes how running time or memory grows as the input grows, ignoring constants',
        phrasings: [
          'grow* as the input',
          'input size',
          'upper bound',
          'worst case',
          'ignor* constant*',
        ],
      },
      {
        id: 'quadratic-example',
        concept:
          'a concrete quadratic pattern, such as a nested loop comparing every pair of items',
        phrasings: [
          'nested loop',
          'every pair',
          'loop inside loop',
          'n squared',
          'two loops',
          'o of n squared',
          'compares every',
        ],
      },
      {
        id: 'linear-fix',
        concept:
          'how to make it linear, for example with a hash set or map giving one pass over the data',
        phrasings: [
          'hash set',
          'hash map',
          'dictionary',
          'single pass',
          'one pass',
          'seen before',
          'set of',
          'seen so far',
          'walk* once',
          'loop once',
          'lookup table',
        ],
      },
      {
        id: 'trade-off',
        concept: 'the trade-off of the faster version, typically using extra memory to save time',
        phrasings: ['extra memory', 'more memory', 'extra space', 'space trade*', 'memory trade*'],
      },
    ],
    misconceptions: [
      {
        id: 'exact-time',
        claim: 'Big O gives the exact running time in seconds',
        phrasings: ['gives exact running time', 'tells exact time', 'exact number seconds'],
        correction:
          'Big O describes growth rate, not exact time; an O(n) algorithm can be slower than an O(n squared) one on small inputs because constants are ignored.',
      },
    ],
  },
  'tech.5': {
    keyPoints: [
      {
        id: 'reproduce',
        concept: 'first reproducing the problem reliably with a small failing case',
        phrasings: [
          'reproduc*',
          'failing test',
          'minimal example',
          'smallest input',
          'repro',
          'reproduc* reliabl*',
        ],
      },
      {
        id: 'expected-vs-actual',
        concept: 'pinning down the expected versus the actual output and checking assumptions',
        phrasings: [
          'expected output',
          'expected value',
          'check* assumption*',
          'compare* actual',
          'expected versus actual',
          'what it should return',
        ],
      },
      {
        id: 'narrow-down',
        concept:
          'narrowing down where it goes wrong: logging or a debugger, inspecting intermediate values, bisecting',
        phrasings: [
          'debugger',
          'breakpoint*',
          'log* statement*',
          'print* intermediate',
          'bisect*',
          'step through',
          'divide and conquer',
        ],
      },
      {
        id: 'fix-and-guard',
        concept: 'fixing the root cause and adding a test so the bug cannot come back',
        phrasings: ['root cause', 'regression test', 'add* test', 'write* test', 'come back'],
      },
    ],
    misconceptions: [
      {
        id: 'random-changes',
        claim: 'trying random changes until the output looks right is a good strategy',
        phrasings: ['random changes until', 'change things until', 'keep changing until'],
        correction:
          'Random changes can hide the symptom without fixing the cause; form a hypothesis, test it, and change one thing at a time.',
      },
    ],
  },
  'tech.6': {
    keyPoints: [
      {
        id: 'fast-isolated',
        concept:
          'that a good unit test is fast, isolated and deterministic, giving the same result on every run',
        phrasings: [
          'run* fast',
          'isolat* from',
          'deterministic',
          'independent of other',
          'repeatable',
          'no flak*',
        ],
      },
      {
        id: 'behavior',
        concept:
          'testing observable behavior through the public interface rather than implementation details',
        phrasings: [
          'observable behavio*',
          'public interface',
          'implementation detail*',
          'survive* refactor*',
          'input and output',
          'test* behavio*',
        ],
      },
      {
        id: 'clear-failure',
        concept:
          'one clear reason to fail, a descriptive name and a clear arrange-act-assert structure',
        phrasings: [
          'descriptive name',
          'arrange act assert',
          'one reason to fail',
          'clear name',
          'given when then',
          'one assert*',
        ],
      },
      {
        id: 'what-to-test',
        concept: 'choosing cases by risk: the main path, edge cases, boundaries and error handling',
        phrasings: [
          'edge case*',
          'boundar* value*',
          'happy path',
          'error case*',
          'empty input',
          'invalid input',
          'riskiest',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'full-coverage',
        claim: 'one hundred percent code coverage means the code is well tested',
        phrasings: [
          'hundred percent coverage means',
          '100 coverage means',
          'full coverage means',
          'coverage proves',
        ],
        correction:
          'Coverage only shows which lines ran, not whether the assertions check the right things; high coverage with weak assertions still misses bugs.',
      },
    ],
  },
  'tech.7': {
    keyPoints: [
      {
        id: 'memory-layout',
        concept:
          'the memory layout: an array is one contiguous block, a linked list is nodes joined by pointers',
        phrasings: [
          'contiguous',
          'next to each other',
          'point* to the next',
          'pointer to the next',
          'next reference',
          'block of memory',
          'scattered in memory',
        ],
      },
      {
        id: 'index-access',
        concept:
          'that an array gives constant-time access by index while a list must be walked from the head',
        phrasings: [
          'constant time access',
          'o 1',
          'random access',
          'traverse from',
          'walk* from',
          'o n to find',
          'from the head',
        ],
      },
      {
        id: 'insert-delete',
        concept:
          'that inserting or removing in the middle is cheap in a list once you hold the node, but shifts elements in an array',
        phrasings: [
          'shift* element*',
          'insert* in the middle',
          'remov* from the middle',
          'move element*',
          'no shifting',
        ],
      },
      {
        id: 'cache-and-choice',
        concept:
          'concrete cases for each, and that arrays are usually faster in practice thanks to CPU cache locality',
        phrasings: [
          'cache locality',
          'locality',
          'cpu cache',
          'cache friendly',
          'implement* a queue',
          'undo',
          'lookup by position',
          'playlist',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'list-insert-always-o1',
        claim: 'inserting into a linked list is always constant time',
        phrasings: [
          'insert always constant time',
          'insertion always o 1',
          'always constant time insert*',
        ],
        correction:
          'Insertion is constant time only once you hold the node; finding the position first is a linear walk.',
      },
    ],
  },
  'tech.8': {
    keyPoints: [
      {
        id: 'history',
        concept:
          'what version control gives you: a history of changes, who changed what and why, and the ability to go back',
        phrasings: [
          'history of change*',
          'revert*',
          'roll back',
          'go back to',
          'who changed',
          'why it changed',
        ],
      },
      {
        id: 'branches',
        concept:
          'working on a branch per feature or fix so that main stays working while work is in progress',
        phrasings: [
          'feature branch',
          'main branch',
          'isolat* work',
          'branch off',
          'own branch',
          'branch per',
        ],
      },
      {
        id: 'review',
        concept:
          'what a pull request is for: review by a teammate and automated checks before merging',
        phrasings: ['code review*', 'ci run*', 'automated test*', 'approv*', 'checks pass'],
      },
      {
        id: 'merge-conflicts',
        concept: 'keeping branches small and up to date and resolving merge conflicts',
        phrasings: [
          'merge conflict*',
          'resolv* conflict*',
          'rebas*',
          'small pull request*',
          'up to date',
          'pull latest',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'commit-main-directly',
        claim: 'small teams can skip branches and commit straight to main without review',
        phrasings: ['commit straight to main', 'push directly to main', 'skip pull request*'],
        correction:
          'Even trunk-based teams keep main releasable with short-lived branches or pair review and automated checks; unreviewed pushes break main for everyone.',
      },
    ],
  },
  'tech.9': {
    keyPoints: [
      {
        id: 'self-call',
        concept:
          'that a recursive function solves a problem by calling itself on a smaller version of the same problem',
        phrasings: [
          'calls itself',
          'call itself',
          'smaller version',
          'smaller problem',
          'subproblem*',
          'same function',
        ],
      },
      {
        id: 'base-case',
        concept: 'the base case that stops the recursion',
        phrasings: [
          'base case',
          'stopping condition',
          'stop condition',
          'terminat*',
          'when to stop',
        ],
      },
      {
        id: 'stack-overflow',
        concept:
          'what can go wrong: missing base case or too deep recursion causing a stack overflow',
        phrasings: [
          'stack overflow',
          'call stack',
          'infinite recursion',
          'too deep',
          'recursion depth',
          'never ends',
        ],
      },
      {
        id: 'repeated-work',
        concept:
          'repeated work in naive recursion and fixes like memoization or an iterative version',
        phrasings: [
          'memoiz*',
          'repeated work',
          'same value* again',
          'iterative version',
          'loop instead',
          'exponential',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'always-faster',
        claim: 'a recursive solution is always faster than a loop',
        phrasings: [
          'recursion always faster',
          'recursive always faster',
          'recursion faster than loop*',
        ],
        correction:
          'Recursion is usually no faster than the equivalent loop and adds call overhead and stack use; choose it for clarity on naturally recursive problems such as trees.',
      },
    ],
  },
  'tech.10': {
    keyPoints: [
      {
        id: 'data-model',
        concept:
          'the data model: a task with an id, title, done flag and perhaps a due date and owner',
        phrasings: [
          'title and',
          'done flag',
          'completed flag',
          'due date',
          'task id',
          'unique id',
          'boolean',
        ],
      },
      {
        id: 'storage',
        concept:
          'where the data lives: a database on a server, or local storage for a single-device version',
        phrasings: [
          'store* in a database',
          'local storage',
          'sql table',
          'tasks table',
          'persist*',
          'saved to',
        ],
      },
      {
        id: 'api',
        concept:
          'how the interface talks to it: create, read, update and delete calls over an HTTP API',
        phrasings: [
          'crud',
          'rest api',
          'endpoint*',
          'post request',
          'http api',
          'create read update delete',
        ],
      },
      {
        id: 'edge-cases',
        concept:
          'practical concerns such as validation, handling failed saves and users seeing only their own items',
        phrasings: [
          'validat* input',
          'save fail*',
          'failed save*',
          'offline',
          'log in',
          'user id',
          'own tasks',
          'only their own',
        ],
      },
    ],
    misconceptions: [],
  },
  'tech.11': {
    keyPoints: [
      {
        id: 'lifo',
        concept: 'that a stack is last in, first out: push and pop at the same end',
        phrasings: ['last in first out', 'lifo', 'push and pop', 'top of the stack', 'last added'],
      },
      {
        id: 'fifo',
        concept: 'that a queue is first in, first out: add at the back, remove from the front',
        phrasings: [
          'first in first out',
          'fifo',
          'enqueue',
          'dequeue',
          'front and back',
          'arrival order',
        ],
      },
      {
        id: 'stack-uses',
        concept:
          'real uses of a stack, such as the call stack, undo history or the browser back button',
        phrasings: [
          'call stack',
          'undo',
          'back button',
          'function call*',
          'parenthes*',
          'depth first',
        ],
      },
      {
        id: 'queue-uses',
        concept:
          'real uses of a queue, such as job or message queues, print queues or the event loop',
        phrasings: [
          'job queue',
          'message queue',
          'task queue',
          'print queue',
          'event loop',
          'breadth first',
          'background job*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'queue-lifo',
        claim: 'a queue removes the most recently added item first',
        phrasings: ['queue is lifo', 'queue removes the newest'],
        correction: 'That is a stack; a queue removes the oldest item first, in arrival order.',
      },
    ],
  },
  'tech.12': {
    keyPoints: [
      {
        id: 'naming',
        concept: 'clear, descriptive names for variables, functions and types',
        phrasings: [
          'naming',
          'descriptive name*',
          'variable name*',
          'function name*',
          'meaningful name*',
          'clear name*',
        ],
      },
      {
        id: 'small-units',
        concept: 'small functions that each do one thing, and simple control flow',
        phrasings: [
          'small function*',
          'single responsibility',
          'short function*',
          'deep nesting',
          'early return',
          'one job',
        ],
      },
      {
        id: 'consistency',
        concept: 'following the team conventions, with a formatter and linter enforcing them',
        phrasings: [
          'team convention*',
          'consisten* style',
          'linter',
          'formatter',
          'style guide',
          'prettier',
        ],
      },
      {
        id: 'why-comments',
        concept:
          'comments and docs that explain why, not what, plus tests that show how it is meant to be used',
        phrasings: ['comment* why', 'explain why', 'tests show', 'readme', 'why not what'],
      },
      {
        id: 'review',
        concept: 'getting code review as the check on whether someone else can follow it',
        phrasings: ['code review', 'someone else read*', 'pair*'],
      },
    ],
    misconceptions: [
      {
        id: 'comment-everything',
        claim: 'readable code means a comment on every line',
        phrasings: ['comment every line', 'every line comment*', 'comment each line'],
        correction:
          'Comments that restate the code go stale and add noise; make the code say what it does and keep comments for the reasons behind it.',
      },
    ],
  },
  'tech.13': {
    keyPoints: [
      {
        id: 'contract',
        concept:
          'that an API is a defined contract one program uses to ask another for data or actions',
        phrasings: [
          'contract between',
          'interface between',
          'another program',
          'other software',
          'two systems',
          'ask another',
        ],
      },
      {
        id: 'request-parts',
        concept:
          'what a request contains: a URL or endpoint, an HTTP method, headers and often a JSON body',
        phrasings: [
          'http method',
          'get or post',
          'request header*',
          'endpoint url',
          'url and method',
          'json body',
          'request body',
        ],
      },
      {
        id: 'response-parts',
        concept: 'what comes back: a status code, headers and a body such as JSON',
        phrasings: [
          'status code',
          '200',
          '404',
          'json response',
          'response body',
          'two hundred',
          'four oh four',
        ],
      },
      {
        id: 'auth-errors',
        concept:
          'authentication with a token or key and handling errors and timeouts on the client',
        phrasings: [
          'api key',
          'bearer token',
          'auth token',
          'authenticat*',
          'authoriz*',
          'timeout*',
          'error handling',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'api-means-rest',
        claim: 'an API is the same thing as a REST endpoint over HTTP',
        phrasings: ['api means rest', 'every api is rest', 'api is a url'],
        correction:
          'An API is any defined interface between programs: libraries, operating system calls, gRPC and message formats are APIs too; HTTP REST is one common style.',
      },
    ],
  },
  'tech.14': {
    keyPoints: [
      {
        id: 'context',
        concept: 'what the project was and what made it technically hard',
        phrasings: ['hard part', 'difficult*', 'tricky', 'complex* because'],
      },
      {
        id: 'own-role',
        concept: 'what you personally built or decided',
        phrasings: ['i wrote', 'i decided', 'i implemented', 'my part', 'i personally', 'my role'],
      },
      {
        id: 'alternatives',
        concept: 'the options you considered for the design decision and why you chose one',
        phrasings: [
          'alternative* considered',
          'instead of',
          'chose because',
          'considered and',
          'trade off*',
        ],
      },
      {
        id: 'outcome',
        concept: 'how the decision played out and what you would do differently now',
        phrasings: ['turned out', 'as a result', 'in hindsight', 'do differently', 'i learned'],
      },
    ],
    misconceptions: [],
  },
  'tech.15': {
    keyPoints: [
      {
        id: 'schema',
        concept:
          'that relational databases enforce a fixed schema while document stores allow flexible, nested documents',
        phrasings: [
          'fixed schema',
          'schema enforce*',
          'flexib* schema',
          'nested document*',
          'json document*',
          'schemaless',
          'schema on read',
        ],
      },
      {
        id: 'joins-relations',
        concept:
          'that relational databases handle joins and many-to-many relationships well, while document stores favor denormalized data read together',
        phrasings: [
          'join* across',
          'foreign key*',
          'normaliz*',
          'denormaliz*',
          'embed*',
          'duplicat* data',
        ],
      },
      {
        id: 'transactions',
        concept: 'transactions and consistency guarantees across many rows or tables',
        phrasings: [
          'transaction* across',
          'acid',
          'consisten* guarantee*',
          'referential integrity',
          'constraint* enforce*',
        ],
      },
      {
        id: 'access-patterns',
        concept:
          'that the choice depends on the access patterns and how the data relates, with scaling as one factor',
        phrasings: [
          'access pattern*',
          'query pattern*',
          'ad hoc quer*',
          'scale horizontal*',
          'shard*',
          'read together',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'sql-cannot-scale',
        claim: 'relational databases cannot scale',
        phrasings: [
          'sql cannot scale',
          'relational cannot scale',
          'relational databases scale poorly',
        ],
        correction:
          'Relational databases scale very far with indexing, replicas and partitioning; document stores make horizontal sharding easier for some access patterns, but scale alone rarely decides it.',
      },
      {
        id: 'nosql-no-transactions',
        claim: 'document databases never support transactions',
        phrasings: ['nosql no transactions', 'document database* no transaction*'],
        correction:
          'Many document databases, MongoDB among them, support multi-document transactions now; the difference is how natural and cheap they are for the data model.',
      },
    ],
  },
  'tech.16': {
    keyPoints: [
      {
        id: 'signals',
        concept:
          'the signals that code needs it: it is hard to change, duplicated, or keeps causing bugs where you need to work',
        phrasings: [
          'duplicat*',
          'hard to change',
          'keeps breaking',
          'keeps causing bug*',
          'hard to understand',
          'touch* often',
          'code smell*',
        ],
      },
      {
        id: 'tests-first',
        concept: 'putting tests around the current behavior first, so you know you preserved it',
        phrasings: [
          'tests first',
          'characterization test*',
          'test coverage',
          'existing tests',
          'safety net',
          'write tests before',
        ],
      },
      {
        id: 'small-steps',
        concept: 'small, behavior-preserving steps, each one committed and verified',
        phrasings: ['small step*', 'incremental*', 'one step at', 'small commit*', 'step by step'],
      },
      {
        id: 'separate',
        concept: 'keeping refactoring separate from behavior changes so each is easy to review',
        phrasings: [
          'separate commit*',
          'separate pull request*',
          'separate from feature*',
          'not mix*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'big-rewrite',
        claim: 'the safest way to refactor is one big rewrite at the end',
        phrasings: ['best rewrite everything once', 'rewrite everything end'],
        correction:
          'Large rewrites in one go are where behavior silently changes; small verified steps keep the system working throughout.',
      },
    ],
  },
  'tech.17': {
    keyPoints: [
      {
        id: 'layers',
        concept:
          'the layers: browser cache, CDN, application or in-memory cache such as Redis, and the database’s own cache',
        phrasings: [
          'cdn',
          'browser cache',
          'redis',
          'memcached',
          'in memory cache',
          'edge cache*',
          'cache control',
        ],
      },
      {
        id: 'invalidation-strategies',
        concept:
          'invalidation strategies: time to live, explicit eviction on write, or versioned keys',
        phrasings: [
          'ttl',
          'time to live',
          'expir* after',
          'evict* on write',
          'versioned key*',
          'purg*',
          'write through',
        ],
      },
      {
        id: 'staleness',
        concept: 'deciding how stale each piece of data may be and what must never be served stale',
        phrasings: [
          'how stale',
          'stale data',
          'fresh*',
          'out of date',
          'outdated',
          'never be stale',
        ],
      },
      {
        id: 'failure-modes',
        concept:
          'failure modes such as a cache stampede when a hot key expires, and caching per-user data publicly',
        phrasings: [
          'stampede',
          'thundering herd',
          'hot key',
          'cold cache',
          'private data',
          'per user data',
          'hit rate',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'always-cache',
        claim: 'adding a cache always makes the application faster and has no downside',
        phrasings: ['cache always faster', 'always add cache', 'caching no downside'],
        correction:
          'A cache adds staleness, memory and invalidation complexity, and a low hit rate can make things slower; cache what is read often and tolerates being briefly out of date.',
      },
    ],
  },
  'tech.18': {
    keyPoints: [
      {
        id: 'algorithms',
        concept:
          'the algorithms: token bucket, leaky bucket, fixed window and sliding window counters',
        phrasings: [
          'token bucket',
          'leaky bucket',
          'fixed window',
          'sliding window',
          'sliding log',
        ],
      },
      {
        id: 'key',
        concept: 'what to limit on: per API key, user or IP address, and per endpoint',
        phrasings: [
          'per user',
          'per ip',
          'per api key',
          'per client',
          'per endpoint',
          'per tenant',
        ],
      },
      {
        id: 'distributed-state',
        concept:
          'sharing counters across many servers, for example in Redis with atomic increments, and the latency that adds',
        phrasings: [
          'redis counter*',
          'atomic increment*',
          'shared counter*',
          'central store',
          'across servers',
          'several servers',
        ],
      },
      {
        id: 'response',
        concept: 'how clients are told: HTTP 429 with Retry-After and rate limit headers',
        phrasings: [
          '429',
          'too many requests',
          'retry after',
          'rate limit header*',
          'backoff',
          'four twenty nine',
        ],
      },
      {
        id: 'trade-offs',
        concept:
          'the trade-offs: bursts at window edges, memory per key, and failing open or closed when the store is down',
        phrasings: [
          'window edge*',
          'burst* at the boundar*',
          'fail open',
          'fail closed',
          'memory per key',
          'approximat*',
          'stores every request',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'fixed-window-exact',
        claim: 'a fixed window counter enforces the limit exactly',
        phrasings: ['fixed window exact*', 'fixed window precise*', 'fixed window perfect*'],
        correction:
          'A fixed window allows up to twice the limit in a short span across a window boundary; sliding windows or a token bucket smooth that out.',
      },
    ],
  },
  'tech.19': {
    keyPoints: [
      {
        id: 'scope',
        concept:
          'first scoping it: when it started, whether it is all requests or some, and what changed then such as a deploy',
        phrasings: [
          'recent deploy*',
          'what changed',
          'when it started',
          'recent change*',
          'percentile*',
        ],
      },
      {
        id: 'observability',
        concept: 'using metrics, traces and logs to see where the time goes',
        phrasings: [
          'distributed trac*',
          'tracing',
          'latency metric*',
          'dashboard*',
          'apm',
          'log* show',
          'span*',
          'profil*',
        ],
      },
      {
        id: 'dependencies',
        concept:
          'checking the usual suspects: slow database queries, a slow dependency, resource saturation',
        phrasings: [
          'slow quer*',
          'query plan',
          'database load',
          'missing index',
          'cpu saturat*',
          'memory pressure',
          'connection pool',
          'downstream',
        ],
      },
      {
        id: 'mitigate-then-fix',
        concept:
          'mitigating first (for example rolling back) and then fixing and verifying the root cause',
        phrasings: [
          'roll* back',
          'mitigat*',
          'root cause',
          'verify* the fix',
          'confirm* the fix',
          'before and after',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'scale-first',
        claim: 'the first step is to add more servers',
        phrasings: ['just add servers', 'just add more servers', 'just scale up'],
        correction:
          'Adding capacity before knowing the cause often does not help, for example when a lock or a slow query is the bottleneck; measure first.',
      },
    ],
  },
  'tech.20': {
    keyPoints: [
      {
        id: 'definitions',
        concept:
          'that concurrency is structuring work as tasks that overlap in time, while parallelism is actually running them at the same instant on several cores',
        phrasings: [
          'multiple cores',
          'several cores',
          'interleav*',
          'overlap* in time',
          'single core',
          'at the same instant',
        ],
      },
      {
        id: 'race',
        concept:
          'what a race condition is: the result depends on the timing of unsynchronized access to shared state',
        phrasings: [
          'shared state',
          'shared data',
          'depends on timing',
          'read modify write',
          'lost update*',
          'order of execution',
        ],
      },
      {
        id: 'fix',
        concept:
          'the fixes: locks, atomic operations, transactions or avoiding shared mutable state',
        phrasings: [
          'lock* around',
          'mutex',
          'atomic*',
          'transaction*',
          'immutab*',
          'compare and swap',
          'optimistic lock*',
        ],
      },
      {
        id: 'example',
        concept: 'a concrete race you found and how you reproduced or confirmed it',
        phrasings: [
          'reproduc*',
          'intermittent*',
          'under load',
          'double charg*',
          'two requests',
          'happened only',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'single-thread-safe',
        claim: 'single-threaded code cannot have race conditions',
        phrasings: [
          'single thread* cannot race',
          'single thread* no race*',
          'javascript cannot race',
        ],
        correction:
          'Single-threaded async code can still race when two tasks interleave around an await, for example two requests reading and writing the same record.',
      },
    ],
  },
  'tech.21': {
    keyPoints: [
      {
        id: 'additive',
        concept:
          'making only additive changes: new optional fields and new endpoints, never removing or changing meaning',
        phrasings: [
          'additive',
          'optional field*',
          'add field*',
          'new field*',
          'backward compatib*',
          'backwards compatib*',
        ],
      },
      {
        id: 'tolerant-clients',
        concept:
          'clients that ignore unknown fields, and servers that keep defaults for missing ones',
        phrasings: [
          'unknown field*',
          'ignore* unknown',
          'default* for missing',
          'tolerant reader',
          'missing field*',
        ],
      },
      {
        id: 'versioning',
        concept:
          'a versioning scheme for the rare breaking change, such as a version in the path or a header',
        phrasings: [
          'version in the path',
          'version* header',
          'v2',
          'url path',
          'major version',
          'new version',
        ],
      },
      {
        id: 'deprecation',
        concept:
          'a deprecation policy: announcing, measuring who still uses the old version, and a sunset date',
        phrasings: [
          'deprecat*',
          'sunset',
          'migration guide',
          'usage metric*',
          'who still uses',
          'notice period',
        ],
      },
      {
        id: 'contract-tests',
        concept:
          'contract tests or a schema such as OpenAPI that catches breaking changes before release',
        phrasings: [
          'contract test*',
          'openapi',
          'schema diff*',
          'breaking change detection',
          'consumer driven',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'rename-safe',
        claim: 'renaming a field is a safe change',
        phrasings: ['renam* field safe', 'renam* fine', 'renam* is safe'],
        correction:
          'Renaming a field breaks every client that reads the old name; add the new field, keep the old one, and deprecate it.',
      },
    ],
  },
  'tech.22': {
    keyPoints: [
      {
        id: 'structure',
        concept:
          'how an index works: a sorted structure such as a B-tree that finds rows without scanning the whole table',
        phrasings: [
          'b tree',
          'btree',
          'sorted structure',
          'full table scan',
          'table scan',
          'logarithmic',
          'without scanning',
          'every row',
        ],
      },
      {
        id: 'write-cost',
        concept: 'what it costs: slower inserts, updates and deletes, and extra storage',
        phrasings: [
          'slower writ*',
          'write* slower',
          'insert* slower',
          'extra storage',
          'disk space',
          'maintain* the index',
          'write overhead',
        ],
      },
      {
        id: 'choose-by-queries',
        concept:
          'choosing indexes from real query patterns: filter, join and sort columns of frequent or slow queries',
        phrasings: [
          'where clause',
          'join column*',
          'order by clause*',
          'sort column*',
          'column* slow quer*',
          'query pattern*',
          'frequent quer*',
          'filter column*',
          'queried often',
          'query a lot',
        ],
      },
      {
        id: 'composite-selectivity',
        concept: 'composite index column order and selectivity, and checking with the query plan',
        phrasings: [
          'composite',
          'column order',
          'leftmost',
          'selectiv*',
          'cardinality',
          'explain analyze',
          'query plan',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'indexes-free',
        claim: 'an index costs nothing beyond a little disk space',
        phrasings: ['no downside', 'no real downside', 'costs nothing', 'only cost is disk'],
        correction:
          'Every index has to be updated on each insert, update and delete, so writes slow down, and it takes memory as well as disk; unused indexes are pure cost.',
      },
      {
        id: 'always-faster',
        claim: 'an index always makes queries faster',
        phrasings: ['index always faster', 'index always speed*', 'indexes always help'],
        correction:
          'Indexes only help queries that can use them; on low-selectivity columns the planner may scan anyway, and every index slows writes.',
      },
      {
        id: 'index-everything',
        claim: 'you should index every column',
        phrasings: [
          'index all columns',
          'index everything',
          'every column indexed',
          'just index every',
          'index every single column',
        ],
        correction:
          'Each index costs write time and storage; add indexes for measured query patterns and remove unused ones.',
      },
    ],
  },
  'tech.23': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'what idempotency means: doing the operation twice has the same effect as doing it once',
        phrasings: [
          'same effect',
          'same result',
          'more than once',
          'twice same',
          'multiple times same',
          'repeat* safe*',
        ],
      },
      {
        id: 'idempotency-key',
        concept:
          'a client-generated idempotency key sent with the request and stored with the outcome',
        phrasings: [
          'idempotency key',
          'unique key per',
          'request id',
          'unique id',
          'client generat*',
          'uuid',
        ],
      },
      {
        id: 'dedupe',
        concept:
          'on a repeat, returning the stored result instead of charging again, enforced with a unique constraint',
        phrasings: [
          'stored result',
          'same response',
          'unique constraint',
          'dedup*',
          'already processed',
          'look* up the key',
        ],
      },
      {
        id: 'in-flight',
        concept:
          'handling a retry that arrives while the first attempt is still in progress, with a lock or a pending state',
        phrasings: [
          'in progress',
          'in flight',
          'concurrent retr*',
          'pending state',
          'lock* the key',
          'second request wait*',
        ],
      },
      {
        id: 'why-retries',
        concept:
          'why it matters: timeouts leave the client unsure whether the first attempt succeeded',
        phrasings: [
          'timeout*',
          'network fail*',
          'charged twice',
          'double charg*',
          'unsure whether',
          'lost response',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'post-idempotent',
        claim: 'POST requests are idempotent',
        phrasings: ['post is idempotent', 'post requests are idempotent', 'posts are idempotent'],
        correction:
          'HTTP defines GET, PUT and DELETE as idempotent but not POST, which is why payment APIs add an idempotency key to POST requests.',
      },
      {
        id: 'exactly-once-network',
        claim: 'a reliable network or queue guarantees each request is delivered exactly once',
        phrasings: [
          'network guarantee* exactly once',
          'exactly once delivery guaranteed',
          'queue guarantee* exactly once',
          'guarantees exactly once delivery',
          'kafka guarantee* exactly once',
        ],
        correction:
          'Networks and queues deliver at most once or at least once; even Kafka’s exactly-once mode covers only reads and writes inside Kafka. An effect such as a charge happens once only if the receiver handles repeats idempotently.',
      },
    ],
  },
  'tech.24': {
    keyPoints: [
      {
        id: 'author-small',
        concept:
          'what you do as the author: small, focused changes with a clear description, and a self-review first',
        phrasings: [
          'small pull request*',
          'small change*',
          'clear description',
          'self review',
          'focused change*',
        ],
      },
      {
        id: 'reviewer-priorities',
        concept:
          'what you check as the reviewer: correctness, design, tests and readability before style nits',
        phrasings: [
          'correctness',
          'edge case*',
          'missing test*',
          'design issue*',
          'readab*',
          'security issue*',
        ],
      },
      {
        id: 'automate-style',
        concept:
          'leaving formatting and style to linters and formatters so review focuses on substance',
        phrasings: ['linter', 'formatter', 'automat* style', 'nit*', 'style argument*'],
      },
      {
        id: 'tone',
        concept:
          'kind, specific comments that explain why and separate blocking issues from suggestions',
        phrasings: [
          'kind comment*',
          'respect*',
          'explain why',
          'suggestion*',
          'blocking',
          'ask question*',
          'tone',
        ],
      },
      {
        id: 'turnaround',
        concept: 'reviewing promptly so the author is not blocked',
        phrasings: [
          'review* prompt*',
          'review* quickly',
          'turnaround',
          'same day',
          'author blocked',
          'waiting on review',
        ],
      },
    ],
    misconceptions: [],
  },
  'tech.25': {
    keyPoints: [
      {
        id: 'api',
        concept:
          'the basic flow: create a short code for a long URL, and redirect from the code with an HTTP 301 or 302',
        phrasings: [
          'redirect*',
          '301',
          '302',
          'long url',
          'original url',
          'three oh one',
          'three oh two',
        ],
      },
      {
        id: 'code-generation',
        concept:
          'how codes are made: base62 encoding of a unique counter or ID, or random codes with a collision check',
        phrasings: [
          'base62',
          'base 62',
          'counter encod*',
          'random code*',
          'collision check*',
          'hash the url',
          'unique id',
          'base sixty two',
        ],
      },
      {
        id: 'storage',
        concept: 'a key-value style table from code to URL, indexed on the code',
        phrasings: [
          'key value',
          'code to url',
          'primary key',
          'lookup by code',
          'index* on the code',
          'mapping table',
        ],
      },
      {
        id: 'read-scale',
        concept:
          'that it is read-heavy, so caching and a CDN in front of the redirects do most of the scaling',
        phrasings: [
          'read heavy',
          'cache redirect*',
          'cach* popular',
          'cdn',
          'redis',
          'replica*',
          'more reads than',
        ],
      },
      {
        id: 'abuse',
        concept:
          'abuse, expiry and analytics: rate limits on creation, malicious link checks and click counting',
        phrasings: [
          'abuse',
          'spam',
          'malicious link*',
          'expir*',
          'analytic*',
          'rate limit*',
          'click count*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'hash-no-collisions',
        claim: 'hashing the URL gives short codes that can never collide',
        phrasings: ['hash never collide*', 'no collisions possible', 'hash is always unique'],
        correction:
          'A short code keeps only a few characters of the hash, so collisions are certain at scale; check for them, or encode a unique counter instead.',
      },
    ],
  },
  'tech.26': {
    keyPoints: [
      {
        id: 'vertical-slices',
        concept:
          'thin vertical slices that each deliver something working end to end, rather than layer by layer',
        phrasings: [
          'vertical slice*',
          'thin slice*',
          'end to end',
          'not layer by layer',
          'walking skeleton',
          'smallest useful',
        ],
      },
      {
        id: 'feature-flags',
        concept:
          'merging incomplete work behind a feature flag so pieces ship without being visible',
        phrasings: ['feature flag*', 'toggle*', 'dark launch*', 'hidden behind', 'behind flag'],
      },
      {
        id: 'dependencies',
        concept:
          'ordering the pieces by dependencies and risk, tackling the riskiest unknowns early',
        phrasings: [
          'depend* on each other',
          'riskiest',
          'risk* first',
          'unknown* first',
          'tackle first',
          'sequenc*',
        ],
      },
      {
        id: 'contracts',
        concept:
          'agreeing interfaces between pieces early so they can be built and tested in parallel',
        phrasings: [
          'agree* interface*',
          'contract*',
          'api first',
          'mock* the other',
          'stub*',
          'in parallel',
        ],
      },
      {
        id: 'done-criteria',
        concept: 'clear acceptance criteria for each piece so everyone knows when it is done',
        phrasings: ['acceptance criteria', 'definition of done', 'done means', 'criteria for each'],
      },
    ],
    misconceptions: [],
  },
  'tech.27': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'that without new writes, all replicas converge to the same value, but reads may briefly be stale',
        phrasings: [
          'replica* converge*',
          'converge*',
          'stale read*',
          'eventually agree',
          'out of date',
          'catch up',
        ],
      },
      {
        id: 'why',
        concept:
          'why systems accept it: higher availability and lower latency, especially across regions or partitions',
        phrasings: [
          'higher availab*',
          'stay* available',
          'lower latency',
          'partition*',
          'cap theorem',
          'across region*',
        ],
      },
      {
        id: 'acceptable',
        concept: 'an acceptable case, such as like counts, feeds or search indexes',
        phrasings: [
          'like count*',
          'likes',
          'news feed',
          'view count*',
          'search index',
          'social feed',
          'comment count*',
        ],
      },
      {
        id: 'unacceptable',
        concept:
          'an unacceptable case, such as account balances, inventory or uniqueness checks where stale reads cause harm',
        phrasings: [
          'account balance*',
          'payment*',
          'inventory',
          'stock count*',
          'bank*',
          'oversell*',
          'overbook*',
          'unique username*',
        ],
      },
      {
        id: 'mitigations',
        concept:
          'mitigations such as read-your-own-writes or routing critical reads to the primary',
        phrasings: [
          'read your own write*',
          'read your writes',
          'read from the primary',
          'strong consistency',
          'quorum',
          'leader read*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'data-loss',
        claim: 'eventual consistency means data can be lost',
        phrasings: [
          'eventual consistency lose* data',
          'eventual consistency data loss',
          'writes get lost',
          'consistency means data lost',
          'data can be lost',
        ],
        correction:
          'Eventual consistency is about when replicas agree, not about losing acknowledged writes; durability is a separate guarantee.',
      },
      {
        id: 'bounded-window',
        claim: 'eventual consistency guarantees that replicas agree within a fixed, tiny window',
        phrasings: [
          'guaranteed within',
          'fixed window',
          'within a few millisecond* guarantee*',
          'behaves like strong consistency',
          'same as strong consistency',
        ],
        correction:
          'Eventual consistency promises only that replicas converge once writes stop; it sets no bound on how long that takes, and lag can grow to seconds or more under load or partitions.',
      },
      {
        id: 'money-is-fine',
        claim: 'eventual consistency is fine for balances, payments or stock counts',
        phrasings: [
          'ideal for bank*',
          'fine for payment*',
          'ideal for payment*',
          'good for balance*',
          'fine for balance*',
          'acceptable for payment*',
        ],
        correction:
          'Money movements, balances and inventory need a single authoritative read-modify-write (or a ledger with checks); stale reads there allow double spending and overselling.',
      },
      {
        id: 'cap-misread',
        claim: 'the CAP trade-off disappears inside one region or data centre',
        phrasings: ['cap only applies', 'trade off disappears', 'all three at once'],
        correction:
          'Partitions happen inside a region too (a switch, a node, a long pause); when one happens a system must still choose between answering and staying consistent.',
      },
    ],
  },
  'tech.28': {
    keyPoints: [
      {
        id: 'queue-decoupling',
        concept: 'decoupling producers from delivery with a queue and per-channel workers',
        phrasings: [
          'message queue*',
          'kafka',
          'worker* per channel',
          'asynchron*',
          'pub sub',
          'topic*',
        ],
      },
      {
        id: 'preferences',
        concept:
          'a preferences service checked before sending: opt-outs, channels, quiet hours and legal consent',
        phrasings: [
          'opt out',
          'unsubscrib*',
          'quiet hours',
          'consent',
          'channel setting*',
          'do not disturb',
        ],
      },
      {
        id: 'providers',
        concept:
          'using providers per channel (email, APNs or FCM for push, an SMS gateway) behind an adapter',
        phrasings: [
          'apns',
          'fcm',
          'firebase cloud messaging',
          'sendgrid',
          'twilio',
          'provider*',
          'smtp',
        ],
      },
      {
        id: 'retries',
        concept:
          'retries with exponential backoff, a dead-letter queue, and deduplication so retries do not double-send',
        phrasings: ['backoff', 'dead letter', 'dedup*', 'idempoten*', 'double send', 'send* twice'],
      },
      {
        id: 'rate-and-priority',
        concept:
          'priorities and rate limits, so urgent messages (like one-time codes) are not stuck behind bulk campaigns',
        phrasings: [
          'priorit* queue*',
          'rate limit*',
          'throttl*',
          'bulk',
          'campaign*',
          'one time code*',
          'password reset',
        ],
      },
      {
        id: 'tracking',
        concept: 'tracking delivery status and failures, with metrics and bounce handling',
        phrasings: [
          'delivery status',
          'bounce*',
          'delivery metric*',
          'track* deliver*',
          'receipt*',
          'monitor* failure*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'send-synchronously',
        claim:
          'sending the notifications directly inside the request that triggers them is fine at this scale',
        phrasings: ['send inside the request', 'send synchronously', 'send from the request'],
        correction:
          'Provider calls are slow and fail; queue the work so the request returns at once and workers retry, rate limit and respect preferences.',
      },
    ],
  },
  'tech.29': {
    keyPoints: [
      {
        id: 'why',
        concept:
          'the reason for migrating and the problem it should solve, such as team autonomy or independent scaling',
        phrasings: [
          'team autonomy',
          'independent* deploy*',
          'deploy* separately',
          'scale independent*',
          'bottleneck',
        ],
      },
      {
        id: 'domain-boundaries',
        concept:
          'drawing boundaries along business domains and data ownership (bounded contexts), not technical layers',
        phrasings: [
          'bounded context*',
          'business domain*',
          'data ownership',
          'own* its data',
          'business capabilit*',
          'ddd',
        ],
      },
      {
        id: 'strangler',
        concept:
          'migrating incrementally with the strangler fig pattern, routing traffic piece by piece',
        phrasings: [
          'strangler',
          'incremental*',
          'one at a time',
          'piece by piece',
          'proxy in front',
          'facade',
        ],
      },
      {
        id: 'coupling-signals',
        concept:
          'using change coupling and call patterns to find seams that change together and should stay together',
        phrasings: ['change together', 'coupl*', 'seam*', 'cohesi*', 'chatty', 'call graph'],
      },
      {
        id: 'platform',
        concept:
          'the platform work needed first: CI/CD, observability and tracing for many services',
        phrasings: [
          'observab*',
          'distributed tracing',
          'ci cd',
          'deploy pipeline*',
          'platform team',
          'monitor* each service',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'big-bang',
        claim: 'the best way is to rewrite the whole monolith as services in one go',
        phrasings: ['rewrite whole monolith once', 'big bang rewrite best'],
        correction:
          'Big-bang rewrites stall and carry huge risk; extract one well-bounded piece at a time while the monolith keeps serving.',
      },
      {
        id: 'shared-db',
        claim: 'services can keep sharing the monolith’s database tables indefinitely',
        phrasings: ['sharing tables fine', 'keep sharing database', 'share database forever'],
        correction:
          'Services that share tables stay coupled through the schema; each service should own its data and expose it through an API or events.',
      },
    ],
  },
  'tech.30': {
    keyPoints: [
      {
        id: 'core-vs-commodity',
        concept:
          'whether it is core to your product’s differentiation or a commodity others do better',
        phrasings: [
          'core business',
          'differentiat*',
          'commodity',
          'competitive advantage',
          'not our core',
          'core to the product',
        ],
      },
      {
        id: 'total-cost',
        concept:
          'the total cost of ownership: building is the small part, maintaining and operating it is the big one',
        phrasings: [
          'total cost',
          'maintenance cost*',
          'maintain* it',
          'ownership cost*',
          'on call',
          'licens*',
        ],
      },
      {
        id: 'vendor-risk',
        concept:
          'vendor and library risk: lock-in, pricing changes, abandonment, security and license terms',
        phrasings: [
          'lock in',
          'vendor lock*',
          'abandon*',
          'actively maintained',
          'community',
          'license term*',
          'vulnerab*',
        ],
      },
      {
        id: 'fit',
        concept:
          'how well it fits the requirements, and isolating it behind your own interface to keep the option to switch',
        phrasings: [
          'fit* the requirement*',
          'requirement* fit*',
          'wrapper',
          'adapter',
          'abstraction',
          'switch later',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'building-free',
        claim: 'building in house is free because the team is already paid',
        phrasings: ['build* free', 'in house free', 'build* costs nothing'],
        correction:
          'Engineering time has an opportunity cost, and in-house software needs maintenance for as long as it lives.',
      },
    ],
  },
  'tech.31': {
    keyPoints: [
      {
        id: 'timeouts',
        concept:
          'timeouts on every call so a slow dependency cannot tie up threads and connections',
        phrasings: [
          'timeout on every call',
          'timeout* on',
          'deadline*',
          'time out after',
          'set a timeout',
        ],
      },
      {
        id: 'retries',
        concept:
          'bounded retries with exponential backoff and jitter, only for safe or idempotent operations',
        phrasings: [
          'retry with backoff',
          'bounded retr*',
          'limit* retr*',
          'backoff',
          'jitter',
          'retr* only idempoten*',
        ],
      },
      {
        id: 'circuit-breaker',
        concept: 'a circuit breaker that fails fast when the dependency is unhealthy',
        phrasings: ['circuit breaker*', 'fail fast', 'trip*', 'half open'],
      },
      {
        id: 'fallback',
        concept: 'graceful degradation: cached or default responses, or turning off the feature',
        phrasings: [
          'fallback*',
          'degrad* graceful*',
          'serve cached',
          'cached response*',
          'default response',
          'stale data',
          'turn off the feature',
        ],
      },
      {
        id: 'isolation',
        concept:
          'bulkheads or separate pools and queues so one dependency cannot exhaust shared resources',
        phrasings: [
          'bulkhead*',
          'separate connection pool*',
          'separate thread pool*',
          'load shed*',
          'isolat* the dependency',
          'separate pool*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'retry-forever',
        claim: 'retrying failed calls immediately and repeatedly makes the system more resilient',
        phrasings: [
          'retry forever',
          'keep retrying immediately',
          'retry until succeed*',
          'infinite retr*',
        ],
        correction:
          'Immediate, unbounded retries multiply load on a struggling dependency and can cause a retry storm; bound them and back off with jitter.',
      },
    ],
  },
  'tech.32': {
    keyPoints: [
      {
        id: 'ack-after',
        concept:
          'acknowledging a job only after it completes, with a visibility timeout or lease so a crashed worker’s job is redelivered',
        phrasings: [
          'acknowledg* after',
          'ack after',
          'visibility timeout',
          'lease',
          'redeliver*',
          'after complet*',
        ],
      },
      {
        id: 'durable',
        concept: 'durable storage of enqueued jobs so they survive restarts',
        phrasings: [
          'durable',
          'persist* to disk',
          'stored in a database',
          'replicat*',
          'survive* restart*',
          'survive* a crash',
          'outbox',
          'same transaction',
        ],
      },
      {
        id: 'idempotent',
        concept:
          'making handlers idempotent, because at-least-once means a job can run more than once',
        phrasings: ['idempoten*', 'run* twice', 'duplicate run*', 'dedup*', 'more than once safe*'],
      },
      {
        id: 'retry-backoff',
        concept: 'retrying failed jobs with exponential backoff and a maximum attempt count',
        phrasings: ['backoff', 'max* attempt*', 'retry limit', 'retry count', 'exponential'],
      },
      {
        id: 'dead-letter',
        concept:
          'a dead-letter queue for jobs that keep failing, with alerts and a way to inspect and replay them',
        phrasings: ['dead letter', 'dlq', 'poison message*', 'replay*', 'inspect* failed'],
      },
    ],
    misconceptions: [
      {
        id: 'exactly-once',
        claim: 'an at-least-once queue guarantees each job runs exactly once',
        phrasings: ['runs exactly once', 'guarantee* exactly once', 'exactly once guarantee*'],
        correction:
          'At-least-once delivery allows duplicates by design; exactly-once effects need idempotent handlers or deduplication.',
      },
    ],
  },
  'tech.33': {
    keyPoints: [
      {
        id: 'problem-goals',
        concept: 'a clear problem statement, goals and explicit non-goals',
        phrasings: ['problem statement', 'non goals', 'motivation', 'why we'],
      },
      {
        id: 'alternatives',
        concept: 'alternatives considered and the trade-offs behind the chosen option',
        phrasings: [
          'alternative* considered',
          'options considered',
          'trade off*',
          'considered and rejected',
          'rejected',
        ],
      },
      {
        id: 'risks',
        concept: 'risks, open questions, rollout, migration and how success will be measured',
        phrasings: [
          'open question*',
          'rollout plan',
          'migration plan',
          'success metric*',
          'how we measure',
        ],
      },
      {
        id: 'review-process',
        concept:
          'a review run well: the doc sent ahead, the right reviewers, focus on the riskiest parts, decisions and owners recorded',
        phrasings: [
          'ahead of time',
          'in advance',
          'pre read',
          'right people',
          'async* comment*',
          'decision* record*',
          'action item*',
        ],
      },
      {
        id: 'early',
        concept: 'reviewing early while the design can still change, not after the code is written',
        phrasings: [
          'review* early',
          'before coding',
          'before writing code',
          'still change',
          'cheap to change',
        ],
      },
    ],
    misconceptions: [],
  },
  'tech.34': {
    keyPoints: [
      {
        id: 'measure',
        concept:
          'making debt visible with evidence: time lost, incident counts, change failure rate, hotspots that change often',
        phrasings: [
          'incident* caused',
          'hotspot*',
          'lead time',
          'change failure',
          'time lost',
          'slow* us down',
        ],
      },
      {
        id: 'register',
        concept: 'keeping a register or backlog of debt items with their cost and impact',
        phrasings: ['debt backlog', 'debt register', 'track* debt', 'ticket* for', 'list of debt'],
      },
      {
        id: 'business-case',
        concept: 'framing the case in business terms: delivery speed, risk, reliability and cost',
        phrasings: [
          'business terms',
          'business impact',
          'faster delivery',
          'customer* impact',
          'revenue',
          'outage* caused',
          'risk to the business',
        ],
      },
      {
        id: 'continuous',
        concept:
          'paying it down continuously, for example a share of each sprint or alongside features in the same area',
        phrasings: [
          'percent of each sprint',
          'each sprint',
          'continuous*',
          'alongside feature*',
          'boy scout',
          'regular*',
          'capacity for',
        ],
      },
      {
        id: 'prioritize',
        concept:
          'prioritizing by interest paid: debt in code that changes often matters more than debt in code nobody touches',
        phrasings: [
          'interest paid',
          'pay* interest',
          'changes often',
          'frequently changed',
          'prioriti* by',
          'high impact',
          'nobody touches',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'all-debt-bad',
        claim: 'all technical debt should be eliminated',
        phrasings: ['eliminate all', 'remove all debt', 'zero debt', 'all debt bad'],
        correction:
          'Some debt is a sensible trade-off and some sits in code that rarely changes; pay down the debt that costs the most interest.',
      },
    ],
  },
  'tech.35': {
    keyPoints: [
      {
        id: 'conflict-algorithm',
        concept: 'how concurrent edits merge: operational transformation or CRDTs',
        phrasings: [
          'operational transform*',
          'crdt*',
          'ot',
          'transform* operation*',
          'conflict free',
          'merge* concurrent',
        ],
      },
      {
        id: 'realtime-transport',
        concept:
          'a persistent real-time connection such as WebSockets to send and receive operations',
        phrasings: [
          'websocket*',
          'real time connection',
          'persistent connection',
          'socket*',
          'server sent',
        ],
      },
      {
        id: 'operations-log',
        concept: 'storing operations in order with periodic snapshots for loading and history',
        phrasings: [
          'snapshot*',
          'operation log',
          'event log',
          'version history',
          'append only',
          'store* operation*',
        ],
      },
      {
        id: 'offline-latency',
        concept:
          'applying edits locally first for responsiveness and reconciling later, including offline',
        phrasings: [
          'apply* locally',
          'optimistic*',
          'offline',
          'low latency',
          'reconcil*',
          'immediately on screen',
        ],
      },
      {
        id: 'presence',
        concept: 'presence and cursors, and permissions on who can view or edit',
        phrasings: [
          'presence',
          'cursor*',
          'permission* to edit',
          'access control',
          'view or edit',
          'edit permission*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'last-write-wins',
        claim: 'last write wins on the whole document is good enough',
        phrasings: ['last write wins enough', 'last write wins fine', 'whole document overwrit*'],
        correction:
          'Last write wins on the whole document silently discards other people’s edits; merge at the level of individual operations instead.',
      },
    ],
  },
  'tech.36': {
    keyPoints: [
      {
        id: 'flags',
        concept:
          'decoupling deploy from release with a feature flag that can be switched off instantly',
        phrasings: [
          'feature flag*',
          'kill switch',
          'toggle*',
          'switch off',
          'turn off the flag',
          'behind a flag',
        ],
      },
      {
        id: 'canary',
        concept: 'a gradual rollout: canary to a small percentage of traffic, then widening',
        phrasings: [
          'canary',
          'small percent*',
          'gradual*',
          'small subset',
          'ramp* up',
          'staged rollout',
          'progressive*',
        ],
      },
      {
        id: 'metrics-gates',
        concept:
          'watching error rates, latency and business metrics against a baseline, ideally with automatic rollback',
        phrasings: [
          'error rate*',
          'latency metric*',
          'dashboard*',
          'watch* metric*',
          'automatic* roll*',
          'baseline',
        ],
      },
      {
        id: 'rollback-ready',
        concept:
          'a tested rollback path, including backward-compatible data and schema changes so rolling back is safe',
        phrasings: [
          'rollback plan',
          'revert*',
          'backward compatib*',
          'expand contract',
          'schema change*',
          'migration*',
        ],
      },
      {
        id: 'timing',
        concept: 'timing and communication: avoiding peak hours, people on hand, a written plan',
        phrasings: ['peak hours', 'low traffic', 'on call', 'runbook', 'written plan'],
      },
    ],
    misconceptions: [
      {
        id: 'rollback-always-safe',
        claim: 'rolling back code always undoes the change',
        phrasings: ['rollback always undo*', 'roll back always safe', 'rollback always safe'],
        correction:
          'Code can be rolled back, but data written or schemas migrated by the new version may not be; plan changes so old and new code both work with the data.',
      },
    ],
  },
  'tech.37': {
    keyPoints: [
      {
        id: 'understand-first',
        concept:
          'understanding the teams’ problems and constraints first, through conversations and data',
        phrasings: ['listen*', 'understand* their', 'talk* to', 'pain point*', 'interview*'],
      },
      {
        id: 'written-strategy',
        concept:
          'a written proposal or strategy with the reasoning, trade-offs and a migration path',
        phrasings: [
          'written proposal',
          'design document',
          'rfc',
          'proposal',
          'strategy doc*',
          'write* up',
        ],
      },
      {
        id: 'coalition',
        concept:
          'involving influential engineers and leads early, so it becomes their direction too',
        phrasings: ['involv* early', 'involv*', 'co author*', 'ally', 'allies', 'champion*'],
      },
      {
        id: 'prove-value',
        concept: 'proving value with a pilot or prototype and making the right path the easy path',
        phrasings: [
          'pilot',
          'prototype',
          'proof of concept',
          'paved road',
          'easy path',
          'golden path',
          'tooling that',
        ],
      },
      {
        id: 'iterate',
        concept: 'measuring adoption and adjusting the direction based on what teams learn',
        phrasings: ['adoption', 'measur* adoption', 'adjust*', 'iterat*', 'revisit*'],
      },
    ],
    misconceptions: [
      {
        id: 'mandate',
        claim: 'the way to set direction is to mandate it from the top',
        phrasings: ['mandate it', 'force teams', 'force* adopt*', 'escalate to management'],
        correction:
          'Mandates without understanding get quiet resistance; direction sticks when teams see their problems solved and helped shape it.',
      },
    ],
  },
  'tech.38': {
    keyPoints: [
      {
        id: 'ownership-signals',
        concept:
          'organizational signals: many teams blocked on one queue of changes, unclear ownership, coordination overhead',
        phrasings: [
          'unclear ownership',
          'blocked on',
          'coordinat* overhead',
          'bottleneck',
          'queue of change*',
          'many teams',
        ],
      },
      {
        id: 'change-signals',
        concept:
          'technical signals: parts that change at different rates, deploy contention, different scaling or reliability needs',
        phrasings: [
          'change rate*',
          'different rate*',
          'deploy* contention',
          'scaling need*',
          'blast radius',
          'release train',
        ],
      },
      {
        id: 'boundaries',
        concept:
          'clean seams along domains and data ownership, and the coupling that would cross them',
        phrasings: [
          'domain boundar*',
          'seam*',
          'coupl*',
          'data ownership',
          'bounded context*',
          'clean interface*',
        ],
      },
      {
        id: 'costs',
        concept:
          'the costs of splitting: network calls, distributed consistency, operational load and duplicated infrastructure',
        phrasings: [
          'network call*',
          'added latency',
          'distributed consisten*',
          'operational load',
          'operational overhead',
          'duplicat* infrastructure',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'size-alone',
        claim: 'a platform should be split simply because the codebase is large',
        phrasings: ['split because large', 'split because big', 'too large so split'],
        correction:
          'Size alone is not a reason; split when ownership, change rate or scaling needs diverge enough to outweigh the cost of distribution.',
      },
    ],
  },
  'tech.39': {
    keyPoints: [
      {
        id: 'topology',
        concept:
          'the topology: active-active or active-passive, and the recovery time and data loss each allows',
        phrasings: ['active active', 'active passive', 'rto', 'rpo', 'recovery time', 'failover'],
      },
      {
        id: 'data-replication',
        concept:
          'how data is replicated between regions, synchronous versus asynchronous, and the consistency trade-off',
        phrasings: [
          'replicat*',
          'synchronous',
          'asynchronous',
          'consistency trade*',
          'conflict*',
          'replication lag',
        ],
      },
      {
        id: 'routing',
        concept: 'traffic routing with health checks: global load balancing or DNS failover',
        phrasings: [
          'dns failover',
          'global load balanc*',
          'health check*',
          'anycast',
          'route* traffic',
          'traffic manag*',
        ],
      },
      {
        id: 'no-shared-dependency',
        concept:
          'avoiding hidden single-region dependencies and keeping spare capacity in surviving regions',
        phrasings: [
          'single point*',
          'spare capacity',
          'headroom',
          'control plane',
          'global dependenc*',
          'hidden dependenc*',
        ],
      },
      {
        id: 'test-failover',
        concept:
          'regularly testing failover with drills, because failover that is never exercised tends to fail when it is needed',
        phrasings: [
          'drill*',
          'game day*',
          'chaos',
          'test* failover',
          'practice* failover',
          'regularly',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'backups-enough',
        claim: 'backups in another region are enough to stay available',
        phrasings: ['backup* enough', 'just backup*', 'backups suffice'],
        correction:
          'Backups help recovery, but restoring them can take hours; staying available needs live replicas, spare capacity and traffic routing in another region.',
      },
    ],
  },
  'tech.40': {
    keyPoints: [
      {
        id: 'criteria',
        concept:
          'enforcing what has cross-team or customer impact: security, privacy, reliability, interoperability',
        phrasings: [
          'enforce* security',
          'security and privacy',
          'compliance requirement*',
          'interoperab*',
          'reliability standard*',
          'cross team impact',
          'affect* customer*',
        ],
      },
      {
        id: 'team-choice',
        concept: 'leaving local choices (internal code style, tools that do not leak out) to teams',
        phrasings: [
          'local choice*',
          'autonomy',
          'team choice',
          'teams pick',
          'internal code style',
          'freedom to choose',
        ],
      },
      {
        id: 'cost-of-divergence',
        concept:
          'weighing the cost of divergence (onboarding, shared tooling, moving people) against the cost of conformity',
        phrasings: [
          'divergen*',
          'onboarding',
          'moving between teams',
          'consisten* across',
          'fragment*',
        ],
      },
      {
        id: 'automate',
        concept: 'enforcing through automation and paved paths rather than policing',
        phrasings: [
          'automat* check*',
          'lint*',
          'ci check*',
          'paved road',
          'golden path',
          'template*',
          'enforce* through tooling',
        ],
      },
      {
        id: 'process',
        concept:
          'a transparent process for proposing, revisiting and granting exceptions to standards',
        phrasings: ['rfc', 'exception*', 'revisit*', 'proposal*', 'review process', 'transparen*'],
      },
    ],
    misconceptions: [],
  },
  'tech.41': {
    keyPoints: [
      {
        id: 'measure',
        concept:
          'measuring first: lead time, deploy frequency, change failure rate and time to restore',
        phrasings: [
          'lead time',
          'deploy* frequency',
          'change failure',
          'time to restore',
          'dora',
          'mttr',
        ],
      },
      {
        id: 'map-pipeline',
        concept:
          'mapping the path from commit to production to find where time and risk actually come from',
        phrasings: [
          'value stream',
          'map* the pipeline',
          'manual step*',
          'wait* for',
          'approval*',
          'bottleneck',
        ],
      },
      {
        id: 'automation-tests',
        concept: 'automating the build, tests and deploy, and fixing slow or flaky tests',
        phrasings: [
          'automat* the build',
          'automat* deploy*',
          'automat* test*',
          'flak*',
          'slow test*',
          'ci',
        ],
      },
      {
        id: 'smaller-batches',
        concept:
          'smaller, more frequent deploys, since big infrequent batches are what make deploys risky',
        phrasings: [
          'smaller batch*',
          'small change*',
          'deploy* more often',
          'batch size',
          'trunk based',
        ],
      },
      {
        id: 'safety-nets',
        concept:
          'safety nets that make deploys low risk: feature flags, canaries and fast rollback',
        phrasings: ['feature flag*', 'canary', 'rollback', 'roll back', 'blue green'],
      },
    ],
    misconceptions: [
      {
        id: 'more-approvals',
        claim: 'adding more approvals and change review boards makes deploys safer',
        phrasings: ['more approvals safer', 'approval board safer', 'more sign offs safer'],
        correction:
          'Research on delivery performance finds heavyweight external approvals slow delivery without lowering failure rates; small changes and automated checks do.',
      },
    ],
  },
  'tech.42': {
    keyPoints: [
      {
        id: 'isolation-models',
        concept:
          'the isolation models: shared tables with a tenant ID, a schema per tenant, or a database per tenant',
        phrasings: [
          'tenant id',
          'schema per tenant',
          'database per tenant',
          'shared database',
          'silo*',
          'pool* model',
        ],
      },
      {
        id: 'enforcement',
        concept:
          'enforcing tenant scoping everywhere, for example row-level security or a data layer that always filters by tenant',
        phrasings: [
          'row level security',
          'every query',
          'filter* by tenant',
          'scop* to the tenant',
          'middleware',
          'policy',
        ],
      },
      {
        id: 'noisy-neighbor',
        concept:
          'noisy neighbors: per-tenant quotas and rate limits, and moving big tenants to dedicated resources',
        phrasings: [
          'noisy neighbo*',
          'quota*',
          'rate limit*',
          'dedicated',
          'large customer*',
          'fair*',
        ],
      },
      {
        id: 'trade-offs',
        concept:
          'the cost versus isolation trade-off and what enterprise customers and compliance require',
        phrasings: [
          'cost versus isolation',
          'compliance',
          'enterprise',
          'data residency',
          'encrypt*',
          'per tenant key*',
        ],
      },
      {
        id: 'operations',
        concept:
          'operating it: migrations across many tenants, per-tenant backups, restore and deletion',
        phrasings: [
          'migration* across',
          'backup* per',
          'restore',
          'delet* tenant',
          'onboard*',
          'offboard*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'app-filter-enough',
        claim: 'remembering to add the tenant filter in application code is enough isolation',
        phrasings: ['developers remember', 'remember* to filter', 'just add where clause'],
        correction:
          'One missed filter leaks one customer’s data to another; enforce scoping centrally (row-level security, a scoped data layer) and test for it.',
      },
    ],
  },
  'tech.43': {
    keyPoints: [
      {
        id: 'business-terms',
        concept:
          'framing the investment in terms of business outcomes: speed, risk, reliability, cost',
        phrasings: [
          'business outcome*',
          'in business terms',
          'cost the business',
          'customer impact',
          'revenue impact',
          'risk to the business',
        ],
      },
      {
        id: 'incremental',
        concept:
          'making the investment incrementally, tied to the features that need it, rather than as a separate big project',
        phrasings: [
          'incremental*',
          'alongside',
          'tied to',
          'piggyback*',
          'small step*',
          'as part of',
        ],
      },
      {
        id: 'evidence',
        concept: 'evidence for the call: incidents, delivery slowdowns or measured costs',
        phrasings: ['incident*', 'data showed', 'metric* show*', 'slow* us down', 'measur* the'],
      },
      {
        id: 'example-outcome',
        concept: 'a concrete example of the call you made and how it turned out',
        phrasings: ['we decided', 'i decided', 'i proposed', 'turned out', 'as a result'],
      },
    ],
    misconceptions: [],
  },
  'tech.44': {
    keyPoints: [
      {
        id: 'evaluation',
        concept:
          'a fast, reliable flag evaluation path: SDKs with local caching and safe defaults when the service is down',
        phrasings: [
          'sdk*',
          'local* cach*',
          'default value*',
          'fail* safe',
          'low latency',
          'evaluat* locally',
        ],
      },
      {
        id: 'targeting',
        concept:
          'targeting rules and stable bucketing, for example hashing the user ID so a user stays in one variant',
        phrasings: [
          'targeting rule*',
          'bucket*',
          'hash* user',
          'sticky',
          'consistent assignment',
          'percentage rollout',
        ],
      },
      {
        id: 'experiment-stats',
        concept:
          'sound experiment analysis: metrics defined up front, sample size and significance, and guarding against peeking',
        phrasings: [
          'statistic*',
          'significan*',
          'sample size',
          'peek*',
          'guardrail metric*',
          'power',
        ],
      },
      {
        id: 'safety',
        concept: 'safety for many teams: permissions, audit logs, change review and a kill switch',
        phrasings: ['audit*', 'permission*', 'kill switch', 'approval*', 'access control'],
      },
      {
        id: 'flag-debt',
        concept: 'cleaning up stale flags, with owners and expiry dates',
        phrasings: [
          'stale flag*',
          'clean* up flag*',
          'expir*',
          'flag owner*',
          'remove* flag*',
          'flag debt',
        ],
      },
      {
        id: 'interference',
        concept:
          'managing interactions between concurrent experiments, for example with layers or mutual exclusion',
        phrasings: ['interact*', 'mutual* exclusi*', 'experiment layer*', 'overlap*', 'collide'],
      },
    ],
    misconceptions: [
      {
        id: 'peeking',
        claim: 'you can stop an experiment as soon as it reaches significance',
        phrasings: ['stop soon significan*', 'stop when significan*', 'stop once significan*'],
        correction:
          'Checking repeatedly and stopping at the first significant result inflates false positives; fix the sample size in advance or use sequential testing methods.',
      },
    ],
  },
  'solve.1': {
    keyPoints: [
      {
        id: 'verify-data',
        concept: 'first checking the drop is real and not a tracking or data pipeline problem',
        phrasings: [
          'tracking bug*',
          'instrumentation',
          'logging bug',
          'data pipeline',
          'is it real',
          'measurement error*',
        ],
      },
      {
        id: 'recent-changes',
        concept:
          'looking at what changed around that time: deploys, experiments, config, marketing, outside events',
        phrasings: [
          'recent deploy*',
          'recent release*',
          'what changed',
          'experiment*',
          'config* change*',
          'holiday*',
          'outage*',
        ],
      },
      {
        id: 'segment',
        concept:
          'segmenting the metric by platform, region, version, channel and funnel step to localize the drop',
        phrasings: [
          'segment*',
          'by platform',
          'by region',
          'by browser*',
          'app version',
          'break* down',
          'funnel',
          'cohort*',
        ],
      },
      {
        id: 'hypotheses',
        concept:
          'forming and testing hypotheses one by one, then confirming the cause and the fix with data',
        phrasings: [
          'hypothes*',
          'confirm* the cause',
          'rule out',
          'narrow* down',
          'verify* the cause',
        ],
      },
    ],
    misconceptions: [],
  },
  'solve.2': {
    keyPoints: [
      {
        id: 'clarify-goal',
        concept: 'clarifying the goal and what success looks like, with the people who asked',
        phrasings: [
          'what success look* like',
          'clarify* the goal',
          'ask question*',
          'talk to stakeholder*',
          'desired outcome',
          'who asked',
        ],
      },
      {
        id: 'decompose',
        concept: 'splitting it into smaller sub-problems or milestones',
        phrasings: [
          'sub problem*',
          'smaller piece*',
          'milestone*',
          'split* it into',
          'decompos*',
          'smaller part*',
        ],
      },
      {
        id: 'unknowns-first',
        concept:
          'identifying the biggest unknowns and starting with a small spike or prototype to reduce them',
        phrasings: [
          'biggest unknown*',
          'spike',
          'prototype',
          'riskiest part',
          'test* assumption*',
          'small experiment',
        ],
      },
      {
        id: 'first-step',
        concept: 'choosing a concrete first step that produces something to get feedback on',
        phrasings: [
          'first step',
          'get feedback',
          'concrete step',
          'smallest thing',
          'deliverable by',
        ],
      },
    ],
    misconceptions: [],
  },
  'solve.3': {
    keyPoints: [
      {
        id: 'decompose',
        concept: 'breaking the work into smaller parts and estimating each',
        phrasings: [
          'break* down',
          'smaller task*',
          'each part',
          'sub task*',
          'split* into',
          'break* into',
          'smaller pieces',
        ],
      },
      {
        id: 'ranges',
        concept: 'giving a range or confidence level rather than a single number',
        phrasings: [
          'a range',
          'confidence level',
          'best case',
          'worst case',
          'buffer for',
          'between and',
        ],
      },
      {
        id: 'reference',
        concept: 'comparing with similar past work',
        phrasings: [
          'past work',
          'similar work',
          'similar project*',
          'historical data',
          'last time',
          'comparable',
        ],
      },
      {
        id: 'reduce-unknowns',
        concept: 'reducing the unknowns with a time-boxed spike and re-estimating as you learn',
        phrasings: [
          'spike',
          'time box*',
          'prototype',
          're estimat*',
          'revis* the estimate',
          'update* estimate',
        ],
      },
      {
        id: 'communicate',
        concept:
          'stating assumptions and risks with the estimate, and updating people early when it changes',
        phrasings: [
          'state* assumption*',
          'flag* risk*',
          'communicat* early',
          'let them know',
          'flag* early',
          'update* stakeholder*',
        ],
      },
    ],
    misconceptions: [],
  },
  'solve.4': {
    keyPoints: [
      {
        id: 'criteria',
        concept: 'naming the criteria that matter and weighing the options against them',
        phrasings: [
          'criteria that matter',
          'trade off*',
          'pros and cons',
          'weigh* against',
          'requirement*',
        ],
      },
      {
        id: 'reversibility',
        concept: 'how reversible each choice is, deciding quickly when it is easy to undo',
        phrasings: [
          'reversib*',
          'undo',
          'two way door',
          'one way door',
          'change later',
          'cost of changing',
        ],
      },
      {
        id: 'cheap-test',
        concept: 'running a cheap experiment or prototype to get evidence where it is missing',
        phrasings: [
          'prototype',
          'small experiment',
          'spike',
          'proof of concept',
          'benchmark*',
          'quick test',
        ],
      },
      {
        id: 'decide-and-record',
        concept: 'making the call in time, recording why, and revisiting if new evidence appears',
        phrasings: [
          'write* down why',
          'record* the decision',
          'document* the decision',
          'revisit*',
          'commit to',
          'make the call',
        ],
      },
      {
        id: 'input',
        concept: 'getting input from the people affected or with more context',
        phrasings: [
          'get input',
          'colleague*',
          'opinion*',
          'second opinion',
          'discuss* with',
          'people affected',
        ],
      },
    ],
    misconceptions: [],
  },
  'solve.5': {
    keyPoints: [
      {
        id: 'scope-problem',
        concept:
          'keeping the problem in front: reproducing it and learning only the part of the system it touches',
        phrasings: [
          'reproduc*',
          'narrow* down',
          'focus* on',
          'relevant part',
          'just enough',
          'entry point*',
        ],
      },
      {
        id: 'sources',
        concept:
          'reading the docs, architecture notes and tests, and the recent history of the code',
        phrasings: [
          'read* the doc*',
          'readme',
          'read* the tests',
          'commit history',
          'git log',
          'git blame',
        ],
      },
      {
        id: 'experts',
        concept: 'asking the people who know it, with specific prepared questions',
        phrasings: [
          'ask* the people',
          'expert*',
          'ask* colleague*',
          'who wrote',
          'specific question*',
        ],
      },
      {
        id: 'explore',
        concept:
          'exploring hands-on: running it locally, tracing a request through with a debugger or logs',
        phrasings: [
          'run* locally',
          'debugger',
          'trace a request',
          'tracing',
          'breakpoint*',
          'read* logs',
          'step through',
        ],
      },
      {
        id: 'safe-change',
        concept: 'making the fix small and safe, with a test, and writing down what you learned',
        phrasings: ['small change', 'add* a test', 'write* down what', 'notes', 'small and safe'],
      },
    ],
    misconceptions: [],
  },
  'solve.6': {
    keyPoints: [
      {
        id: 'requirements',
        concept: 'checking it against the requirements or acceptance criteria',
        phrasings: [
          'against the requirement*',
          'acceptance criteria',
          'spec',
          'what was asked',
          'ticket says',
          're read the ticket',
        ],
      },
      {
        id: 'tests',
        concept: 'automated tests, including edge cases and error paths',
        phrasings: [
          'automated test*',
          'write* test*',
          'edge case*',
          'error path*',
          'unit test*',
          'run* the tests',
        ],
      },
      {
        id: 'manual',
        concept: 'trying it myself the way a user would, end to end',
        phrasings: ['try* it myself', 'manually', 'end to end', 'click* through', 'real data'],
      },
      {
        id: 'self-review',
        concept: 'reviewing my own diff with fresh eyes, and running the linters and checks',
        phrasings: ['self review', 'own diff', 'reread', 'fresh eyes', 'linter*', 'checklist'],
      },
    ],
    misconceptions: [
      {
        id: 'review-will-catch',
        claim: 'checking is the reviewer’s or QA’s job, so the author does not need to',
        phrasings: ['reviewer will catch', 'qa will catch', 'reviewer catch* it'],
        correction:
          'Reviewers see a diff, not everything you know about the change; the author is the first and best-placed tester of their own work.',
      },
    ],
  },
  'solve.7': {
    keyPoints: [
      {
        id: 'why-it-matters',
        concept: 'starting from why it matters to the listener before the details',
        phrasings: ['why it matters', 'purpose of', 'in short', 'big picture', 'the point is'],
      },
      {
        id: 'plain-language',
        concept: 'plain language, defining or avoiding jargon',
        phrasings: [
          'plain language',
          'plain english',
          'simple terms',
          'in other words',
          'means that',
          'no jargon',
        ],
      },
      {
        id: 'analogy',
        concept: 'an analogy or concrete example from everyday life',
        phrasings: ['analogy', 'imagine', 'for example', 'similar to', 'like a', 'think of it'],
      },
      {
        id: 'accurate',
        concept: 'a correct explanation of the concept itself, simplified without being wrong',
        phrasings: [
          'which means',
          'in other words',
          'what that means',
          'the reason is',
          'that is why',
        ],
      },
    ],
    misconceptions: [],
  },
  'solve.8': {
    keyPoints: [
      {
        id: 'structure',
        concept:
          'a clear structure: start from a known quantity such as population or user base and narrow it down',
        phrasings: ['population', 'start with', 'million* people', 'customer* per', 'active user*'],
      },
      {
        id: 'assumptions',
        concept: 'stating each assumption explicitly, such as the share who order and how often',
        phrasings: ['assum*', 'percent of', 'fraction of', 'share of', 'guess that'],
      },
      {
        id: 'peak',
        concept:
          'adjusting for the dinner peak: the share of a day’s orders in the dinner window and Friday versus average',
        phrasings: [
          'peak',
          'per hour',
          'dinner hour*',
          'dinner window',
          'busier than',
          'multiplier',
          'average day',
        ],
      },
      {
        id: 'arithmetic',
        concept: 'arriving at a number with the arithmetic shown, and checking it for plausibility',
        phrasings: ['multiply', 'divid*', 'which gives', 'roughly', 'sanity check*', 'comes to'],
      },
    ],
    misconceptions: [],
  },
  'topic.microservices.1': {
    keyPoints: [
      {
        id: 'benefits',
        concept:
          'the benefits: independent deploys, team ownership and autonomy, scaling parts separately, fault isolation',
        phrasings: [
          'independent* deploy*',
          'deploy* independently',
          'autonomy',
          'scale* independently',
          'fault isolation',
          'team ownership',
        ],
      },
      {
        id: 'costs',
        concept:
          'the costs: network latency and failures, distributed data consistency, and much more operational work',
        phrasings: [
          'network latency',
          'network fail*',
          'data consisten*',
          'operational overhead',
          'distributed transaction*',
          'debugging harder',
          'harder to debug',
        ],
      },
      {
        id: 'observability',
        concept:
          'the tooling they require: tracing, centralized logging, service discovery and CI/CD per service',
        phrasings: [
          'distributed tracing',
          'observability tooling',
          'service discovery',
          'centralized logging',
          'ci cd per',
        ],
      },
      {
        id: 'when',
        concept:
          'that a modular monolith suits small teams and early products, with services justified by team and scaling needs',
        phrasings: [
          'modular monolith',
          'small team*',
          'start with',
          'conway*',
          'organization*',
          'early stage',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'always-better',
        claim: 'microservices are always more scalable and better than a monolith',
        phrasings: [
          'microservices always better',
          'always more scalable',
          'monolith* cannot scale',
          'monolith* do not scale',
        ],
        correction:
          'A monolith can scale horizontally too; microservices trade simplicity for independent deploys and scaling, which pays off mainly with many teams.',
      },
    ],
  },
  'topic.microservices.2': {
    keyPoints: [
      {
        id: 'sync',
        concept: 'synchronous request-response over HTTP/REST or gRPC',
        phrasings: ['http call*', 'rest call*', 'grpc', 'request response', 'api call*'],
      },
      {
        id: 'async',
        concept:
          'asynchronous messaging through a broker or event log such as Kafka, RabbitMQ or a queue',
        phrasings: [
          'kafka',
          'rabbitmq',
          'message queue*',
          'event* published',
          'broker',
          'pub sub',
          'sqs',
        ],
      },
      {
        id: 'sync-when',
        concept:
          'choosing synchronous calls when the caller needs the answer now to continue, like a read or validation',
        phrasings: [
          'need* the answer',
          'need* a response',
          'right away',
          'wait* for the result',
          'user waiting',
          'immediate* response',
        ],
      },
      {
        id: 'async-when',
        concept:
          'choosing async for decoupling, absorbing spikes and work that can happen later, accepting eventual consistency',
        phrasings: [
          'decoupl*',
          'absorb* spike*',
          'buffer*',
          'eventual* consisten*',
          'fire and forget',
          'temporal coupling',
        ],
      },
      {
        id: 'failure',
        concept:
          'the failure modes: cascading failures and latency chains with sync calls, duplicates and ordering with messages',
        phrasings: [
          'cascad*',
          'timeout*',
          'duplicate message*',
          'message ordering',
          'idempoten*',
          'retry storm*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'async-always-better',
        claim: 'asynchronous messaging is always better than synchronous calls',
        phrasings: ['async always better', 'always use async', 'messaging always better'],
        correction:
          'Async adds eventual consistency, duplicates and harder debugging; when the caller needs an answer to continue, a synchronous call with a timeout is simpler and correct.',
      },
    ],
  },
  'topic.microservices.3': {
    keyPoints: [
      {
        id: 'trace-id',
        concept: 'a trace ID created at the edge and propagated on every call and message',
        phrasings: [
          'trace id',
          'correlation id',
          'request id',
          'propagat*',
          'traceparent',
          'header* on every',
        ],
      },
      {
        id: 'spans',
        concept:
          'spans per service with timing, collected by a tracing system such as OpenTelemetry with Jaeger or Zipkin',
        phrasings: [
          'span*',
          'opentelemetry',
          'jaeger',
          'zipkin',
          'distributed tracing',
          'tracing backend',
        ],
      },
      {
        id: 'logs-link',
        concept: 'including the trace ID in structured logs so logs and traces can be joined',
        phrasings: [
          'structured log*',
          'trace id in log*',
          'log line*',
          'correlat* log*',
          'search logs by',
        ],
      },
      {
        id: 'sampling',
        concept: 'sampling to control cost, keeping errors and slow requests',
        phrasings: ['sampl*', 'tail based', 'head based', 'tracing cost', 'trace volume'],
      },
      {
        id: 'async-hops',
        concept: 'carrying context across queues and async work as well as HTTP',
        phrasings: [
          'message header*',
          'across queue*',
          'async* work',
          'kafka header*',
          'background job*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'logs-enough',
        claim: "searching each service's logs by timestamp is enough to follow a request",
        phrasings: ['search logs by timestamp', 'grep each service log*', 'timestamps are enough'],
        correction:
          'Timestamps across services are skewed and interleaved with other requests; propagate a trace ID so spans and logs of one request join up.',
      },
    ],
  },
  'topic.microservices.4': {
    keyPoints: [
      {
        id: 'saga',
        concept:
          'a saga: a sequence of local transactions, each with a compensating action that undoes it',
        phrasings: [
          'saga',
          'compensat*',
          'undo the',
          'local transaction*',
          'refund*',
          'reverse the',
        ],
      },
      {
        id: 'orchestration',
        concept:
          'coordinating it by orchestration (a central coordinator) or choreography (services reacting to events)',
        phrasings: [
          'orchestrat*',
          'choreograph*',
          'coordinator',
          'workflow engine',
          'state machine',
          'temporal',
        ],
      },
      {
        id: 'outbox',
        concept:
          'publishing events reliably with the outbox pattern so state changes and messages cannot diverge',
        phrasings: ['outbox', 'same transaction', 'change data capture', 'dual write*'],
      },
      {
        id: 'idempotent-retries',
        concept: 'idempotent steps and retries, since messages can be delivered more than once',
        phrasings: [
          'idempoten*',
          'retry safe*',
          'at least once',
          'dedup*',
          'delivered more than once',
        ],
      },
      {
        id: 'visibility',
        concept: 'tracking saga state and intermediate states users can see',
        phrasings: [
          'pending state',
          'status of',
          'intermediate state*',
          'monitor* saga*',
          'stuck saga*',
        ],
      },
    ],
    misconceptions: [
      {
        id: '2pc-default',
        claim: 'a distributed two-phase commit across the services is the normal solution',
        phrasings: ['use two phase commit', 'use 2pc', 'distributed transaction across services'],
        correction:
          'Two-phase commit couples the services’ availability and is rarely supported across modern datastores and brokers; sagas with compensations are the usual approach.',
      },
    ],
  },
  'topic.microservices.5': {
    keyPoints: [
      {
        id: 'compatibility',
        concept:
          'backward-compatible changes only: additive fields, tolerant readers, never removing what consumers use',
        phrasings: [
          'backward compatib*',
          'backwards compatib*',
          'additive',
          'optional field*',
          'tolerant reader',
          'unknown field*',
        ],
      },
      {
        id: 'expand-contract',
        concept:
          'expand and contract: support old and new side by side, migrate consumers, then remove the old',
        phrasings: [
          'expand contract',
          'side by side',
          'parallel change',
          'then remove',
          'deprecat*',
        ],
      },
      {
        id: 'contract-tests',
        concept: 'consumer-driven contract tests in CI that catch a breaking change before deploy',
        phrasings: [
          'contract test*',
          'consumer driven',
          'pact',
          'schema registry',
          'compatibility check*',
        ],
      },
      {
        id: 'deploy-safety',
        concept: 'independent pipelines with canaries, feature flags and fast rollback',
        phrasings: [
          'canary',
          'feature flag*',
          'fast rollback',
          'roll back',
          'independent pipeline*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'lockstep',
        claim: 'dependent services should be deployed together in lockstep',
        phrasings: ['must deploy together', 'must release together', 'need deploy together'],
        correction:
          'Deploying in lockstep recreates a distributed monolith; each change should work with both the old and new versions of its neighbors.',
      },
    ],
  },
  'topic.distributed.1': {
    keyPoints: [
      {
        id: 'partial-failure',
        concept:
          'partial failures and unreliable networks: timeouts, lost messages and not knowing whether a call succeeded',
        phrasings: [
          'partial failure*',
          'network fail*',
          'timeout*',
          'unreliable',
          'lost message*',
          'partition*',
        ],
      },
      {
        id: 'state',
        concept:
          'shared state: sessions and caches that lived in one server’s memory, and keeping data consistent',
        phrasings: [
          'session state',
          'stateless',
          'data consisten*',
          'shared state',
          'replicat*',
          'sticky session*',
        ],
      },
      {
        id: 'coordination',
        concept:
          'coordination problems: concurrent writes, clocks that disagree, leader election, distributed locks',
        phrasings: [
          'clock* disagree',
          'clock skew',
          'leader election',
          'distributed lock*',
          'race condition*',
          'concurrent write*',
          'consensus',
        ],
      },
      {
        id: 'operations',
        concept: 'operational needs: load balancing, health checks, centralized logs and tracing',
        phrasings: ['load balanc*', 'health check*', 'centraliz* log*', 'tracing', 'observab*'],
      },
      {
        id: 'techniques',
        concept:
          'the standard answers: retries with backoff, idempotent operations, replication with a consistency model',
        phrasings: [
          'retry with backoff',
          'idempoten*',
          'backoff',
          'quorum',
          'eventual* consisten*',
          'circuit breaker*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'network-reliable',
        claim: 'the network between servers in the same data center can be treated as reliable',
        phrasings: ['network is reliable', 'network reliable', 'assume network reliable'],
        correction:
          'Networks drop, delay and reorder messages even inside a data center; design every call for timeouts and retries.',
      },
    ],
  },
  'topic.distributed.2': {
    keyPoints: [
      {
        id: 'measure',
        concept:
          'measuring the current system under load: load tests with realistic traffic and profiles',
        phrasings: [
          'load test*',
          'benchmark*',
          'profil*',
          'realistic traffic',
          'stress test*',
          'measur* under load',
        ],
      },
      {
        id: 'saturation',
        concept: 'watching resource saturation and latency percentiles to see what degrades first',
        phrasings: [
          'saturat*',
          'cpu usage',
          'memory usage',
          'percentile*',
          'p99',
          'utiliz*',
          'queue depth',
        ],
      },
      {
        id: 'common-suspects',
        concept:
          'the usual first bottlenecks: the database, connection pools, locks, a single-threaded component or a dependency',
        phrasings: [
          'database bottleneck',
          'connection pool*',
          'lock contention',
          'single thread*',
          'downstream',
          'database* first',
        ],
      },
      {
        id: 'model',
        concept: 'back-of-the-envelope capacity maths to find which component hits its limit first',
        phrasings: [
          'capacity model*',
          'capacity plan*',
          'back of envelope',
          'per second',
          'headroom',
          'little* law',
          'estimate* the',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'linear-scaling',
        claim: 'adding ten times the servers will handle ten times the load',
        phrasings: ['ten times servers', 'scale linearly servers', 'ten servers ten times'],
        correction:
          'Shared components such as the database or a lock do not scale with app servers, so throughput rarely grows linearly; find the shared bottleneck.',
      },
    ],
  },
  'topic.distributed.3': {
    keyPoints: [
      {
        id: 'timeouts-unknown',
        concept:
          'that a timeout means an unknown outcome, not a failure, so the operation may have happened',
        phrasings: [
          'unknown outcome',
          'do not know whether',
          'ambiguous',
          'uncertain',
          'may have done',
          'might have happened',
        ],
      },
      {
        id: 'idempotency',
        concept: 'idempotent operations with request IDs so retries are safe',
        phrasings: ['idempoten*', 'request id', 'dedup*', 'safe to retry', 'unique key'],
      },
      {
        id: 'retries',
        concept:
          'bounded retries with exponential backoff and jitter, and timeouts with deadlines propagated',
        phrasings: ['backoff', 'jitter', 'deadline*', 'retry budget', 'bounded', 'max* retr*'],
      },
      {
        id: 'compensation',
        concept:
          'compensating actions or reconciliation jobs to repair inconsistent partial results',
        phrasings: ['compensat*', 'reconcil*', 'saga', 'rollback', 'repair*', 'cleanup job*'],
      },
      {
        id: 'degrade',
        concept:
          'circuit breakers, bulkheads and graceful degradation so partial failure does not cascade',
        phrasings: ['circuit breaker*', 'bulkhead*', 'degrad*', 'fallback*', 'cascad*'],
      },
    ],
    misconceptions: [
      {
        id: 'timeout-failed',
        claim: 'a call that timed out did not happen',
        phrasings: [
          'timeout means failed',
          'timed out means failed',
          'timeout means it did',
          'timeout failed',
        ],
        correction:
          'A timeout only means you did not hear back; the server may have done the work, so a retry must be safe to repeat.',
      },
    ],
  },
  'topic.performance.1': {
    keyPoints: [
      {
        id: 'reproduce-quantify',
        concept:
          'reproducing and quantifying the problem: which users, which action, how slow, since when',
        phrasings: ['reproduc*', 'quantif*', 'how slow', 'since when', 'baseline', 'percentile*'],
      },
      {
        id: 'profile',
        concept:
          'measuring where the time goes with a profiler, traces or browser tools before changing code',
        phrasings: [
          'profil*',
          'flame graph*',
          'tracing',
          'trace* the request',
          'devtools',
          'measur* where',
        ],
      },
      {
        id: 'hypothesis-fix',
        concept: 'fixing the biggest contributor first and changing one thing at a time',
        phrasings: ['biggest contributor', 'bottleneck', 'hypothes*', 'hot path', 'root cause'],
      },
      {
        id: 'verify',
        concept: 'verifying with the same measurement before and after, including in production',
        phrasings: [
          'before and after',
          'before after',
          'confirm* the fix',
          'compare* the',
          'in production',
          'a b test*',
        ],
      },
      {
        id: 'prevent',
        concept: 'guarding against regression with a benchmark, budget or alert',
        phrasings: ['regression test*', 'benchmark*', 'performance budget', 'monitor* after'],
      },
    ],
    misconceptions: [
      {
        id: 'optimize-before-measuring',
        claim:
          'you can tell where the slow part is by reading the code, so measuring first is unnecessary',
        phrasings: ['no need to measure', 'already know what slow', 'guess the slow part'],
        correction:
          'Intuition about hot spots is often wrong; profile first, or the effort goes into code that is not on the slow path.',
      },
    ],
  },
  'topic.performance.2': {
    keyPoints: [
      {
        id: 'latency',
        concept: 'that latency is how long one request takes, usually looked at as percentiles',
        phrasings: [
          'how long one',
          'one request',
          'single request',
          'response time',
          'percentile*',
          'p99',
          'milliseconds',
        ],
      },
      {
        id: 'throughput',
        concept:
          'that throughput is how many requests or how much work is completed per unit of time',
        phrasings: [
          'per second',
          'how many request*',
          'requests per',
          'work done per',
          'volume per',
        ],
      },
      {
        id: 'batching',
        concept:
          'how batching or buffering raises throughput but makes individual items wait longer',
        phrasings: [
          'batch* request*',
          'batch* write*',
          'batching',
          'buffer*',
          'wait longer',
          'group* requests',
          'accumulat*',
        ],
      },
      {
        id: 'queueing',
        concept:
          'how pushing utilization towards full capacity makes queueing latency climb sharply',
        phrasings: [
          'queu* delay',
          'utiliz*',
          'saturat*',
          'near capacity',
          'full capacity',
          'contention',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'inverse',
        claim: 'throughput is simply one divided by latency',
        phrasings: [
          'one divided by latency',
          'inverse of latency',
          'throughput reciprocal latency',
        ],
        correction:
          'That holds only for one request at a time; with concurrency a system can have high throughput and high latency together.',
      },
    ],
  },
  'topic.performance.3': {
    keyPoints: [
      {
        id: 'user-metric',
        concept:
          'starting from the metric users or the business feel, such as page load, p95 latency or cost',
        phrasings: [
          'metric users feel',
          'user facing metric*',
          'p95',
          'p99',
          'percentile*',
          'core web vitals',
          'business metric*',
          'slo',
        ],
      },
      {
        id: 'profile',
        concept: 'profiling to find where the time actually goes before choosing what to change',
        phrasings: [
          'profil*',
          'flame graph*',
          'trace* where',
          'tracing',
          'time breakdown',
          'hot spot*',
        ],
      },
      {
        id: 'amdahl',
        concept:
          'that speeding up a part helps only in proportion to its share of the total (Amdahl’s law)',
        phrasings: [
          'amdahl*',
          'share of total',
          'fraction of',
          'percent of time',
          'biggest contributor',
        ],
      },
      {
        id: 'realistic',
        concept:
          'measuring with realistic data, environment and load rather than micro-benchmarks alone',
        phrasings: [
          'realistic data',
          'realistic load',
          'production data',
          'micro benchmark*',
          'real device*',
          'representative',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'micro-opt',
        claim: 'optimizing every loop and function call is the best way to speed things up',
        phrasings: ['optimiz* every loop', 'micro optimiz* first', 'every function call'],
        correction:
          'Most time is usually spent in a few places such as I/O or a slow query; micro-optimizations elsewhere rarely show up in what users feel.',
      },
    ],
  },
  'topic.performance.4': {
    keyPoints: [
      {
        id: 'define',
        concept:
          'defining budgets on user-facing metrics: bundle size, load time, Core Web Vitals or API latency',
        phrasings: [
          'bundle size',
          'core web vitals',
          'lcp',
          'latency budget',
          'kilobyte*',
          'milliseconds',
          'time to interactive',
        ],
      },
      {
        id: 'ci-enforce',
        concept:
          'enforcing in CI so a change that exceeds the budget fails or needs explicit sign-off',
        phrasings: [
          'check* in ci',
          'fail* the build',
          'pipeline fail*',
          'lighthouse ci',
          'block* merge',
          'size limit',
        ],
      },
      {
        id: 'production',
        concept: 'monitoring real-user metrics in production with alerts on regressions',
        phrasings: [
          'real user monitoring',
          'rum',
          'in production',
          'alert* on regression*',
          'dashboard*',
          'field data',
        ],
      },
      {
        id: 'ownership',
        concept:
          'ownership and process: who owns the budget and how exceptions and trade-offs are decided',
        phrasings: [
          'budget owner*',
          'owns the budget',
          'exception*',
          'trade off*',
          'accountab*',
          'sign off',
        ],
      },
    ],
    misconceptions: [],
  },
  'topic.testing.1': {
    keyPoints: [
      {
        id: 'unit',
        concept: 'many fast unit tests for logic and edge cases',
        phrasings: [
          'fast unit test*',
          'unit test* for logic',
          'edge case*',
          'many unit',
          'cheap to run',
          'pure logic',
        ],
      },
      {
        id: 'integration',
        concept:
          'integration tests where components meet real dependencies such as the database or an API',
        phrasings: [
          'real database',
          'real dependenc*',
          'component* together',
          'where component* meet',
          'service boundar*',
          'contract test*',
        ],
      },
      {
        id: 'e2e',
        concept:
          'a few end-to-end tests for the critical user journeys, since they are slow and brittle',
        phrasings: [
          'critical path*',
          'user journey*',
          'slow and brittle',
          'brittle',
          'flak*',
          'few end to end',
        ],
      },
      {
        id: 'risk',
        concept: 'letting risk and where bugs actually occur decide the mix, not a fixed ratio',
        phrasings: [
          'risk* based',
          'where bugs',
          'confidence',
          'pyramid',
          'trophy',
          'no fixed ratio',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'fixed-ratio',
        claim:
          'a fixed ratio such as seventy percent unit tests is the right mix for every feature',
        phrasings: ['seventy twenty ten', 'fixed ratio', 'always seventy percent unit'],
        correction:
          'The pyramid is a heuristic; the mix should follow where the risk sits, and an integration-heavy feature needs more integration tests.',
      },
    ],
  },
  'topic.testing.2': {
    keyPoints: [
      {
        id: 'hard-signs',
        concept:
          'what makes code hard to test: hidden dependencies, global state, side effects mixed with logic, time and randomness',
        phrasings: [
          'global state',
          'hidden dependenc*',
          'side effect* mixed',
          'singleton*',
          'static method*',
          'current time',
          'random*',
        ],
      },
      {
        id: 'injection',
        concept: 'passing dependencies in (dependency injection) so tests can substitute fakes',
        phrasings: [
          'dependency injection',
          'inject*',
          'pass* dependenc* in',
          'fake*',
          'mock*',
          'stub*',
        ],
      },
      {
        id: 'pure-core',
        concept: 'separating pure logic from I/O so most behavior is tested without infrastructure',
        phrasings: [
          'pure function*',
          'pure logic',
          'separat* logic from',
          'functional core',
          'no side effect*',
          'i o at edge*',
        ],
      },
      {
        id: 'safe-refactor',
        concept:
          'refactoring safely: characterization tests first, then small steps such as extracting seams',
        phrasings: [
          'characterization test*',
          'seam*',
          'extract* a',
          'small step*',
          'golden master',
          'existing behavio*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'mock-everything',
        claim: 'the fix for hard-to-test code is to mock everything',
        phrasings: ['just mock everything', 'should mock everything', 'mock all dependencies'],
        correction:
          'Mocking everything couples tests to implementation details and lets them pass while real integrations break; improve the design and mock only at boundaries.',
      },
    ],
  },
  'topic.testing.3': {
    keyPoints: [
      {
        id: 'cycle',
        concept:
          'the cycle: write a failing test, make it pass with the simplest code, then refactor',
        phrasings: [
          'red green',
          'failing test',
          'test first',
          'refactor*',
          'simplest code',
          'before the code',
        ],
      },
      {
        id: 'benefits',
        concept:
          'its benefits: design feedback, testable interfaces, confidence and a regression suite',
        phrasings: [
          'design feedback',
          'testable interface*',
          'confidence to change',
          'regression suite',
          'fast feedback',
        ],
      },
      {
        id: 'best-fit',
        concept:
          'where it shines: well-understood logic, bug fixes (a test that reproduces the bug) and algorithms',
        phrasings: [
          'bug fix*',
          'reproduc* the bug',
          'algorithm*',
          'business logic',
          'well understood',
          'clear requirement*',
        ],
      },
      {
        id: 'poor-fit',
        concept:
          'where it helps less: exploratory prototypes, UI layout and work where the shape is still unknown',
        phrasings: ['prototyp*', 'explorat*', 'spike*', 'ui layout', 'visual', 'shape is unknown'],
      },
    ],
    misconceptions: [
      {
        id: 'tdd-is-coverage',
        claim: 'test-driven development just means writing tests to reach high coverage',
        phrasings: ['just means writing tests', 'tdd means coverage', 'tdd is coverage'],
        correction:
          'TDD is a design loop where the test is written first and drives the code; coverage is a side effect, not the goal.',
      },
    ],
  },
  'topic.testing.4': {
    keyPoints: [
      {
        id: 'flaky',
        concept:
          'treating flaky tests as bugs: quarantining them and fixing the root cause such as timing or shared state',
        phrasings: [
          'flak*',
          'quarantin*',
          'intermittent*',
          'timing issue*',
          'shared state',
          'sleep*',
        ],
      },
      {
        id: 'right-level',
        concept: 'pushing checks down to the fastest level that can catch the bug',
        phrasings: [
          'lower level',
          'pyramid',
          'unit test* instead',
          'fewer end to end',
          'fastest level',
          'right level',
        ],
      },
      {
        id: 'parallel',
        concept:
          'parallelizing and sharding the suite, and running only affected tests where possible',
        phrasings: [
          'run* in parallel',
          'parallel* test*',
          'shard*',
          'affected test*',
          'test impact',
          'cach* test result*',
          'incremental',
        ],
      },
      {
        id: 'isolation',
        concept: 'isolated, deterministic tests with their own data and no order dependence',
        phrasings: [
          'isolat* test*',
          'deterministic',
          'own data',
          'test order',
          'independent*',
          'clean up after',
        ],
      },
      {
        id: 'measure',
        concept:
          'tracking suite duration and flake rates over time and deleting tests that no longer earn their keep',
        phrasings: [
          'suite duration',
          'flake rate',
          'track* flak*',
          'delet* test*',
          'test metric*',
          'slowest test*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'retry-flaky',
        claim: 'automatically retrying failed tests solves flakiness',
        phrasings: ['retry* solves flak*', 'retry* fixes flak*', 'rerun until pass* fine'],
        correction:
          'Retries hide flakiness and sometimes real race conditions; use them at most as a stopgap while the test is fixed.',
      },
    ],
  },
  'topic.testing.5': {
    keyPoints: [
      {
        id: 'boundary',
        concept:
          'wrapping the service in your own client or adapter so most code is tested against a fake',
        phrasings: [
          'adapter',
          'wrapper',
          'own client',
          'behind an interface',
          'fake*',
          'abstraction',
        ],
      },
      {
        id: 'recorded',
        concept:
          'stubbing it in tests with recorded or schema-based responses, kept faithful to the real API',
        phrasings: ['stub*', 'mock server', 'record* response*', 'wiremock', 'fixture*', 'sandbox'],
      },
      {
        id: 'failure-cases',
        concept:
          'testing the failure paths: timeouts, rate-limit responses such as 429, errors and malformed data',
        phrasings: [
          'timeout*',
          '429',
          'error response*',
          'malformed',
          'retry logic',
          'fault injection',
          'four twenty nine',
        ],
      },
      {
        id: 'contract',
        concept:
          'a small number of contract or smoke tests against the real sandbox, run separately from the main suite',
        phrasings: [
          'contract test*',
          'smoke test*',
          'sandbox',
          'nightly',
          'separate suite',
          'real service',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'call-real-in-unit',
        claim: 'unit tests should call the real external service to be realistic',
        phrasings: ['unit tests call real', 'hit real api every'],
        correction:
          'Calling the real service in every test makes the suite slow, flaky and rate-limited; keep real calls to a few contract tests.',
      },
      {
        id: 'fake-drift',
        claim: 'once written, a mock of the service can be trusted indefinitely',
        phrasings: ['mock always accurate', 'mock never drift*', 'trust mock forever'],
        correction:
          'Mocks drift as the real API changes; check them against the provider’s schema or a contract test regularly.',
      },
    ],
  },
  'topic.accessibility.1': {
    keyPoints: [
      {
        id: 'labels',
        concept: 'every input with a programmatically associated label, not just placeholder text',
        phrasings: [
          'label element*',
          'for attribute',
          'aria label*',
          'associated label*',
          'accessible name',
          'label for each',
        ],
      },
      {
        id: 'semantic-html',
        concept: 'native semantic elements: real buttons, inputs, fieldset and legend for groups',
        phrasings: [
          'semantic html',
          'native element*',
          'button element',
          'fieldset',
          'legend',
          'real button*',
        ],
      },
      {
        id: 'keyboard',
        concept: 'full keyboard operation: logical tab order, visible focus, no keyboard traps',
        phrasings: [
          'tab order',
          'visible focus',
          'focus order',
          'keyboard trap*',
          'enter key',
          'tabindex',
        ],
      },
      {
        id: 'errors',
        concept:
          'accessible errors: text tied to the field (aria-describedby), announced, and not conveyed by color alone',
        phrasings: [
          'error message* tied',
          'aria describedby',
          'aria live',
          'announc*',
          'color alone',
          'aria invalid',
        ],
      },
      {
        id: 'test-with-tools',
        concept: 'testing with an actual screen reader and keyboard, plus automated checks',
        phrasings: [
          'voiceover',
          'nvda',
          'jaws',
          'axe',
          'test* with screen reader*',
          'automated check*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'placeholder-label',
        claim: 'placeholder text works as a label',
        phrasings: ['placeholder as label', 'placeholder enough', 'placeholder instead of label'],
        correction:
          'Placeholders disappear on typing, often have poor contrast, and are not reliably announced as labels; use a real label element.',
      },
      {
        id: 'aria-everywhere',
        claim: 'adding ARIA attributes everywhere makes a form accessible',
        phrasings: ['aria everywhere', 'add aria to everything', 'more aria better'],
        correction:
          'The first rule of ARIA is to prefer native HTML; wrong ARIA makes things worse, and native elements bring keyboard and screen-reader support for free.',
      },
    ],
  },
  'topic.accessibility.2': {
    keyPoints: [
      {
        id: 'common-issues',
        concept:
          'the usual problems: missing alt text, missing form labels, low contrast, clickable divs, missing focus styles',
        phrasings: [
          'alt text',
          'low contrast',
          'missing label*',
          'clickable div*',
          'focus outline*',
          'heading order',
        ],
      },
      {
        id: 'keyboard-sr',
        concept: 'keyboard and screen-reader gaps in custom widgets and dynamic content',
        phrasings: [
          'keyboard only',
          'screen reader*',
          'custom widget*',
          'dynamic content',
          'aria live',
          'modal* trap*',
        ],
      },
      {
        id: 'automation',
        concept: 'catching issues early with linters and automated checks such as axe in CI',
        phrasings: ['axe', 'lint*', 'lighthouse', 'ci check*', 'automated check*', 'storybook'],
      },
      {
        id: 'manual',
        concept:
          'manual testing with a keyboard and screen reader, since automation catches only part of the issues',
        phrasings: [
          'manual* test*',
          'voiceover',
          'nvda',
          'only catch*',
          'fraction of',
          'real user*',
        ],
      },
      {
        id: 'design-stage',
        concept: 'building it into design and components, with WCAG as the reference',
        phrasings: [
          'wcag',
          'design system',
          'component librar*',
          'design review',
          'definition of done',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'automated-enough',
        claim: 'automated accessibility scanners catch all the problems',
        phrasings: [
          'scanner* catch all',
          'tools catch all',
          'scanner enough',
          'automated tools enough',
        ],
        correction:
          'Automated tools catch only part of the problems (published estimates range from about a third to about half); focus order, meaningful labels and real usability need manual testing with a keyboard and a screen reader.',
      },
    ],
  },
  'topic.accessibility.3': {
    keyPoints: [
      {
        id: 'roles-states',
        concept:
          'the right roles and states: aria-expanded on the trigger, role dialog with aria-modal and a label',
        phrasings: [
          'aria expanded',
          'role dialog',
          'aria modal',
          'aria labelledby',
          'aria haspopup',
          'role menu',
          'role listbox',
        ],
      },
      {
        id: 'focus-management',
        concept:
          'focus management: moving focus into the dialog, trapping it there, and returning it to the trigger on close',
        phrasings: [
          'focus trap*',
          'trap focus',
          'return focus',
          'move focus',
          'focus back',
          'initial focus',
        ],
      },
      {
        id: 'keyboard',
        concept:
          'keyboard support: Escape to close, arrow keys within menus, Tab and Enter behaving as expected',
        phrasings: [
          'escape key',
          'escape to close',
          'arrow key*',
          'esc key',
          'enter to select',
          'tab moves',
        ],
      },
      {
        id: 'native-first',
        concept:
          'preferring native elements where possible, such as the dialog element or a select',
        phrasings: [
          'native element*',
          'dialog element',
          'select element',
          'inert',
          'built in element*',
        ],
      },
      {
        id: 'aria-practices',
        concept: 'following the ARIA Authoring Practices patterns and testing with screen readers',
        phrasings: [
          'authoring practices',
          'apg',
          'wai aria',
          'screen reader*',
          'voiceover',
          'nvda',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'div-with-click',
        claim: 'a div with click handler is fine for a custom dropdown',
        phrasings: ['div with onclick', 'div with click handler', 'clickable div fine'],
        correction:
          'A div is not focusable or announced as a control; use a button, or add role, tabindex and keyboard handling, and follow the ARIA pattern for the widget.',
      },
    ],
  },
  'topic.accessibility.4': {
    keyPoints: [
      {
        id: 'audit-baseline',
        concept: 'an audit to establish a baseline and prioritize the most severe, most used flows',
        phrasings: [
          'audit*',
          'baseline',
          'critical flow*',
          'severity',
          'most used',
          'key journey*',
        ],
      },
      {
        id: 'standard',
        concept: 'adopting a clear target such as WCAG 2.1 or 2.2 level AA',
        phrasings: ['wcag', 'level aa', 'aa', 'conformance', 'legal requirement*'],
      },
      {
        id: 'shared-components',
        concept: 'fixing shared components and the design system so fixes spread to every team',
        phrasings: [
          'design system',
          'component librar*',
          'shared component*',
          'fix once',
          'fix* spread*',
        ],
      },
      {
        id: 'process',
        concept:
          'building it into the process: design reviews, definition of done, automated checks in CI',
        phrasings: [
          'definition of done',
          'ci check*',
          'automated check*',
          'design review*',
          'checklist*',
          'release gate*',
        ],
      },
      {
        id: 'people',
        concept:
          'training, champions in teams, and involving disabled users in research and testing',
        phrasings: [
          'training',
          'champion*',
          'disabled user*',
          'user research',
          'education',
          'awareness',
        ],
      },
    ],
    misconceptions: [],
  },
  'topic.security.1': {
    keyPoints: [
      {
        id: 'injection',
        concept: 'injection, such as SQL injection, prevented with parameterized queries',
        phrasings: ['sql injection', 'parameteriz*', 'prepared statement*', 'injection attack*'],
      },
      {
        id: 'xss',
        concept:
          'cross-site scripting, prevented by contextual output encoding and a Content Security Policy',
        phrasings: [
          'xss',
          'cross site scripting',
          'escap* output',
          'encod* output',
          'content security policy',
          'csp',
          'sanitiz*',
        ],
      },
      {
        id: 'access-control',
        concept:
          'broken access control, checking authorization on the server for every request and object',
        phrasings: [
          'broken access control',
          'authoriz* check*',
          'idor',
          'permission check*',
          'server side check*',
          'check* ownership',
        ],
      },
      {
        id: 'csrf-config',
        concept:
          'CSRF, misconfiguration and vulnerable dependencies (SameSite cookies, tokens, patching)',
        phrasings: [
          'csrf',
          'cross site request forgery',
          'samesite',
          'vulnerable dependenc*',
          'patch*',
          'misconfigur*',
        ],
      },
      {
        id: 'habits',
        concept:
          'daily habits: validating input on the server, secrets out of code, least privilege, security review',
        phrasings: [
          'validat* input',
          'secret* out of',
          'least privilege',
          'owasp',
          'threat model*',
          'security review*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'client-validation',
        claim: 'validating input in the browser is enough to prevent attacks',
        phrasings: [
          'client side validation enough',
          'frontend validation enough',
          'browser validation enough',
        ],
        correction:
          'Attackers can bypass the browser and call the server directly; every check that matters must happen on the server.',
      },
      {
        id: 'https-secure',
        claim: 'using HTTPS makes a web application secure',
        phrasings: ['https makes secure', 'https enough', 'https makes it safe'],
        correction:
          'HTTPS protects data in transit only; it does nothing against injection, XSS or broken access control in the application.',
      },
    ],
  },
  'topic.security.2': {
    keyPoints: [
      {
        id: 'slow-hash',
        concept: 'using a slow, purpose-built password hash such as Argon2id, bcrypt or scrypt',
        phrasings: ['bcrypt', 'argon2', 'argon2id', 'scrypt', 'pbkdf2'],
      },
      {
        id: 'salt',
        concept:
          'a unique random salt per password, so identical passwords hash differently and precomputed tables fail',
        phrasings: [
          'salt*',
          'rainbow table*',
          'precomputed',
          'unique per user',
          'random value per',
        ],
      },
      {
        id: 'why-slow',
        concept:
          'why speed is bad: attackers with a leaked database can try billions of fast hashes per second',
        phrasings: [
          'brute force',
          'billions',
          'gpu*',
          'guess* per second',
          'per second',
          'leaked database',
          'offline attack*',
        ],
      },
      {
        id: 'work-factor',
        concept: 'a tunable work factor or memory cost, raised over time as hardware gets faster',
        phrasings: [
          'work factor',
          'cost factor',
          'iteration*',
          'memory hard',
          'tunable',
          'rounds',
          'cost parameter',
          'increase* over time',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'encrypt',
        claim: 'passwords should be encrypted so they can be decrypted when needed',
        phrasings: [
          'store encrypted password*',
          'reversibl* encrypt*',
          'encrypt them decrypt later',
          'encrypt passwords aes',
          'decrypt if forget*',
        ],
        correction:
          'Passwords should be hashed, which is one-way; the server never needs the original, and encrypted passwords leak with the key.',
      },
      {
        id: 'sha-ok',
        claim: 'hashing with SHA-256 or MD5 is safe for passwords',
        phrasings: ['sha256 safe', 'md5 fine', 'sha 256 enough', 'md5 safe'],
        correction:
          'MD5 and SHA-256 are fast general-purpose hashes, which makes brute force cheap; use Argon2id, bcrypt or scrypt.',
      },
    ],
  },
  'topic.security.3': {
    keyPoints: [
      {
        id: 'credentials',
        concept:
          'verifying credentials safely: hashed passwords, rate limiting, and multi-factor authentication or an identity provider',
        phrasings: [
          'mfa',
          'multi factor',
          'two factor',
          'oauth',
          'oidc',
          'identity provider',
          'rate limit*',
        ],
      },
      {
        id: 'session-token',
        concept: 'a high-entropy session token in a cookie marked HttpOnly, Secure and SameSite',
        phrasings: [
          'httponly',
          'secure flag',
          'samesite',
          'session cookie*',
          'random token',
          'session id',
        ],
      },
      {
        id: 'lifecycle',
        concept:
          'session lifecycle: expiry, rotation on login or privilege change, and server-side revocation on logout',
        phrasings: [
          'expir*',
          'rotat* the session',
          'revok*',
          'on logout',
          'log out',
          'idle timeout',
          'session fixation',
        ],
      },
      {
        id: 'csrf',
        concept: 'CSRF protection for cookie-based sessions',
        phrasings: ['csrf', 'cross site request forgery', 'anti forgery', 'csrf token'],
      },
      {
        id: 'jwt-tradeoff',
        concept:
          'the trade-off between server-side sessions and stateless tokens like JWTs, which are hard to revoke',
        phrasings: [
          'jwt*',
          'stateless',
          'hard to revoke',
          'short lived',
          'refresh token*',
          'server side session*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'localstorage-token',
        claim: 'storing the session token in localStorage is the safest option',
        phrasings: [
          'localstorage safest',
          'local storage safest',
          'localstorage more secure',
          'local storage more secure',
          'localstorage most secure',
          'local storage most secure',
        ],
        correction:
          'Any script on the page can read localStorage, so one XSS bug leaks the token; an HttpOnly cookie keeps it out of reach of scripts.',
      },
      {
        id: 'jwt-encrypted',
        claim: 'a JWT is encrypted, so it is safe to put secrets in it',
        phrasings: ['jwt encrypted', 'jwt is encrypted', 'secrets in jwt'],
        correction:
          'A typical JWT is signed, not encrypted: its payload is only base64url-encoded, so anyone holding the token can read it.',
      },
    ],
  },
  'topic.security.4': {
    keyPoints: [
      {
        id: 'contain',
        concept:
          'containing first: stopping the exposure, rotating credentials and preserving evidence',
        phrasings: [
          'contain* the',
          'rotat* credential*',
          'rotat* key*',
          'revok*',
          'preserv* evidence',
          'stop the leak',
          'shut* down access',
        ],
      },
      {
        id: 'incident-process',
        concept:
          'running it as an incident: the security team, legal and an incident lead, with a log of actions',
        phrasings: [
          'declare* an incident',
          'security team',
          'legal team',
          'incident commander',
          'escalat*',
          'war room',
        ],
      },
      {
        id: 'scope',
        concept: 'investigating scope with logs: what data, whose, since when and how',
        phrasings: [
          'audit log*',
          'access log*',
          'how many customer*',
          'how long exposed',
          'investigat*',
          'forensic*',
        ],
      },
      {
        id: 'notify',
        concept:
          'notifying the regulator within legal deadlines (72 hours under GDPR) and affected customers where required',
        phrasings: [
          'notif*',
          'gdpr',
          '72 hours',
          'regulator*',
          'disclos*',
          'affected customer*',
          'seventy two hours',
        ],
      },
      {
        id: 'postmortem',
        concept: 'a blameless post-incident review and fixing the root cause',
        phrasings: [
          'postmortem',
          'post mortem',
          'blameless',
          'root cause',
          'lessons learned',
          'prevent* it happening',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'quiet-fix',
        claim: 'it is best to quietly fix the issue without telling anyone until you are certain',
        phrasings: ['quietly fix', 'keep it quiet', 'fix silently', 'tell no one'],
        correction:
          'Delaying escalation can break legal notification deadlines and loses evidence; bring in security and legal immediately, even before you are sure.',
      },
    ],
  },
  'topic.observability.1': {
    keyPoints: [
      {
        id: 'logs',
        concept:
          'that logs are detailed records of individual events, best for investigating what happened in a specific case',
        phrasings: [
          'individual event*',
          'specific request',
          'detail* of each',
          'structured log*',
          'what happened in',
          'debug* a specific',
        ],
      },
      {
        id: 'metrics',
        concept:
          'that metrics are cheap numeric aggregates over time, best for dashboards, trends and alerting',
        phrasings: [
          'numeric aggregate*',
          'aggregat* over time',
          'counter*',
          'over time',
          'dashboard* and alert*',
          'alert* on metric*',
          'trend*',
        ],
      },
      {
        id: 'traces',
        concept:
          'that traces follow one request across services, showing where time is spent and where it failed',
        phrasings: [
          'across services',
          'one request across',
          'span*',
          'end to end',
          'where time is spent',
          'distributed trac*',
        ],
      },
      {
        id: 'together',
        concept:
          'using them together: a metric alerts, a trace localizes, logs explain, linked by a trace ID',
        phrasings: [
          'trace id',
          'correlat*',
          'link* them',
          'drill down',
          'combine* them',
          'used together',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'metrics-per-user',
        claim: 'metrics should carry a label for each user or request ID',
        phrasings: ['add user id label', 'label with user id', 'metric per user'],
        correction:
          'High-cardinality labels such as user IDs explode metric storage and cost; put per-request detail in logs and traces instead.',
      },
    ],
  },
  'topic.observability.2': {
    keyPoints: [
      {
        id: 'symptoms',
        concept:
          'alerting on user-facing symptoms such as error rate and latency, not on every cause like CPU',
        phrasings: [
          'symptom*',
          'user facing',
          'error rate',
          'latency user*',
          'not on cpu',
          'customer impact',
        ],
      },
      {
        id: 'slo-burn',
        concept: 'SLO-based alerts on error budget burn rate',
        phrasings: ['slo', 'error budget', 'burn rate', 'service level'],
      },
      {
        id: 'actionable',
        concept:
          'every page needing a human action now, with a runbook; the rest goes to tickets or dashboards',
        phrasings: [
          'runbook*',
          'ticket* instead',
          'page* only',
          'urgent',
          'human action',
          'playbook*',
        ],
      },
      {
        id: 'review-noise',
        concept: 'reviewing alerts regularly and deleting or tuning noisy ones',
        phrasings: [
          'noisy alert*',
          'tune the alert*',
          'retun*',
          'tuning',
          'review* alert*',
          'review* the pages',
          'delet* alert*',
          'false positive*',
          'alert fatigue',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'alert-everything',
        claim: 'it is safest to alert on every metric that looks abnormal',
        phrasings: ['alert on everything', 'alert every metric', 'more alerts safer'],
        correction:
          'Too many alerts cause alert fatigue and real pages get ignored; page only on symptoms that need action now.',
      },
    ],
  },
  'topic.observability.3': {
    keyPoints: [
      {
        id: 'roles',
        concept:
          'declaring an incident and assigning roles: an incident commander, a communications lead, responders',
        phrasings: [
          'incident commander',
          'communications lead',
          'assign* roles',
          'declare*',
          'severity level',
          'incident channel',
        ],
      },
      {
        id: 'mitigate',
        concept:
          'mitigating first to stop user impact (roll back, fail over, disable a feature), root cause later',
        phrasings: [
          'mitigat*',
          'roll* back',
          'rollback',
          'fail* over',
          'stop the bleeding',
          'restore service',
        ],
      },
      {
        id: 'communicate',
        concept: 'regular status updates to stakeholders and users',
        phrasings: ['status page', 'status update*', 'update* stakeholder*', 'regular update*'],
      },
      {
        id: 'timeline',
        concept: 'keeping a timeline of what was seen and done',
        phrasings: ['timeline', 'notes as', 'record* what', 'write* down what'],
      },
      {
        id: 'review',
        concept:
          'a blameless review that finds contributing causes and produces owned follow-up actions',
        phrasings: [
          'blameless',
          'postmortem',
          'post mortem',
          'retrospective',
          'action item*',
          'contributing factor*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'root-cause-first',
        claim: 'the first priority is finding the root cause',
        phrasings: ['first priority root cause', 'priority is root cause'],
        correction:
          'The first priority is restoring service; investigating the root cause can wait until users are no longer affected.',
      },
    ],
  },
  'topic.observability.4': {
    keyPoints: [
      {
        id: 'sli',
        concept:
          'choosing SLIs that reflect what consumers experience: availability, latency, correctness',
        phrasings: [
          'sli',
          'indicator*',
          'success rate',
          'latency percentile*',
          'percentile*',
          'availability measur*',
        ],
      },
      {
        id: 'slo',
        concept:
          'setting SLO targets from what dependents need and current performance, not one hundred percent',
        phrasings: ['slo', 'nines', '99', 'objective*', 'four nines', 'ninety nine', 'three nines'],
      },
      {
        id: 'error-budget',
        concept: 'an error budget policy deciding when to slow releases and focus on reliability',
        phrasings: [
          'error budget',
          'budget policy',
          'release freeze',
          'burn rate',
          'slow* releases',
        ],
      },
      {
        id: 'agree',
        concept: 'agreeing the targets with the dependent teams and reviewing them periodically',
        phrasings: [
          'agree* with',
          'consumer*',
          'dependent team*',
          'negotiat*',
          'document* the target*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'hundred-percent',
        claim: 'the target should be one hundred percent availability',
        phrasings: [
          'target one hundred percent',
          'aim one hundred percent',
          '100 percent uptime',
          'never go down',
        ],
        correction:
          'A 100% target is unachievable and freezes change; pick a target just above what users notice and spend the remaining error budget on shipping.',
      },
    ],
  },
  'topic.cicd.1': {
    keyPoints: [
      {
        id: 'checks',
        concept:
          'what to check: build, type checks and lint, unit and integration tests, security and dependency scans',
        phrasings: [
          'lint*',
          'type check*',
          'unit test*',
          'integration test*',
          'security scan*',
          'dependency scan*',
          'build step',
        ],
      },
      {
        id: 'fast-feedback',
        concept: 'ordering for fast feedback, with the quick checks first and failing early',
        phrasings: ['fail fast', 'fail early', 'quick* first', 'fast feedback', 'within minutes'],
      },
      {
        id: 'speed',
        concept: 'keeping it fast with caching, parallel jobs and running only what changed',
        phrasings: [
          'cach* dependenc*',
          'build cache',
          'run* in parallel',
          'parallel* job*',
          'only what changed',
          'affected',
          'incremental',
          'shard*',
        ],
      },
      {
        id: 'reliable',
        concept: 'keeping it trustworthy: fixing flaky tests and reproducible builds',
        phrasings: [
          'flak*',
          'reproducib*',
          'deterministic',
          'trust* the pipeline',
          'pinned version*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'run-everything-always',
        claim: 'the pipeline should run every test on every commit, however long it takes',
        phrasings: ['every test every commit', 'full suite every commit'],
        correction:
          'A slow pipeline gets bypassed or batched; order fast checks first, cache and parallelize, and run only affected tests where that is reliable.',
      },
    ],
  },
  'topic.cicd.2': {
    keyPoints: [
      {
        id: 'canary',
        concept:
          'canary releases: sending a small share of traffic to the new version and comparing its metrics',
        phrasings: [
          'small percentage',
          'percent of traffic',
          'subset of',
          'compare* metric*',
          'gradual*',
        ],
      },
      {
        id: 'blue-green',
        concept:
          'blue-green deploys: two environments, switching traffic over and switching back to roll back',
        phrasings: [
          'two environment*',
          'switch traffic',
          'switch back',
          'idle environment',
          'instant* switch*',
          'load balancer switch*',
        ],
      },
      {
        id: 'flags',
        concept:
          'feature flags separating deploy from release, so features can be turned on gradually or off instantly',
        phrasings: [
          'turn off instantly',
          'switch it off',
          'turn* on and off',
          'kill switch',
          'toggle*',
          'ship dark',
          'separat* deploy* from',
          'decoupl* deploy from release',
          'percentage of user*',
        ],
      },
      {
        id: 'monitor-rollback',
        concept: 'automated health checks and rollback based on error rate and latency',
        phrasings: [
          'automat* rollback',
          'roll* back automatic*',
          'health check* fail*',
          'roll* back if',
          'roll* back when',
          'compare* error rate*',
          'error rate threshold',
          'latency threshold',
        ],
      },
      {
        id: 'data-compat',
        concept:
          'backward-compatible database migrations so old and new versions can run side by side',
        phrasings: [
          'backward compatib*',
          'migration*',
          'schema change*',
          'expand contract',
          'side by side',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'canary-no-metrics',
        claim: 'a canary is just deploying to one server first',
        phrasings: ['canary means one server', 'canary is one server', 'one server first'],
        correction:
          'A canary only helps if you compare its error rate and latency with the baseline and roll back automatically when it is worse.',
      },
    ],
  },
  'topic.cicd.3': {
    keyPoints: [
      {
        id: 'measure',
        concept: 'measuring the lead time stage by stage to find where the time goes',
        phrasings: ['lead time', 'each stage', 'measur* the', 'bottleneck', 'wait* time'],
      },
      {
        id: 'automate',
        concept: 'removing manual gates and batching by automating deploys on every merge',
        phrasings: [
          'manual* gate*',
          'automat* deploy*',
          'continuous deploy*',
          'release train*',
          'approval*',
        ],
      },
      {
        id: 'small-changes',
        concept: 'smaller changes, which lower the risk of each deploy',
        phrasings: [
          'small* change*',
          'batch size',
          'trunk based',
          'small* pull request*',
          'deploy* more frequent*',
        ],
      },
      {
        id: 'safety',
        concept: 'progressive delivery and automatic rollback so speed does not add risk',
        phrasings: [
          'canary',
          'feature flag*',
          'automat* rollback',
          'progressive',
          'blue green',
          'health check*',
        ],
      },
      {
        id: 'faster-pipeline',
        concept: 'making the pipeline itself faster with parallel tests and caching',
        phrasings: ['run* in parallel', 'parallel* test*', 'flak*', 'faster test*', 'shard*'],
      },
    ],
    misconceptions: [
      {
        id: 'speed-vs-stability',
        claim: 'deploying faster necessarily means more incidents',
        phrasings: [
          'faster means riskier',
          'speed means more incidents',
          'faster deploy* more incident*',
        ],
        correction:
          'Delivery research consistently finds that teams deploying more often in small batches also have lower change failure rates and faster recovery.',
      },
    ],
  },
  'topic.api.1': {
    keyPoints: [
      {
        id: 'consistency',
        concept: 'consistency in naming, structure and behavior, so one part teaches the rest',
        phrasings: ['consisten*', 'naming', 'predictabl*', 'convention*', 'least surprise'],
      },
      {
        id: 'errors',
        concept: 'clear, actionable errors with the right status codes',
        phrasings: [
          'error message*',
          'status code*',
          'actionable',
          'clear error*',
          'what went wrong',
        ],
      },
      {
        id: 'docs',
        concept: 'good documentation with examples, and a quick path to the first successful call',
        phrasings: ['docs with example*', 'getting started', 'quickstart', 'sdk*'],
      },
      {
        id: 'stability',
        concept: 'stability: versioning and not breaking clients',
        phrasings: [
          'version* the api',
          'breaking change*',
          'backward compatib*',
          'stable contract',
          'deprecat*',
        ],
      },
      {
        id: 'example',
        concept: 'a concrete API you used and what specifically made it good or bad',
        phrasings: [
          'stripe',
          'github',
          'twilio',
          'in my experience',
          'for example the',
          'at my last',
        ],
      },
    ],
    misconceptions: [],
  },
  'topic.api.2': {
    keyPoints: [
      {
        id: 'versioning',
        concept:
          'a versioning scheme (path, header or date-based) with additive changes within a version and a deprecation policy',
        phrasings: [
          'v1',
          'version* header',
          'url path',
          'deprecat*',
          'additive',
          'sunset',
          'date based',
        ],
      },
      {
        id: 'errors',
        concept:
          'correct status codes and a consistent machine-readable error body with a code and message',
        phrasings: [
          'status code*',
          '400',
          '404',
          '500',
          'error code*',
          'problem details',
          'error body',
          '4xx',
          'four hundred',
          'four oh four',
          'five hundred',
        ],
      },
      {
        id: 'pagination',
        concept: 'cursor-based pagination for large or changing lists, rather than offsets',
        phrasings: ['cursor*', 'offset*', 'next page', 'page token', 'keyset', 'page size'],
      },
      {
        id: 'consistency',
        concept:
          'consistency across endpoints and documenting it all, for example in an OpenAPI spec',
        phrasings: ['openapi', 'swagger', 'consisten* across', 'spec'],
      },
    ],
    misconceptions: [
      {
        id: '200-errors',
        claim: 'returning 200 with an error message in the body is fine',
        phrasings: ['always return 200', '200 with error', 'always 200'],
        correction:
          'Clients, proxies and monitoring rely on status codes; return 4xx for client errors and 5xx for server errors along with a structured body.',
      },
    ],
  },
  'topic.api.3': {
    keyPoints: [
      {
        id: 'signature',
        concept:
          'signing each payload with an HMAC over the body and a timestamp using a shared secret',
        phrasings: ['hmac', 'signature', 'sign* the payload', 'shared secret', 'signing secret'],
      },
      {
        id: 'replay',
        concept:
          'rejecting old timestamps to stop replay, and comparing signatures in constant time',
        phrasings: ['timestamp', 'replay', 'constant time', 'tolerance window', 'reject* old'],
      },
      {
        id: 'idempotency',
        concept: 'a unique event ID so receivers can deduplicate, since delivery is at least once',
        phrasings: ['event id', 'dedup*', 'idempoten*', 'at least once', 'duplicate deliver*'],
      },
      {
        id: 'retries',
        concept:
          'retrying with exponential backoff on non-2xx, and receivers acknowledging fast and processing asynchronously',
        phrasings: [
          'backoff',
          '2xx',
          'acknowledg* quickly',
          'asynchron*',
          'respond quickly',
          'two hundred',
        ],
      },
      {
        id: 'ordering-recovery',
        concept: 'not relying on order, and offering a way to fetch missed events or replay them',
        phrasings: [
          'not rely* on order',
          'out of order',
          'missed event*',
          'redeliver*',
          'dashboard',
          'fetch latest',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'ip-allowlist-enough',
        claim: 'an IP allowlist or a secret URL is enough to trust webhooks',
        phrasings: ['secret url enough', 'ip allowlist enough', 'obscure url'],
        correction: 'IPs change and URLs leak into logs; verify a signature on every delivery.',
      },
      {
        id: 'exactly-once',
        claim: 'each webhook is delivered exactly once',
        phrasings: ['delivered exactly once', 'exactly once delivery', 'only sent once'],
        correction: 'Retries mean receivers will see duplicates; deduplicate on the event ID.',
      },
    ],
  },
  'topic.data-pipelines.1': {
    keyPoints: [
      {
        id: 'idempotent-writes',
        concept:
          'idempotent writes: overwriting a partition or merging (upserting) on a key instead of appending',
        phrasings: [
          'overwrit* partition',
          'upsert*',
          'merge on',
          'idempoten*',
          'insert overwrite',
          'replace* the partition',
        ],
      },
      {
        id: 'partitioning',
        concept: 'processing in units such as a date partition so each can be rerun independently',
        phrasings: [
          'date partition*',
          'by date',
          'per day',
          'batch id',
          'unit of work',
          'each partition independent*',
        ],
      },
      {
        id: 'atomic-publish',
        concept:
          'writing to staging and swapping atomically so readers never see half-written output',
        phrasings: [
          'staging table*',
          'atomic*',
          'swap the table*',
          'temporary table',
          'rename the',
          'transaction*',
        ],
      },
      {
        id: 'checkpoints',
        concept: 'checkpoints or state tracking so a rerun resumes or redoes only what failed',
        phrasings: ['checkpoint*', 'watermark*', 'state tracking', 'resume', 'track* progress'],
      },
      {
        id: 'deterministic',
        concept:
          'deterministic transformations that do not depend on the current time or order of arrival',
        phrasings: ['deterministic', 'current time', 'same input', 'pure transform*'],
      },
    ],
    misconceptions: [
      {
        id: 'append-dedupe-later',
        claim: 'appending on rerun is fine because duplicates can be removed later',
        phrasings: [
          'append again',
          'dedupe later',
          'clean duplicates later',
          'remove duplicates later',
        ],
        correction:
          'Duplicates leak into every downstream table and report before anyone cleans them; make the write itself idempotent.',
      },
    ],
  },
  'topic.data-pipelines.2': {
    keyPoints: [
      {
        id: 'checks',
        concept:
          'data quality checks on each run: row counts, nulls, uniqueness, ranges and referential integrity',
        phrasings: [
          'row count*',
          'null rate*',
          'uniqueness',
          'unique check*',
          'range check*',
          'referential',
          'schema check*',
        ],
      },
      {
        id: 'freshness',
        concept: 'freshness and volume monitoring against expected baselines',
        phrasings: [
          'freshness',
          'arriv* late',
          'volume drop*',
          'against a baseline',
          'anomal* detect*',
          'expected volume',
        ],
      },
      {
        id: 'tools',
        concept: 'tests in the pipeline itself, with tools such as dbt tests or Great Expectations',
        phrasings: ['dbt', 'great expectations', 'data test*', 'assertion*', 'data contract*'],
      },
      {
        id: 'block',
        concept: 'stopping bad data before it is published, with quarantine and alerts to an owner',
        phrasings: [
          'quarantin*',
          'block* publish*',
          'circuit breaker',
          'alert* the owner',
          'halt* the pipeline',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'job-success-enough',
        claim: 'a pipeline job that finishes without errors produced good data',
        phrasings: ['job succeeded data good', 'no errors data good', 'green job means correct'],
        correction:
          'Jobs succeed with empty partitions, duplicated rows or shifted schemas; check the data itself: row counts, nulls, freshness and distributions.',
      },
    ],
  },
  'topic.data-pipelines.3': {
    keyPoints: [
      {
        id: 'latency-need',
        concept:
          'choosing streaming when the business needs results in seconds or minutes, like fraud or alerts',
        phrasings: [
          'within seconds',
          'real time',
          'near real time',
          'fraud',
          'low latency',
          'immediately',
        ],
      },
      {
        id: 'costs',
        concept:
          'what streaming costs: always-on infrastructure, operational complexity and harder debugging',
        phrasings: [
          'always on',
          'operational complex*',
          'more complex',
          'harder to debug',
          'more expensive',
          'on call',
        ],
      },
      {
        id: 'semantics',
        concept:
          'harder semantics: late and out-of-order events, windows, watermarks and delivery guarantees',
        phrasings: [
          'late event*',
          'out of order',
          'window*',
          'watermark*',
          'exactly once',
          'at least once',
        ],
      },
      {
        id: 'reprocessing',
        concept:
          'that reprocessing and backfills are harder in streaming, and batch is simpler when hours are fine',
        phrasings: [
          'reprocess*',
          'backfill*',
          'replay*',
          'batch is simpler',
          'hourly',
          'daily batch',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'streaming-better',
        claim: 'streaming is always better because fresher data is always more valuable',
        phrasings: ['streaming always better', 'always use streaming', 'batch is outdated'],
        correction:
          'Fresher data is only worth its cost when someone acts on it quickly; for daily reports batch is cheaper and easier to get right.',
      },
    ],
  },
  'topic.data-pipelines.4': {
    keyPoints: [
      {
        id: 'separate',
        concept:
          'running the backfill separately from the live path with its own resources and lower priority',
        phrasings: [
          'separate job',
          'separate cluster',
          'own resources',
          'lower priority',
          'isolat* from live',
          'throttl*',
        ],
      },
      {
        id: 'chunks',
        concept: 'processing in chunks such as a day at a time, with checkpoints so it can resume',
        phrasings: [
          'chunk*',
          'day at a time',
          'partition at a time',
          'checkpoint*',
          'small batches',
          'resume',
        ],
      },
      {
        id: 'idempotent-merge',
        concept:
          'idempotent writes and a clear rule for where backfill and live data meet, so nothing is doubled or lost',
        phrasings: [
          'idempoten*',
          'upsert*',
          'overlap*',
          'cutover point',
          'where they meet',
          'duplicate*',
        ],
      },
      {
        id: 'same-logic',
        concept: 'using the same code and logic version for both, or a documented version boundary',
        phrasings: [
          'same code',
          'same logic',
          'same version',
          'logic version*',
          'consisten* with live',
        ],
      },
      {
        id: 'validate',
        concept:
          'validating a sample first and reconciling counts against the source before and after',
        phrasings: [
          'sample first',
          'validat*',
          'reconcil*',
          'compare count*',
          'spot check*',
          'dry run',
        ],
      },
      {
        id: 'downstream',
        concept:
          'warning downstream consumers and sinks (APIs, emails, triggers) that should not fire for old data',
        phrasings: [
          'downstream consumer*',
          'warn* consumer*',
          'without trigger*',
          'suppress*',
          'disabl* notification*',
          'notif* fire*',
          'emails sent',
          'side effect* downstream',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'backfill-on-live',
        claim: 'running the backfill through live pipeline at full speed is the simplest approach',
        phrasings: [
          'backfill through live pipeline',
          'backfill at full speed',
          'reuse the live job',
        ],
        correction:
          'A year of data competes with live traffic for resources and fires downstream side effects; run it separately, throttled and in chunks.',
      },
    ],
  },
  'topic.architecture.1': {
    keyPoints: [
      {
        id: 'requirements',
        concept:
          'anchoring on requirements and quality attributes: scale, latency, reliability, cost, team skills',
        phrasings: [
          'requirement*',
          'quality attribute*',
          'non functional',
          'latency need*',
          'team skill*',
        ],
      },
      {
        id: 'compare',
        concept: 'comparing options explicitly against weighted criteria',
        phrasings: [
          'against criteria',
          'decision matrix',
          'pros and cons',
          'weigh*',
          'score* each',
          'side by side',
        ],
      },
      {
        id: 'reversibility',
        concept:
          'weighing reversibility and the cost of being wrong, leaning towards the simpler option',
        phrasings: [
          'reversib*',
          'simpler option',
          'cost of change',
          'one way door',
          'two way door',
          'undo',
        ],
      },
      {
        id: 'evidence',
        concept: 'getting evidence with a spike, prototype or benchmark on the riskiest question',
        phrasings: ['prototype', 'spike', 'benchmark*', 'proof of concept', 'experiment*'],
      },
      {
        id: 'record',
        concept:
          'recording the decision and its reasons, for example in an architecture decision record',
        phrasings: [
          'adr',
          'decision record',
          'write* down the decision',
          'document* the decision',
          'rfc',
        ],
      },
    ],
    misconceptions: [],
  },
  'topic.architecture.2': {
    keyPoints: [
      {
        id: 'adr',
        concept:
          'an architecture decision record: context, decision, alternatives considered and consequences',
        phrasings: [
          'adr',
          'decision record*',
          'context decision',
          'consequence*',
          'alternatives considered',
        ],
      },
      {
        id: 'why',
        concept: 'capturing the why and the constraints at the time, not just the what',
        phrasings: [
          'reason* behind',
          'rationale',
          'constraint* at the time',
          'trade off*',
          'why we chose',
        ],
      },
      {
        id: 'near-code',
        concept: 'keeping the record close to the code, versioned and searchable',
        phrasings: [
          'in the repo*',
          'version control',
          'next to the code',
          'searchable',
          'markdown',
          'git',
        ],
      },
      {
        id: 'diagrams',
        concept: 'simple diagrams at the right level, such as the C4 model',
        phrasings: ['diagram*', 'c4', 'picture', 'visual*', 'sketch*'],
      },
      {
        id: 'living',
        concept:
          'superseding rather than silently editing, and sharing it in reviews and onboarding',
        phrasings: [
          'supersed*',
          'status of',
          'onboarding',
          'walkthrough',
          'present* it',
          'announce*',
        ],
      },
    ],
    misconceptions: [],
  },
  'topic.architecture.3': {
    keyPoints: [
      {
        id: 'principles',
        concept:
          'a small set of clear principles and documented boundaries that teams can decide against',
        phrasings: [
          'principle*',
          'guideline*',
          'documented boundar*',
          'north star',
          'target architecture',
          'tenet*',
        ],
      },
      {
        id: 'lightweight-review',
        concept:
          'lightweight review for cross-cutting changes, such as RFCs or an architecture forum',
        phrasings: [
          'rfc*',
          'architecture review',
          'forum',
          'guild',
          'design review',
          'advice process',
        ],
      },
      {
        id: 'automation',
        concept:
          'automated guardrails such as dependency rules, fitness functions and paved-path templates',
        phrasings: [
          'fitness function*',
          'dependency rule*',
          'lint*',
          'template*',
          'paved road',
          'golden path',
        ],
      },
      {
        id: 'ownership',
        concept: 'clear ownership of components and interfaces aligned with teams',
        phrasings: [
          'clear ownership',
          'conway*',
          'team topolog*',
          'interface* between',
          'contract*',
        ],
      },
      {
        id: 'decision-log',
        concept: 'shared decision records so teams build on earlier decisions',
        phrasings: ['adr', 'decision record*', 'decision log', 'shared document*'],
      },
    ],
    misconceptions: [
      {
        id: 'central-approval',
        claim: 'every change should be approved by a central architecture board',
        phrasings: ['approve every change', 'central board approv*', 'all changes approv*'],
        correction:
          'Central approval of every change becomes a bottleneck and teams route around it; govern the cross-cutting decisions and automate the rest.',
      },
    ],
  },
  'topic.legacy.1': {
    keyPoints: [
      {
        id: 'understand',
        concept:
          'building a mental map first: running it, reading entry points, tracing one flow end to end',
        phrasings: [
          'entry point*',
          'run it locally',
          'trace* flow',
          'mental map',
          'read* the code',
          'debugger',
        ],
      },
      {
        id: 'history-people',
        concept:
          'using commit history and the people who know it to learn why things are the way they are',
        phrasings: ['git blame', 'commit history', 'git log', 'ask* people', 'original author*'],
      },
      {
        id: 'tests',
        concept: 'adding characterization tests before changing behavior',
        phrasings: [
          'characterization test*',
          'add* test* before',
          'safety net',
          'existing behavio*',
          'tests first',
        ],
      },
      {
        id: 'small-changes',
        concept: 'small, careful changes and leaving the code a little better each time',
        phrasings: ['small change*', 'boy scout', 'incremental*', 'little better', 'small step*'],
      },
      {
        id: 'respect',
        concept: 'assuming there were reasons for odd code before changing it',
        phrasings: [
          'chesterton*',
          'reason for',
          'constraints at the time',
          'assume there was',
          'respect* the',
        ],
      },
    ],
    misconceptions: [],
  },
  'topic.legacy.2': {
    keyPoints: [
      {
        id: 'strangler',
        concept:
          'the strangler fig pattern: routing traffic piece by piece to the new system behind a facade',
        phrasings: [
          'strangler',
          'facade',
          'proxy in front',
          'route* traffic',
          'routing',
          'piece by piece',
          'one at a time',
        ],
      },
      {
        id: 'data-migration',
        concept:
          'a data migration plan: sync or dual writes, backfill and reconciliation between old and new',
        phrasings: [
          'dual write*',
          'backfill*',
          'reconcil*',
          'sync* data',
          'change data capture',
          'data migration',
        ],
      },
      {
        id: 'verify',
        concept: 'verifying parity with shadow traffic or comparing outputs before switching',
        phrasings: [
          'shadow*',
          'parallel run',
          'compare output*',
          'parity',
          'dark launch*',
          'diff* the output*',
        ],
      },
      {
        id: 'rollback',
        concept:
          'being able to switch back at each step, with gradual rollout by user or percentage',
        phrasings: [
          'roll* back',
          'switch back',
          'feature flag*',
          'percent* of user*',
          'gradual*',
          'canary',
        ],
      },
      {
        id: 'decommission',
        concept:
          'actually turning the old system off at the end, with milestones that deliver value along the way',
        phrasings: ['decommission*', 'turn off the old', 'shut down', 'retire*', 'milestone*'],
      },
    ],
    misconceptions: [],
  },
  'topic.legacy.3': {
    keyPoints: [
      {
        id: 'rewrite-risks',
        concept:
          'the risks of a rewrite: lost implicit behavior and edge cases, a moving target, no value until it ships',
        phrasings: [
          'edge case*',
          'implicit*',
          'moving target',
          'no value until',
          'feature parity',
          'second system',
        ],
      },
      {
        id: 'what-is-wrong',
        concept:
          'diagnosing what is actually wrong: the architecture, the platform, or just parts of the code',
        phrasings: [
          'root problem',
          'diagnos*',
          'which parts',
          'platform',
          'unsupported',
          'end of life',
        ],
      },
      {
        id: 'incremental-default',
        concept:
          'defaulting to incremental improvement or strangler-style replacement that delivers along the way',
        phrasings: ['incremental*', 'strangler', 'piece by piece', 'along the way', 'refactor*'],
      },
      {
        id: 'when-rewrite',
        concept:
          'when a rewrite is justified: small scope, a dead platform, or requirements that changed fundamentally',
        phrasings: [
          'small enough',
          'fundamental*',
          'dead platform',
          'cannot hire',
          'unsupported',
          'justif*',
        ],
      },
      {
        id: 'cost-benefit',
        concept: 'weighing both by cost, risk and time to value, with the business involved',
        phrasings: ['cost and risk', 'time to value', 'business case', 'roi', 'estimate*'],
      },
    ],
    misconceptions: [
      {
        id: 'rewrite-faster',
        claim: 'a rewrite is faster because the team already knows what to build',
        phrasings: ['rewrite faster', 'rewrite* quicker', 'already know what build'],
        correction:
          'The old system encodes years of edge cases nobody wrote down, so rewrites routinely take far longer than planned.',
      },
    ],
  },
  'topic.cloud.1': {
    keyPoints: [
      {
        id: 'breakdown',
        concept: 'the billing breakdown by service, account, region and tag to see which line grew',
        phrasings: [
          'cost explorer',
          'breakdown by',
          'by service',
          'cost allocation tag*',
          'billing report*',
          'line item*',
        ],
      },
      {
        id: 'changes',
        concept:
          'matching the growth to recent changes: new deploys, features, traffic or configuration',
        phrasings: [
          'recent deploy*',
          'recent change*',
          'traffic grew',
          'new feature*',
          'config* change*',
          'when it started',
        ],
      },
      {
        id: 'usual-suspects',
        concept:
          'the usual suspects: idle or oversized resources, autoscaling runaway, data transfer or egress, logging volume, storage',
        phrasings: [
          'idle resource*',
          'oversiz*',
          'autoscal* runaway',
          'egress',
          'data transfer',
          'log volume',
          'old snapshot*',
          'storage growth',
        ],
      },
      {
        id: 'prevent',
        concept: 'budgets and anomaly alerts, plus ownership tags so it is caught sooner next time',
        phrasings: ['budget alert*', 'anomaly', 'cost alert*', 'owner* tag*', 'tagging', 'finops'],
      },
    ],
    misconceptions: [
      {
        id: 'reserved-first',
        claim: 'buying reserved instances or savings plans is the first fix for a doubled bill',
        phrasings: ['buy reserved instance* first', 'savings plan first', 'commit first'],
        correction:
          'Commitments lock in spend you have not explained yet; find what grew and cut the waste first, then commit to the steady baseline.',
      },
    ],
  },
  'topic.cloud.2': {
    keyPoints: [
      {
        id: 'deliberate',
        concept:
          'choosing lock-in deliberately: accepting it where the managed service saves a lot of work',
        phrasings: [
          'deliberate*',
          'trade off*',
          'worth it',
          'accept* lock in',
          'conscious*',
          'save* time',
        ],
      },
      {
        id: 'standards',
        concept:
          'preferring services on open standards or protocols, such as managed Postgres or Kubernetes',
        phrasings: [
          'open standard*',
          'postgres*',
          'kubernetes',
          'open source',
          'protocol*',
          'compatible',
        ],
      },
      {
        id: 'abstraction',
        concept: 'keeping provider-specific code behind your own interfaces in a thin layer',
        phrasings: [
          'own interface*',
          'adapter*',
          'abstraction',
          'wrapper',
          'thin layer',
          'ports and adapters',
          'hexagonal',
        ],
      },
      {
        id: 'data-portability',
        concept: 'data portability and egress costs, and infrastructure as code',
        phrasings: [
          'export*',
          'egress',
          'data portab*',
          'terraform',
          'infrastructure as code',
          'portab*',
        ],
      },
      {
        id: 'exit-plan',
        concept: 'knowing the rough cost of leaving and revisiting it as usage grows',
        phrasings: ['exit plan', 'exit cost*', 'switching cost*', 'migration cost*', 'revisit*'],
      },
    ],
    misconceptions: [
      {
        id: 'multi-cloud-everything',
        claim: 'the way to avoid lock-in is to run everything on several clouds at once',
        phrasings: ['run on every cloud', 'all clouds at once'],
        correction:
          'Running everything multi-cloud costs a lot and limits you to the lowest common denominator; it is rarely worth it compared with targeted portability.',
      },
    ],
  },
};
