/**
 * Development set of the scoring corpus: answers of known quality to bank questions, with the
 * label a careful human rater gives and why. Format and labelling rules: types.ts, README.md.
 * The held-out set (holdout.ts) uses different questions.
 */
import { buildCorpus, type AdversarialCase, type PairSpec } from './types';

const SE = 'Software Engineer';
const FE = 'Frontend Engineer';
const BE = 'Backend Engineer';
const DATA = 'Data Engineer';
const ML = 'Machine Learning Engineer';
const OPS = 'DevOps Engineer';
const QA = 'QA Engineer';
const SEC = 'Security Engineer';
const PM = 'Product Manager';
const EM = 'Engineering Manager';
const UX = 'Product Designer';
const MOB = 'Mobile Engineer';

const PAIRS: readonly PairSpec[] = [
  {
    questionId: 'tech.3',
    role: SE,
    level: 'junior',
    traits: ['concise-strong'],
    strong: {
      id: 'c-hash-strong',
      answer:
        'A hash table stores key value pairs in an array of buckets. You run the key through a hash function, which turns it into a number, and that number modulo the array size tells you which bucket to look in, so on average a lookup is constant time instead of scanning everything. A collision is when two different keys land in the same bucket. One way to handle it is chaining, where each bucket holds a small list and you compare keys along it. The other is open addressing, where you probe for the next free slot. Both keep both values. As the table fills up the load factor goes up and collisions get more common, so once it passes a threshold, something like three quarters full, you allocate a bigger array and rehash everything into it.',
      reason:
        'Correct on every part: hashing to a bucket index, average constant-time lookup, both collision strategies with keys compared so both values survive, and load factor with resizing. Plain and short.',
    },
    weak: {
      id: 'c-hash-weak',
      answer:
        'So a hash table is, um, like a dictionary in Python or a map in JavaScript. You put a key in and you get the value back, and it is really fast, which is why everybody uses them. I use them all the time, for counting things or caching things. When two keys collide, I think the language just handles that for you, so in practice you do not really have to worry about it.',
      reason:
        'Names familiar equivalents but never explains why lookups are fast (hashing to an index) and dodges the collision part entirely. No mention of buckets, chaining, probing or resizing.',
    },
  },
  {
    questionId: 'tech.1',
    role: SE,
    level: 'intern',
    traits: [],
    strong: {
      id: 'c-url-strong',
      answer:
        'First the browser works out where the site lives. It checks its own cache and the operating system, and if it does not know the address it asks a DNS resolver, which returns an IP address. Then it opens a TCP connection to that IP, and because almost everything is HTTPS now there is a TLS handshake where the server proves who it is with a certificate and they agree on encryption keys. Then the browser sends an HTTP GET request for the page. The server, maybe behind a load balancer, builds or fetches the HTML and sends it back with a status code like two hundred. The browser parses the HTML into the DOM, and as it finds stylesheets, scripts and images it makes more requests for those. It builds the CSS rules, works out the layout, and paints the pixels. Scripts can block parsing unless they are deferred, which is one reason pages feel slow.',
      reason:
        'Covers the chain in order and correctly: DNS, TCP, TLS, HTTP request and response, then parsing, sub-resources, layout and paint, with a sensible note on blocking scripts. Very good for an intern.',
    },
    weak: {
      id: 'c-url-weak',
      answer:
        'When you type the address, the browser goes to the internet and finds the website on the server. The server has the website stored on it, so it sends the website back to your computer, and then the browser shows it to you. If the internet is slow it takes longer. Sometimes the website is cached so it comes up faster the second time.',
      reason:
        'No actual steps: no DNS, no connection or TLS, no HTTP request, no parsing or rendering. "Goes to the internet and finds the website" restates the question.',
    },
  },
  {
    questionId: 'tech.22',
    role: BE,
    level: 'mid',
    traits: ['near-miss'],
    strong: {
      id: 'c-index-strong',
      answer:
        'An index is a separate structure, usually a B-tree, that keeps the values of one or more columns sorted with pointers back to the rows. So instead of scanning the whole table, the database walks down the tree in a few steps to find matching rows, and because it is sorted it also helps range queries and ORDER BY. The cost is that every insert, update and delete has to maintain each index, so writes get slower, and indexes take disk and memory. To decide which to add I start from the real slow queries, from the slow query log or pg stat statements, and run EXPLAIN to see whether they are doing sequential scans. I add indexes for the columns in the WHERE clauses and joins that matter, think about column order in a composite index, since it only helps queries that filter on the leading column, and I skip low-selectivity columns like a boolean flag. And I drop indexes nobody uses.',
      reason:
        'Explains the mechanism (sorted B-tree, fewer page reads, ranges), the write and storage costs, and a real decision process: measure queries, EXPLAIN, composite column order, selectivity, removing unused indexes.',
    },
    weak: {
      id: 'c-index-weak',
      answer:
        'An index is like the index at the back of a book. Instead of reading every page, you look up the word and it tells you the page number, so reads are much faster. In my last job we had a slow reports page, and adding an index on the customer id column took it from several seconds to under a second, which was a big win. Generally I add indexes on the columns we query a lot.',
      reason:
        'The analogy and the anecdote are fine, but it skips what the question asks for beyond that: what an index costs (slower writes, storage) and how to decide which indexes to add beyond "columns we query a lot". A decent but incomplete answer at mid level.',
    },
  },
  {
    questionId: 'tech.23',
    role: BE,
    level: 'senior',
    traits: ['near-miss'],
    strong: {
      id: 'c-idem-strong',
      answer:
        'Idempotent means doing it twice has the same effect as doing it once. For a payment that matters because networks fail after the server acted but before the client heard back, so the client retries. I would have the client generate an idempotency key per payment attempt and send it with the request. The server stores the key with the request fingerprint and the result, under a unique constraint, in the same transaction as creating the payment. On a retry with the same key it returns the stored result instead of charging again, and if the same key comes with a different body it rejects it. If the first request is still in flight, the second one waits or gets a conflict rather than racing. Keys expire after a day or so. And the call to the card processor also gets an idempotency key, because that is the step that actually moves money.',
      reason:
        'Correct definition and why retries happen, then a complete design: client-generated key, stored atomically with the result under a unique constraint, replayed result, mismatch rejection, concurrent in-flight handling, expiry, and propagating the key downstream.',
    },
    weak: {
      id: 'c-idem-weak',
      answer:
        'Idempotency is really important in distributed systems, because anything can fail at any time. For a payment request, I would make sure we have robust retry logic with exponential backoff and jitter, so that we do not hammer the payment provider when it is having trouble. I would also put a circuit breaker in front of the provider, and make sure we have good monitoring and alerting on failed payments, with dashboards for the on-call engineer. We would log every attempt with a correlation id so we can trace what happened. And for background jobs, I would use a queue with a dead letter queue so failed jobs are not lost. With all of that in place, retries become safe and the system is resilient.',
      reason:
        'Fluent and full of real reliability practice, but it never says what makes a retry safe: no definition of idempotency, no idempotency key, no stored result or deduplication. Backoff and circuit breakers make retries gentler, not safe; a retried charge could still charge twice.',
    },
  },
  {
    questionId: 'role.backend.t.3',
    role: BE,
    level: 'junior',
    traits: ['concise-strong', 'long-weak'],
    strong: {
      id: 'c-page-strong',
      answer:
        'Two main options. Offset pagination, page number and page size, is simple and lets you jump to page ten, but the database still reads and throws away all the skipped rows, so deep pages get slow, and if rows are inserted while you page you see duplicates or miss items. Cursor pagination, also called keyset, returns a cursor like the last id or timestamp you saw, and the next query asks for rows after it using an index. It stays fast at any depth and is stable under inserts, but you cannot jump to an arbitrary page and the sort key has to be unique. For a big list or an infinite feed I would use cursors, with a capped page size.',
      reason:
        'Both options with their real trade-offs: offset cost and instability versus keyset speed and stability, no random access, unique sort key, capped page size. Short and exact.',
    },
    weak: {
      id: 'c-page-weak',
      answer:
        'For a very large list, the most important thing is to not return everything at once, because that would be a huge payload and the page would take forever. So I would add pagination to the endpoint. The client would send which page they want and how many items per page, and the server returns that page, plus the total count so the frontend can show the page numbers at the bottom. That is the standard approach that most APIs use, and it works really well. I would also make sure there are good defaults, so if the client does not send anything it gets the first page of twenty results. And I would document it in the API docs so other teams know how to use it.',
      reason:
        'Describes only offset pagination and calls it the standard, with no trade-offs: nothing on deep-page cost, duplicates under inserts, or cursor pagination. The question asks for options and trade-offs.',
    },
  },
  {
    questionId: 'role.frontend.t.2',
    role: FE,
    level: 'senior',
    traits: [],
    strong: {
      id: 'c-spa-strong',
      answer:
        'I would measure before touching anything. I would look at field data, Core Web Vitals from real users, to see whether the problem is the first load, largest contentful paint, or interactions afterwards, and on which devices. Then a Lighthouse run and the network and performance panels on a throttled mid-range phone. For a slow single-page app it is usually the JavaScript: one huge bundle that has to download, parse and execute before anything shows. So I would look at the bundle analyzer, split code by route and lazy load heavy components, drop or replace big dependencies, and make sure assets are compressed and cached with long-lived hashed file names behind a CDN. If the first screen waits on a chain of API calls, I would fetch in parallel or render the shell on the server. Then I would check the numbers again against the baseline and put a bundle size budget in CI so it does not creep back.',
      reason:
        'Measures first with field and lab data, identifies the usual cause correctly (bundle size and request waterfalls), lists fixes that target it, verifies against a baseline and prevents regression.',
    },
    weak: {
      id: 'c-spa-weak',
      answer:
        'Performance is something I am really passionate about. Users expect apps to be fast, and every second of load time costs conversions, so it is a business problem as much as a technical one. I would start by getting the whole team aligned that performance is a priority, and I would make sure we follow best practices. We would want to optimize the code, make sure we are using modern frameworks properly, and avoid unnecessary re-renders. Caching is also key. I would also talk to the backend team, because often the APIs are slow too. Overall it is about building a culture of performance, so that everyone owns it and we catch issues before they reach users.',
      reason:
        'Long and well-meaning but generic: it never says what it would measure first (the question asks), names no metric or tool, and "optimize the code" and "caching is key" are not a plan.',
    },
  },
  {
    questionId: 'role.frontend.t.8',
    role: FE,
    level: 'mid',
    traits: ['confident-weak'],
    strong: {
      id: 'c-xss-strong',
      answer:
        "Cross-site scripting is when an attacker gets their script to run in another user's page, usually because user input ends up in the HTML without being escaped. The main defence is output encoding for the right context. Frameworks like React escape text by default, so the risk is in the escape hatches: setting inner HTML directly, building URLs from user input that could be a javascript scheme link, or templates outside the framework. If we have to render user HTML, like rich text comments, I would sanitize it with a well-maintained library such as DOMPurify with an allow list. On the browser side, a Content Security Policy that disallows inline scripts and limits script sources means an injected script will not run even if something slips through. And session cookies should be HttpOnly so a script cannot read them.",
      reason:
        'Correct mechanism, context-aware escaping, the framework escape hatches where XSS really happens, sanitizing with an allow list, and what the browser adds: CSP and HttpOnly cookies.',
    },
    weak: {
      id: 'c-xss-weak',
      answer:
        'The main protection against cross-site scripting is HTTPS, because it encrypts all the traffic so an attacker cannot inject anything into the page. On top of that, CORS is the browser feature that stops scripts from other sites from running on your page, so as long as CORS is configured properly you are covered. I would also validate inputs on the frontend with a regular expression that rejects angle brackets, so malicious input never reaches the server. With those three things XSS is basically solved.',
      reason:
        'Confidently wrong: HTTPS does not stop XSS, CORS controls cross-origin reads rather than script execution, and client-side validation is bypassable. Misses output encoding, sanitizing and CSP.',
    },
  },
  {
    questionId: 'role.frontend.b.1',
    role: FE,
    level: 'junior',
    traits: [],
    strong: {
      id: 'c-fedesign-strong',
      answer:
        'On a checkout redesign, the designer wanted the promo code field hidden behind a link to keep the form clean. I had seen in our support tickets that people who had a code could not find it and abandoned the cart, so I disagreed. I did not want it to be my opinion against hers, so I pulled the support tickets and the analytics for the old page, where about a third of users who clicked the promo field had a code, and I built both versions in a quick prototype. We sat down together and I showed her the data. She pointed out that a visible empty field made people without a code go hunting for one, which I had not thought about. We agreed on a small "have a promo code" link that expands inline, and tested it with five users. After launch, promo-related support tickets dropped by about half and checkout completion did not go down.',
      reason:
        'Complete story: situation, the specific disagreement, what the candidate personally did (data, prototype, conversation), listened and changed their own view, a concrete measured result.',
    },
    weak: {
      id: 'c-fedesign-weak',
      answer:
        'I get along really well with designers, so honestly we do not have many disagreements. When we do disagree on something, I think it is important to remember that we are on the same team and both want what is best for the user. So usually we just talk it through and find a compromise. Communication is really key. I always respect their expertise, since design is their job, and in the end it usually works out fine.',
      reason:
        'No actual situation: general statements about attitude, no specific disagreement, no actions taken, no outcome.',
    },
  },
  {
    questionId: 'role.data.t.1',
    role: DATA,
    level: 'mid',
    traits: ['near-miss'],
    strong: {
      id: 'c-pipe-strong',
      answer:
        "I would land each source raw into a staging area first, partitioned by the load date, so I always have the original extract to replay. Then transformations run per partition into the warehouse tables. The key to rerunning safely is that every step is idempotent: a run for a given date overwrites that date's partition, or does a merge on a natural key, never a blind append, so running it twice gives the same result as once. The orchestrator, say Airflow, runs the steps as a dependency graph with retries, and backfilling a date range is just rerunning those partitions. I would put data quality checks between staging and publishing, row counts, uniqueness of keys, null rates, and fail the run before bad data reaches the tables people use. For sources that send late data I would reprocess a trailing window of a few days each run.",
      reason:
        'Answers both halves: the design (raw landing, partitions, orchestration with dependencies) and rerun safety through idempotent partition overwrite or merge on keys, plus backfills, quality gates and late data.',
    },
    weak: {
      id: 'c-pipe-weak',
      answer:
        'I would use Airflow to schedule a DAG that runs every night at two in the morning. There would be one task per source, pulling from the Postgres database, the Salesforce API and the CSV files that marketing drops in a bucket, and then loading each into its table in Snowflake. After that, dbt models would transform the raw tables into the reporting tables. I would set up alerts in Slack when a task fails so someone can look at it in the morning, and the tasks would have retries in case of a temporary error.',
      reason:
        'A reasonable architecture with sensible tools, but it never addresses the second half of the question: how a rerun avoids duplicating data (appending loads with retries would double rows). No idempotency, partition overwrite or merge keys.',
    },
  },
  {
    questionId: 'role.data.t.6',
    role: DATA,
    level: 'junior',
    traits: [],
    strong: {
      id: 'c-rev-strong',
      answer:
        'First I would get the finance number and mine for the exact same period and see how big the gap is and whether it is constant or growing, because that already hints at the cause. Then I would check the definitions, which is usually it: do we both mean gross or net of refunds, with or without tax, booked or recognized revenue, and which time zone the day ends in. Then I would reconcile at a finer grain, by day and then by order, to find the specific records that differ, and look at those: duplicates from a join, cancelled orders still counted, currency conversion, orders that arrived late. Once I find it I would write it down, agree the definition with finance, and fix the dashboard or label it so the two numbers are not compared as if they were the same thing.',
      reason:
        'A structured investigation: quantify the gap, check definitions (the most common cause), reconcile at record level, lists realistic causes, and closes the loop with finance.',
    },
    weak: {
      id: 'c-rev-weak',
      answer:
        "I would probably assume the finance team's number is the right one, since they are the source of truth for revenue. So I would look at the dashboard query and see if there is a bug in the SQL, and if I could not find anything I would ask my manager or the person who built the dashboard. Then I would fix the query so it matches.",
      reason:
        'Assumes the answer, then makes the numbers match without understanding why they differ. No check of definitions, no reconciliation at record level.',
    },
  },
];

const ADVERSARIAL: readonly AdversarialCase[] = [];

export const CORPUS = buildCorpus(PAIRS, ADVERSARIAL);
