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
  {
    questionId: 'role.ml.t.2',
    role: ML,
    level: 'mid',
    traits: ['concise-strong'],
    strong: {
      id: 'c-rare-strong',
      answer:
        'Accuracy is useless here, because if one percent of cases are positive, predicting negative every time gets ninety nine percent. I would look at precision and recall for the rare class and pick based on the cost of each mistake: for fraud screening a missed case is expensive, so recall matters more, with precision high enough that reviewers are not flooded. To compare models independent of threshold I would use the area under the precision recall curve rather than ROC AUC, which looks flattering when negatives dominate. Then I would choose the operating threshold with the business, for example the best recall at a precision of at least fifty percent.',
      reason:
        'Explains why accuracy fails, chooses precision and recall by the cost of errors, prefers PR AUC over ROC AUC for imbalance with the right reason, and sets the threshold from the business constraint.',
    },
    weak: {
      id: 'c-rare-weak',
      answer:
        'I would start with accuracy because it is the easiest metric to explain to stakeholders, and then I would balance the data set with SMOTE so the model sees enough positive examples. Once the classes are balanced, accuracy becomes a good metric again. I would also report the F1 score, since that is the standard for classification, and make sure the model gets above ninety percent on both.',
      reason:
        'Starts from accuracy, and wrongly implies that rebalancing the training data makes accuracy meaningful on the real, imbalanced population. F1 is named as a default with no reasoning about the costs of errors or thresholds.',
    },
  },
  {
    questionId: 'role.ml.t.5',
    role: ML,
    level: 'junior',
    traits: [],
    strong: {
      id: 'c-leak-strong',
      answer:
        'Data leakage is when the model gets information during training that it will not have at prediction time, so the validation score looks great and then it falls apart in production. In my churn project one feature was the number of support tickets in the last month, but it was computed over a window that included days after the churn date, so it partly encoded the answer. I caught it because one feature had suspiciously high importance. I fixed it by building every feature as of a cutoff date before the label window. The other thing I do is split before any preprocessing, so the scaler and the imputation are fit on the training set only, and for anything with time in it I split by time rather than randomly, and keep the same customer out of both train and test.',
      reason:
        'Correct definition and symptom, a concrete example from their own project with how they spotted and fixed it, and the standard preventions: point-in-time features, fit preprocessing on train only, time-based and group-aware splits.',
    },
    weak: {
      id: 'c-leak-weak',
      answer:
        'Data leakage is when sensitive data leaks out of the system, for example customer personal information ending up in logs or being exposed through the model. To prevent it I always make sure the data is anonymized before training, and I do not store the raw data on my laptop. In my last project we also encrypted the data set at rest.',
      reason:
        'Confuses machine learning data leakage (training information unavailable at prediction time) with a privacy breach. Good privacy habits, wrong question.',
    },
  },
  {
    questionId: 'role.devops.t.2',
    role: OPS,
    level: 'senior',
    traits: ['near-miss'],
    strong: {
      id: 'c-alert-strong',
      answer:
        'First, is it real and how bad: I look at the dashboard for which endpoints and which status codes, and how many users that is against our SLO. If it is customer facing I declare an incident and say in the channel that I am on it, so others do not pile in blind. Then the first question is what changed: a deploy, a config or feature flag change, a dependency, traffic. If a deploy went out just before the errors started, I roll it back first and debug after, because restoring service beats finding the root cause. If nothing changed on our side I look at whether the errors are in one zone or one dependency, using traces and logs filtered on the failing requests. I post short updates every fifteen minutes or so. Once it is stable I write up a blameless review with the timeline and follow-ups.',
      reason:
        'Triage and impact against the SLO, incident declaration and communication, "what changed" first, mitigate by rollback before root cause, narrowing with traces and logs, then the review. A senior-level response.',
    },
    weak: {
      id: 'c-alert-weak',
      answer:
        'I would start by looking at the logs to find the errors, and read the stack traces to see which part of the code is failing. Then I would try to reproduce the error locally so I can debug it. Once I have found the bug I would write a fix, get it reviewed, and deploy it, and then check that the error rate goes back down.',
      reason:
        'Sound debugging, but for a production alert it goes straight to a code fix: no impact assessment, no check of recent changes, no rollback or mitigation first, no communication. At senior level that misses the core of incident response.',
    },
  },
  {
    questionId: 'role.devops.t.3',
    role: OPS,
    level: 'staff',
    traits: [],
    strong: {
      id: 'c-slo-strong',
      answer:
        'A service level objective is a target for a user-facing indicator, for example ninety nine point nine percent of checkout requests succeed in under five hundred milliseconds, measured over twenty eight days. The error budget is what is left over: point one percent of requests in that window are allowed to fail. The useful part is the agreement about what happens with the budget. While there is budget left, teams ship at full speed and can take risks. If a burn rate alert says we will exhaust it early, or it is spent, we slow down: freeze risky launches, put the engineers on reliability work until it recovers. That turns "reliability versus features" from an argument into a rule agreed in advance with product. I would also set the SLO from what users actually need, not a hundred percent, because every extra nine costs a lot.',
      reason:
        'Precise definitions with a good example, the error budget policy that makes it balance speed against reliability, burn rate alerting, and the point that targets come from user needs, not perfection.',
    },
    weak: {
      id: 'c-slo-weak',
      answer:
        'SLOs are the promises we make to our customers, like the uptime we guarantee in the contract, and if we break them we have to pay a penalty. The error budget is the amount of money we set aside for those penalties. To balance reliability against speed I would try to aim for a hundred percent uptime so that we never break the SLO, and make sure every release goes through a thorough manual QA process before it ships.',
      reason:
        'Confuses the SLO with a contractual SLA and the error budget with money. Aiming for a hundred percent and adding manual gates is the opposite of how error budgets balance speed and reliability.',
    },
  },
  {
    questionId: 'role.qa.t.3',
    role: QA,
    level: 'mid',
    traits: ['long-weak'],
    strong: {
      id: 'c-flaky-strong',
      answer:
        'The usual causes are timing, like fixed sleeps or asserting before the page has finished updating, shared state between tests such as a database row one test changes and another relies on, dependence on test order, real network calls, and time or randomness. To reduce them, first I would measure: rerun the suite and track which tests fail intermittently. Flaky tests get quarantined out of the blocking run with an owner and a ticket, so people stop ignoring red builds. Then fix the causes: wait for conditions instead of sleeping, give each test its own data, fake the clock, and stub external services at the boundary.',
      reason:
        'Names the real causes, then a process: detect and measure, quarantine with ownership, and fix the root causes. Compact.',
    },
    weak: {
      id: 'c-flaky-weak',
      answer:
        'Flaky tests are a big problem for any team, because they slow everybody down and people stop trusting the test suite. In my experience the best approach is to add automatic retries, so if a test fails it runs again up to three times, and only if it fails every time does the build go red. That gets the pipeline green again very quickly. We can also increase the timeouts, because a lot of flakiness comes from the test environment being slow, so giving every step thirty seconds instead of five usually fixes it. And if a test is still flaky after that, we can just delete it, because a test that nobody trusts has no value anyway.',
      reason:
        'Longer than the strong answer but only hides flakiness: retries, longer timeouts and deletion, with no look at causes (shared state, order, timing) and no measurement. Retries can also hide real race conditions.',
    },
  },
  {
    questionId: 'role.qa.t.4',
    role: QA,
    level: 'intern',
    traits: ['concise-strong'],
    strong: {
      id: 'c-bug-strong',
      answer:
        'A clear title that says what is broken and where. Exact steps to reproduce, starting from a known state. What you expected and what actually happened. The environment: browser, device, app version, test account. Evidence like a screenshot, a screen recording, or the error from the console or logs. And how often it happens and how bad it is for users, so it can be prioritized. One bug per report.',
      reason:
        'Every element that gets a bug fixed fast, and why severity matters. Short, but complete.',
    },
    weak: {
      id: 'c-bug-weak',
      answer:
        'I think a good bug report should be detailed, so the developer understands the problem. It should explain the bug well and be written in a polite way, because developers do not like it when testers are rude. It is also good to talk to the developer directly if the bug is urgent.',
      reason:
        'Says "detailed" without saying what detail: no steps to reproduce, expected versus actual, environment or evidence.',
    },
  },
  {
    questionId: 'role.security.t.5',
    role: SEC,
    level: 'junior',
    traits: ['near-miss'],
    strong: {
      id: 'c-key-strong',
      answer:
        "Assume it is already compromised, because bots scan public repositories within minutes. So the first thing is to revoke or deactivate the key in the provider's console, and issue a new one to whatever legitimately used it, so the service keeps working. Then look at the access logs, CloudTrail for example, to see whether the key was used by anyone else since it was pushed, and what they did: new instances, data reads, new users created. If there is any sign of misuse, escalate it as an incident and clean up what they created. Removing it from the git history is worth doing but it does not help on its own, since the key is already copied. Afterwards, secret scanning on commits so it does not happen again.",
      reason:
        'Right order: revoke and rotate first, check logs for use and escalate if misused, with the correct point that scrubbing history is not a fix. Prevention at the end.',
    },
    weak: {
      id: 'c-key-weak',
      answer:
        'The first thing I would do is remove the key from the repository. I would rewrite the git history with a tool like BFG so the key is gone from every commit, force push, and ask everyone on the team to re-clone. Then I would make the repository private for a while to be safe, and add the file with the key to the gitignore so it does not happen again. After that I would let my manager know what happened.',
      reason:
        'Knows real tools, but never revokes or rotates the key, which is the one step that matters: once public it must be assumed copied, and rewriting history does not undo that. No check of the logs for misuse.',
    },
  },
  {
    questionId: 'role.security.t.7',
    role: SEC,
    level: 'intern',
    traits: [],
    strong: {
      id: 'c-lp-strong',
      answer:
        "Least privilege means every person and every service gets only the permissions it needs to do its job, and nothing more, so if an account is compromised or someone makes a mistake, the damage is limited. For a team's cloud accounts I would not have everyone share an admin login. People would sign in through single sign on and get roles for what they do, like read only in production for most developers, with admin rights granted only for a short time when needed and logged. Services would each get their own role, scoped to the specific buckets or queues they use. And I would review permissions every few months and remove the ones that are not being used.",
      reason:
        'Correct definition and the reason for it, applied concretely: individual identities, role-based access, just-in-time elevation, per-service scoped roles, periodic review.',
    },
    weak: {
      id: 'c-lp-weak',
      answer:
        'Least privilege is about making sure privileged users like admins are trusted people. On a team I would give the admin account to the senior engineers since they know what they are doing, and the juniors would get normal accounts. We would use strong passwords and turn on two factor authentication for everyone.',
      reason:
        'Misreads the principle as trusting senior people with admin. Nothing about scoping permissions to need, per-service roles or reviews; strong passwords are a different control.',
    },
  },
  {
    questionId: 'role.product.t.3',
    role: PM,
    level: 'mid',
    traits: ['near-miss'],
    strong: {
      id: 'c-onb-strong',
      answer:
        'I would start from what onboarding is for: getting a new user to the first moment they get real value, for a project tool say creating a project and inviting a teammate. So the primary metric is activation, the share of new sign ups who reach that moment within seven days. Then I would track the funnel steps to see where people drop, and time to value. Activation only matters if it predicts retention, so I would check that activated users retain better, and watch week four retention as the longer-term outcome. And guardrails: support tickets from new users, and that we are not pushing people through steps that inflate the number without value, like forcing invites.',
      reason:
        'Defines success from the value moment, picks activation with a time window, funnel and time to value, validates against retention, and adds guardrails against gaming.',
    },
    weak: {
      id: 'c-onb-weak',
      answer:
        'I would look at the completion rate of the onboarding flow, so how many people get to the last screen, and the time it takes them to finish. I would also look at the drop-off on each step so we can see which screen is the problem, and run a survey at the end asking people to rate the onboarding from one to five.',
      reason:
        'Reasonable funnel metrics, but they measure the flow, not whether users got value: finishing the screens is not activation, and nothing ties onboarding to retention or guards against gaming.',
    },
  },
  {
    questionId: 'role.product.t.5',
    role: PM,
    level: 'senior',
    traits: [],
    strong: {
      id: 'c-bigcust-strong',
      answer:
        'I would first find out what problem they are trying to solve, because the feature they ask for is one solution. Often the underlying problem is shared by other customers who describe it differently, so I would check support tickets, sales notes and usage data for the same need. Then it is a business decision: how much revenue is at risk or at stake, what it would cost to build and maintain, and whether it fits where the product is going. If it is truly one-off, options include a configurable version that serves others too, an integration point they can build on, or saying no clearly with the reasons. What I would avoid is quietly building a custom fork for one account, because that cost lasts forever.',
      reason:
        'Gets to the underlying problem, checks whether others share it, weighs revenue against build and maintenance cost and strategy, and offers real alternatives including a clear no.',
    },
    weak: {
      id: 'c-bigcust-weak',
      answer:
        'Our largest customer is by definition our most important customer, so their needs should come first. They bring in a huge part of the revenue, and if we do not build what they want there is a real risk that they will churn to a competitor, which would be a disaster for the company. So I would prioritize the feature, work with engineering to get it scoped, and put it at the top of the roadmap. I would also set up a regular call with their team to make sure we are building exactly what they asked for, and get them to sign off on the designs. Keeping our biggest customers happy is the best way to grow the business, and other customers will probably find the feature useful too.',
      reason:
        'Longer, confident and decisive, but it makes the decision without any analysis: no underlying problem, no check of other customers, no cost of maintenance or fit with strategy. "Others will probably find it useful" is an assumption.',
    },
  },
];

const ADVERSARIAL: readonly AdversarialCase[] = [];

export const CORPUS = buildCorpus(PAIRS, ADVERSARIAL);
