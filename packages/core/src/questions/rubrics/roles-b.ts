import type { RubricTable } from '../rubric';

export const ROLES_B_RUBRICS: RubricTable = {
  'role.ml.t.1': {
    keyPoints: [
      {
        id: 'bias-error',
        concept:
          'that bias is error from a model too simple to capture the pattern, which shows as underfitting',
        phrasings: ['underfit*', 'too simple', 'high bias', 'systematic error'],
      },
      {
        id: 'variance-error',
        concept:
          'that variance is error from sensitivity to the particular training sample, which shows as overfitting',
        phrasings: ['overfit*', 'high variance', 'memoriz*', 'noise'],
      },
      {
        id: 'train-val-gap',
        concept: 'how comparing training and validation error diagnoses which one you have',
        phrasings: ['validation error', 'training error', 'learning curve*', 'gap'],
      },
      {
        id: 'complexity-lever',
        concept:
          'the levers that move along the trade-off: model capacity, regularization and more data',
        phrasings: [
          'regulari*',
          'more data',
          'model complexity',
          'fewer features',
          'dropout',
          'prun*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'more-complex-always',
        claim: 'a more complex model is always better if you have enough compute',
        phrasings: ['complex always better', 'bigger model always better', 'more complex always'],
        correction:
          'Extra capacity lowers bias but raises variance; past some point validation error climbs even as training error keeps falling.',
      },
      {
        id: 'low-train-error-good',
        claim: 'a very low training error means the model will perform well',
        phrasings: ['low training error good', 'perfect training accuracy good'],
        correction:
          'Training error alone says nothing about generalization; a model can reach near zero training error by memorizing noise and still do badly on new data.',
      },
    ],
  },
  'role.ml.t.2': {
    keyPoints: [
      {
        id: 'accuracy-misleads',
        concept:
          'why plain accuracy misleads when one class is rare, since predicting the majority class scores high',
        phrasings: [
          'accuracy mislead*',
          'majority class',
          'always predict*',
          'accuracy useless',
          'accuracy high',
        ],
      },
      {
        id: 'precision-recall',
        concept: 'precision and recall, and the cost of false positives against false negatives',
        phrasings: ['precision', 'recall', 'false positive*', 'false negative*'],
      },
      {
        id: 'pr-auc-f',
        concept:
          'threshold-free or combined metrics suited to imbalance, such as the precision recall curve or F1',
        phrasings: ['pr auc', 'precision recall curve', 'average precision', 'f1', 'f score'],
      },
      {
        id: 'business-cost',
        concept:
          'tying the metric and the decision threshold to the business cost of each kind of error',
        phrasings: ['business cost', 'threshold', 'cost matrix'],
      },
    ],
    misconceptions: [
      {
        id: 'roc-auc-always-best',
        claim: 'ROC AUC is the best metric for heavily imbalanced data',
        phrasings: ['roc auc best', 'roc best imbalance*'],
        correction:
          'ROC AUC can look excellent on very imbalanced data because the false positive rate stays small when negatives are plentiful; the precision recall curve shows the performance on the rare class more honestly.',
      },
      {
        id: 'oversample-fixes-metric',
        claim: 'oversampling the rare class fixes the evaluation problem',
        phrasings: ['oversampl* test set', 'balanced test set'],
        correction:
          'Resampling can help training, but the test set should keep the real class balance, or the reported metrics will not reflect production.',
      },
    ],
  },
  'role.ml.t.3': {
    keyPoints: [
      {
        id: 'monitor-inputs',
        concept: 'monitoring the input data distribution for drift against a training baseline',
        phrasings: [
          'data drift',
          'distribution shift',
          'input distribution',
          'feature distribution*',
          'population stability',
        ],
      },
      {
        id: 'monitor-outputs',
        concept:
          'monitoring prediction distributions and, when labels arrive, the real quality metrics',
        phrasings: [
          'prediction distribution',
          'ground truth',
          'delayed label*',
          'live metric*',
          'label* arrive',
        ],
      },
      {
        id: 'alerting-triage',
        concept:
          'alerts on thresholds and a triage that separates pipeline bugs from real world change',
        phrasings: [
          'alert* on drift',
          'alert fired',
          'pipeline bug',
          'upstream',
          'schema change',
          'root cause',
        ],
      },
      {
        id: 'response-options',
        concept:
          'the responses available: roll back, retrain on recent data, or fall back to a simpler rule',
        phrasings: ['retrain*', 'roll back', 'rollback', 'fallback', 'fall back', 'shadow'],
      },
    ],
    misconceptions: [
      {
        id: 'retrain-schedule-enough',
        claim: 'retraining on a fixed schedule means you do not need monitoring',
        phrasings: ['schedule* retrain* enough', 'retrain every week enough'],
        correction:
          'Scheduled retraining can bake in a broken feature or a labeling bug; you still need monitoring to know when data or quality has shifted and whether the retrain helped.',
      },
    ],
  },
  'role.ml.t.4': {
    keyPoints: [
      {
        id: 'reproducible-pipeline',
        concept:
          'turning notebook code into versioned, tested, reproducible training pipelines with data and model versioning',
        phrasings: [
          'version control',
          'reproducib*',
          'model registry',
          'data version*',
          'training pipeline',
        ],
      },
      {
        id: 'serving',
        concept:
          'choosing the serving pattern, batch or online, and packaging the model behind an API with latency budgets',
        phrasings: [
          'batch scor*',
          'real time',
          'endpoint',
          'latency budget',
          'container*',
          'serving',
        ],
      },
      {
        id: 'feature-parity',
        concept: 'keeping training and serving features identical to avoid training serving skew',
        phrasings: ['training serving skew', 'feature store', 'same feature*', 'skew'],
      },
      {
        id: 'testing-validation',
        concept:
          'tests and validation gates: unit tests, data validation and evaluation against the current model before release',
        phrasings: [
          'unit test*',
          'data validation',
          'evaluation gate',
          'baseline',
          'compare against',
        ],
      },
      {
        id: 'safe-rollout',
        concept: 'a safe rollout with shadow or canary traffic and monitoring after launch',
        phrasings: ['canary', 'shadow', 'a b test', 'gradual*', 'monitor* the new model'],
      },
    ],
    misconceptions: [
      {
        id: 'notebook-in-prod',
        claim: 'the notebook can be scheduled as it is to serve the model in production',
        phrasings: ['notebook in production', 'schedule the notebook', 'notebook as the service'],
        correction:
          'Notebooks carry hidden state and untested code; move the code into versioned, tested modules, with a reproducible pipeline, a model registry and monitoring.',
      },
    ],
  },
  'role.ml.t.5': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'that leakage is information available in training that will not exist at prediction time, which inflates offline scores',
        phrasings: [
          'prediction time',
          'future information',
          'inflat*',
          'too good',
          'unavailable',
          'not available',
          'not have at prediction',
          'looks great',
          'falls apart',
          'suspicious*',
        ],
      },
      {
        id: 'target-leak',
        concept: 'features derived from the target or recorded after the outcome',
        phrasings: [
          'target leak*',
          'derived from the label',
          'after the outcome',
          'proxy for the label',
          'encod* the answer',
          'encod* the label',
          'after the churn',
          'leaks the answer',
          'includes the answer',
        ],
      },
      {
        id: 'split-leak',
        concept:
          'leakage across the split: duplicates, the same user in train and test, or random splits of time series',
        phrasings: [
          'time based split',
          'time series',
          'same user',
          'group split',
          'duplicate*',
          'random split',
          'split by time',
          'same customer',
          'both train and test',
        ],
      },
      {
        id: 'preprocess-leak',
        concept:
          'fitting preprocessing such as scaling or imputation on the whole dataset before splitting',
        phrasings: [
          'fit on the training',
          'before splitting',
          'scaler',
          'imputation',
          'inside the pipeline',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'high-accuracy-fine',
        claim: 'a surprisingly high validation score is good news to ship',
        phrasings: ['high score good news', 'great result ship'],
        correction:
          'A result much better than expected is a classic sign of leakage; check which features drive it before trusting it.',
      },
    ],
  },
  'role.ml.t.6': {
    keyPoints: [
      {
        id: 'candidate-generation',
        concept:
          'a two stage design: cheap candidate generation from millions of items, then a heavier ranking model',
        phrasings: ['candidate generation', 'two stage', 'retriev*', 'shortlist', 'ranking model'],
      },
      {
        id: 'signals-models',
        concept: 'the signals and models: collaborative filtering, embeddings and content features',
        phrasings: [
          'collaborative filter*',
          'embedding*',
          'matrix factori*',
          'content based',
          'implicit feedback',
        ],
      },
      {
        id: 'cold-start',
        concept: 'the cold start problem for new users and new items',
        phrasings: ['cold start', 'new user*', 'new item*', 'popular*'],
      },
      {
        id: 'infra',
        concept:
          'the serving infrastructure: precomputed embeddings, approximate nearest neighbor search and caching',
        phrasings: [
          'approximate nearest',
          'vector index',
          'vector search',
          'ann',
          'precompute*',
          'cache recommendation*',
        ],
      },
      {
        id: 'evaluation',
        concept: 'offline metrics plus online A B tests on engagement and long term outcomes',
        phrasings: ['a b test*', 'online experiment*', 'ndcg', 'recall at', 'click through'],
      },
      {
        id: 'feedback-loops',
        concept: 'feedback loops, popularity bias and the need for diversity and exploration',
        phrasings: ['feedback loop*', 'popularity bias', 'diversity', 'explor*', 'filter bubble'],
      },
    ],
    misconceptions: [
      {
        id: 'score-everything-online',
        claim: 'the system can score every item for every user at request time',
        phrasings: ['score every item', 'score all items online', 'rank all items online'],
        correction:
          'Scoring millions of items per request is far too slow; retrieve a few hundred candidates cheaply, for example with approximate nearest neighbours, then rank those.',
      },
    ],
  },
  'role.ml.t.7': {
    keyPoints: [
      {
        id: 'rules-baseline',
        concept: 'starting with a simple rules or heuristic baseline to measure against',
        phrasings: ['baseline', 'heuristic*', 'if statement*', 'hand written rule*'],
      },
      {
        id: 'data-available',
        concept: 'whether enough good labeled data exists, and whether the pattern is learnable',
        phrasings: ['labeled data', 'labelled data', 'enough data', 'training data'],
      },
      {
        id: 'cost-of-ml',
        concept: 'the ongoing cost of ML: maintenance, monitoring, retraining and explainability',
        phrasings: ['maintenance', 'monitor* model*', 'retrain*', 'explainab*', 'complexity'],
      },
      {
        id: 'error-tolerance',
        concept: 'how tolerant the use case is of probabilistic errors',
        phrasings: [
          'tolerat* error*',
          'wrong sometimes',
          'probabilistic',
          'mistake*',
          'cost of error*',
        ],
      },
      {
        id: 'rules-get-complex',
        concept:
          'the signal that rules are becoming unmanageable or the pattern shifts too often to maintain by hand',
        phrasings: [
          'too many rules',
          'hundreds of rules',
          'unmanageable',
          'changes often',
          'fuzzy',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.ml.t.8': {
    keyPoints: [
      {
        id: 'eval-set',
        concept: 'a curated evaluation set of real and edge case inputs with expected outcomes',
        phrasings: ['eval* set', 'golden set', 'test case*', 'edge case*', 'dataset'],
      },
      {
        id: 'graders',
        concept:
          'how outputs are graded: exact checks, rubrics, human review, and model graders checked against humans',
        phrasings: ['llm as a judge', 'model grad*', 'human review*', 'rubric*', 'judge'],
      },
      {
        id: 'regression-ci',
        concept:
          'running the evaluation automatically on every prompt or model change and comparing with the previous version',
        phrasings: ['ci', 'compare* previous', 'before shipping'],
      },
      {
        id: 'nondeterminism',
        concept:
          'handling non-determinism with several samples and fixed settings such as temperature',
        phrasings: [
          'temperature',
          'non determinis*',
          'nondeterminis*',
          'multiple run*',
          'variance',
        ],
      },
      {
        id: 'production-signals',
        concept:
          'production monitoring: user feedback, sampled traces, safety and cost or latency tracking',
        phrasings: [
          'user feedback',
          'thumbs',
          'log* the output*',
          'logged response*',
          'in production',
          'latency and cost',
          'cost per',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'judge-trustworthy',
        claim: "an LLM judge's scores can be trusted without checking them against human ratings",
        phrasings: ['judge always right', 'trust the judge'],
        correction:
          'Model graders have biases, such as favoring longer answers or their own style, so calibrate them against human labels and spot check.',
      },
    ],
  },
  'role.ml.b.1': {
    keyPoints: [
      {
        id: 'specific-limits',
        concept:
          'the specific limitations named: error rates, data gaps or cases where the model fails',
        phrasings: [
          'error rate*',
          'fail* on',
          'edge case*',
          'bias*',
          'uncertain*',
          'confidence',
          'calibrat*',
          'little data',
          'trained on',
          'underrepresent*',
          'not reliable',
        ],
      },
      {
        id: 'audience-framing',
        concept:
          "translating the limits into the audience's terms, such as examples, costs or decisions",
        phrasings: [
          'example*',
          'plain language',
          'business impact',
          'analogy',
          'visual*',
          'chart',
          'walked through',
          'showed them',
        ],
      },
      {
        id: 'safeguards',
        concept: 'safeguards agreed on, such as human review, thresholds or a fallback',
        phrasings: [
          'human review',
          'human in the loop',
          'threshold',
          'fallback',
          'guardrail*',
          'agreed to',
          'only use it',
          'log outcomes',
          'retrain*',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.devops.t.1': {
    keyPoints: [
      {
        id: 'ci-gates',
        concept:
          'automated gates after merge: build once, run tests, static checks and security scans',
        phrasings: ['build once', 'automated test*', 'unit test*', 'lint*', 'scan*', 'artifact'],
      },
      {
        id: 'staged-promotion',
        concept: 'promoting the same artifact through staging to production rather than rebuilding',
        phrasings: ['same artifact', 'same image', 'staging', 'promot*', 'immutable'],
      },
      {
        id: 'progressive-delivery',
        concept: 'progressive rollout to production, such as canary, blue green or feature flags',
        phrasings: ['canary', 'blue green', 'feature flag*', 'gradual*', 'percentage of traffic'],
      },
      {
        id: 'auto-rollback',
        concept: 'health checks and metrics that stop or roll back a bad release automatically',
        phrasings: ['roll back', 'rollback', 'health check*', 'automatic*', 'revert'],
      },
      {
        id: 'db-migrations',
        concept: 'backward compatible database migrations so old and new versions run side by side',
        phrasings: ['migration*', 'backward compatib*', 'expand and contract', 'schema change*'],
      },
    ],
    misconceptions: [
      {
        id: 'rebuild-per-env',
        claim: 'you should rebuild the artifact separately for each environment',
        phrasings: [
          'rebuild for each environment',
          'build per environment',
          'separate build for production',
        ],
        correction:
          'Rebuilding per environment means production runs something that was never tested; build one artifact and promote it, injecting configuration at deploy time.',
      },
    ],
  },
  'role.devops.t.2': {
    keyPoints: [
      {
        id: 'assess-impact',
        concept:
          'first assessing scope and user impact: which endpoints, regions and customers, and since when',
        phrasings: ['user impact', 'which endpoint*', 'dashboard*', 'how many users', 'severity'],
      },
      {
        id: 'recent-changes',
        concept:
          'checking recent deploys, configuration changes and dependency incidents, since most incidents follow a change',
        phrasings: [
          'recent deploy*',
          'what changed',
          'config* change*',
          'recent change*',
          'new version',
        ],
      },
      {
        id: 'mitigate-first',
        concept:
          'mitigating before root-causing: roll back, fail over, shed load or disable a feature flag',
        phrasings: ['roll back', 'rollback', 'mitigat*', 'feature flag', 'fail over', 'failover'],
      },
      {
        id: 'communicate',
        concept: 'declaring an incident, taking roles and communicating status to stakeholders',
        phrasings: [
          'incident commander',
          'status page',
          'status update*',
          'update stakeholder*',
          'declare',
        ],
      },
      {
        id: 'follow-up',
        concept: 'confirming recovery in the metrics and following up with a blameless review',
        phrasings: ['blameless', 'post mortem', 'postmortem', 'incident review', 'recover*'],
      },
    ],
    misconceptions: [
      {
        id: 'restart-first',
        claim: 'the first step is to restart the servers',
        phrasings: ['restart the servers first', 'restart everything first'],
        correction:
          'A restart may hide the cause and rarely fixes a bad deploy or a failing dependency; check impact and recent changes first, and roll back if a change caused it.',
      },
    ],
  },
  'role.devops.t.3': {
    keyPoints: [
      {
        id: 'sli-slo',
        concept:
          'an SLI as a measured indicator such as success rate or latency, and an SLO as the target for it over a window',
        phrasings: ['sli', 'indicator', 'target', 'percent*', 'nines', 'rolling window'],
      },
      {
        id: 'error-budget',
        concept: 'the error budget as the allowed unreliability, one minus the SLO',
        phrasings: [
          'allowed failure*',
          'allowed to fail',
          'acceptable fail*',
          'one minus',
          'allowance',
          'downtime allowed',
        ],
      },
      {
        id: 'budget-policy',
        concept:
          'a policy that uses the budget: ship freely while it lasts, slow down and fix reliability when it is spent',
        phrasings: ['freeze', 'spent', 'exhaust*', 'burn rate', 'slow down', 'policy'],
      },
      {
        id: 'user-centric',
        concept: 'choosing SLOs from what users actually experience, not from internal metrics',
        phrasings: [
          'user experience',
          'users notice',
          'users feel',
          'user journey*',
          'customer impact',
          'user facing',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'slo-hundred',
        claim: 'the right SLO target is one hundred percent',
        phrasings: ['hundred percent reliab*', 'one hundred percent', 'perfect uptime'],
        correction:
          'A one hundred percent target is unachievable and leaves no room to change anything; pick the level users actually need, which leaves a budget for releases and risk.',
      },
      {
        id: 'sla-same-slo',
        claim: 'an SLO and an SLA are the same thing',
        phrasings: ['slo same as sla', 'sla same as slo'],
        correction:
          'An SLA is a contract with consequences such as refunds; an SLO is an internal target, usually stricter than the SLA.',
      },
    ],
  },
  'role.devops.t.4': {
    keyPoints: [
      {
        id: 'single-source',
        concept:
          'one set of modules reused by every environment, with only small, explicit per environment variables',
        phrasings: ['module*', 'reusable', 'variable*', 'tfvars', 'parameter*'],
      },
      {
        id: 'separate-state',
        concept: 'separate state and credentials per environment',
        phrasings: ['state file*', 'remote state', 'separate state', 'workspace*', 'state per'],
      },
      {
        id: 'changes-via-pipeline',
        concept: 'all changes through code review and a pipeline that shows a plan before apply',
        phrasings: ['terraform plan', 'pull request*', 'code review', 'apply'],
      },
      {
        id: 'drift-detection',
        concept:
          'detecting drift by running plans on a schedule and blocking manual console changes',
        phrasings: ['drift detect*', 'scheduled plan', 'console', 'manual change*', 'read only'],
      },
      {
        id: 'promote-changes',
        concept: 'promoting changes through environments in order with pinned module versions',
        phrasings: [
          'pinned',
          'pinning',
          'pin',
          'module version*',
          'promot*',
          'staging first',
          'tag*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'copy-paste-envs',
        claim: 'copying the infrastructure code per environment keeps them consistent',
        phrasings: [
          'copy code per environment',
          'duplicate the terraform',
          'copy paste per environment',
        ],
        correction:
          'Copies drift apart one edit at a time; share modules and vary only the inputs per environment, promoted through the same pipeline.',
      },
    ],
  },
  'role.devops.t.5': {
    keyPoints: [
      {
        id: 'visibility',
        concept:
          'first getting visibility: cost allocation tags and a breakdown by service, team and usage',
        phrasings: ['cost explorer', 'tag*', 'breakdown', 'allocat*', 'by service', 'per team'],
      },
      {
        id: 'idle-waste',
        concept:
          'removing waste: idle or forgotten resources, unattached volumes, old snapshots and non production left running',
        phrasings: ['idle', 'unused', 'orphan*', 'snapshot*', 'unattached', 'turn off'],
      },
      {
        id: 'rightsizing',
        concept: 'rightsizing overprovisioned instances and using autoscaling',
        phrasings: ['rightsiz*', 'right siz*', 'overprovision*', 'autoscal*', 'utilization'],
      },
      {
        id: 'pricing-models',
        concept:
          'commitment and pricing options: reserved capacity, savings plans and spot for interruptible work',
        phrasings: ['reserved', 'savings plan*', 'spot', 'commit*', 'discount*'],
      },
      {
        id: 'hidden-costs',
        concept: 'less visible drivers such as data transfer, logging volume and storage classes',
        phrasings: ['data transfer', 'egress', 'log* volume', 'storage class*', 'nat gateway'],
      },
      {
        id: 'ownership',
        concept: 'making teams own their costs with budgets and alerts so it stays fixed',
        phrasings: ['budget*', 'budget alert*', 'showback', 'chargeback', 'cost owner*', 'finops'],
      },
    ],
    misconceptions: [],
  },
  'role.devops.t.6': {
    keyPoints: [
      {
        id: 'central-store',
        concept:
          'a central secrets manager or vault instead of secrets in code, images or plain config',
        phrasings: ['vault', 'secrets manager', 'key management', 'kms', 'central*'],
      },
      {
        id: 'workload-identity',
        concept:
          'services authenticating with their own workload identity rather than a shared master credential',
        phrasings: [
          'workload identit*',
          'iam role*',
          'service account*',
          'instance profile',
          'identity',
        ],
      },
      {
        id: 'least-privilege',
        concept: 'least privilege access per service, with audit logs of every read',
        phrasings: ['least privilege', 'per service', 'audit*', 'policy'],
      },
      {
        id: 'rotation',
        concept: 'rotation and short-lived or dynamic credentials, so a leak has a small window',
        phrasings: ['rotat*', 'short lived', 'dynamic secret*', 'expir*', 'lease'],
      },
      {
        id: 'delivery',
        concept:
          'how secrets reach the app at runtime, such as mounted files or fetched on start, and kept out of logs',
        phrasings: ['runtime', 'inject*', 'mount*', 'kept out of logs', 'environment variable*'],
      },
    ],
    misconceptions: [
      {
        id: 'base64-encrypted',
        claim: 'Kubernetes secrets are encrypted because they are base64 encoded',
        phrasings: ['base64 secure', 'base64 safe', 'encrypted because base64'],
        correction:
          'Base64 is an encoding, not encryption; anyone who can read the object can decode it, so enable encryption at rest and restrict access.',
      },
      {
        id: 'env-file-in-repo',
        claim: 'keeping secrets in a private git repository is safe',
        phrasings: ['private repo safe', 'secrets in git fine', 'private repository secure'],
        correction:
          'Private repositories leak through forks, clones, backups and broad access; keep secrets in a secrets manager, and use properly encrypted tooling if they must live in git.',
      },
    ],
  },
  'role.devops.t.7': {
    keyPoints: [
      {
        id: 'blameless',
        concept: 'a blameless review that looks at systems and decisions, not who to blame',
        phrasings: [
          'blameless',
          'blame',
          'psychological safety',
          'no fault',
          'not blame',
          'not who',
        ],
      },
      {
        id: 'timeline',
        concept: 'an accurate timeline with detection, response and impact',
        phrasings: ['timeline', 'detect*', 'time to', 'customer impact'],
      },
      {
        id: 'contributing-factors',
        concept:
          'contributing factors beyond a single root cause, including why detection and mitigation took as long as they did',
        phrasings: [
          'contributing factor*',
          'five whys',
          'why it took',
          'systemic',
          'multiple causes',
        ],
      },
      {
        id: 'owned-actions',
        concept:
          'a few concrete action items, each with an owner and a due date, prioritized against other work',
        phrasings: ['due date', 'deadline', 'assign*', 'prioritized against'],
      },
      {
        id: 'tracking',
        concept:
          'tracking actions in the normal backlog and reviewing completion regularly, and sharing the learnings',
        phrasings: ['backlog', 'ticket*', 'track*', 'follow up', 'review completion', 'share*'],
      },
    ],
    misconceptions: [
      {
        id: 'find-who',
        claim: 'the point of the review is to find out who made the mistake',
        phrasings: ['who made the mistake', 'find who caused', 'who is to blame'],
        correction:
          'Blame makes people hide details, so the same failure repeats; a blameless review asks how the system allowed it and produces owned, dated fixes.',
      },
    ],
  },
  'role.devops.t.8': {
    keyPoints: [
      {
        id: 'golden-paths',
        concept:
          'paved roads: templates and golden paths that give a new service a working default setup',
        phrasings: ['golden path*', 'paved road*', 'template*', 'scaffold*', 'starter'],
      },
      {
        id: 'self-service',
        concept: 'self-service through an API, CLI or portal, instead of tickets',
        phrasings: ['self service', 'portal', 'backstage', 'no ticket*', 'on demand'],
      },
      {
        id: 'built-in-defaults',
        concept: 'security, observability and CI built into the defaults',
        phrasings: [
          'observab*',
          'logging by default',
          'metrics by default',
          'security scan*',
          'ci pipeline',
        ],
      },
      {
        id: 'platform-as-product',
        concept:
          'treating the platform as a product: user research with teams, adoption metrics and documentation',
        phrasings: ['as a product', 'adoption', 'developer experience', 'developer feedback'],
      },
      {
        id: 'ownership-boundaries',
        concept:
          'clear boundaries of responsibility between the platform team and service teams, with escape hatches',
        phrasings: ['escape hatch*', 'you build it', 'responsib*', 'boundar*', 'on call'],
      },
    ],
    misconceptions: [],
  },
  'role.devops.t.9': {
    keyPoints: [
      {
        id: 'vm-full-os',
        concept:
          'that a virtual machine emulates hardware and runs a full guest operating system with its own kernel on a hypervisor',
        phrasings: ['hypervisor', 'guest os', 'own kernel', 'full operating system', 'hardware'],
      },
      {
        id: 'container-shared-kernel',
        concept:
          'that a container is an isolated process that shares the host kernel, using namespaces and cgroups',
        phrasings: ['share* kernel', 'host kernel', 'namespace*', 'cgroup*', 'isolated process'],
      },
      {
        id: 'tradeoffs',
        concept:
          'the trade-offs: containers start faster and are lighter, VMs give stronger isolation',
        phrasings: [
          'start* fast*',
          'lightweight',
          'lighter',
          'stronger isolation',
          'overhead',
          'density',
        ],
      },
      {
        id: 'use-cases',
        concept:
          'use cases: containers for packaging apps and microservices, VMs for different operating systems or strong tenant isolation',
        phrasings: [
          'different operating system*',
          'windows',
          'multi tenant',
          'microservice*',
          'packag*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'container-is-vm',
        claim: 'a container is just a lightweight virtual machine with its own kernel',
        phrasings: ['container own kernel', 'lightweight vm', 'mini vm'],
        correction:
          "Containers share the host's kernel; they are isolated processes, which is why a Linux container needs a Linux kernel underneath.",
      },
    ],
  },
  'role.devops.t.10': {
    keyPoints: [
      {
        id: 'baseline',
        concept: 'measuring current load and resource use per request to build a model of demand',
        phrasings: ['baseline', 'per request', 'current usage', 'utilization', 'historical'],
      },
      {
        id: 'load-testing',
        concept: 'load testing to find the actual limits and the first bottleneck',
        phrasings: ['load test*', 'stress test*', 'bottleneck*', 'breaking point'],
      },
      {
        id: 'peaks-growth',
        concept: 'planning for peak traffic and seasonality, not the average, with headroom',
        phrasings: [
          'peak*',
          'seasonal*',
          'headroom',
          'burst*',
          'buffer',
          'not the average',
          'not average',
        ],
      },
      {
        id: 'scaling-strategy',
        concept:
          'how each tier scales: stateless tiers horizontally, and the data tier with replicas, sharding or caching',
        phrasings: ['horizontal*', 'shard*', 'replica*', 'autoscal*', 'cach* in front'],
      },
      {
        id: 'dependencies-cost',
        concept:
          'lead times for capacity and quotas, downstream dependencies, and the cost of the plan',
        phrasings: ['quota*', 'lead time', 'downstream', 'budget'],
      },
    ],
    misconceptions: [
      {
        id: 'triple-everything',
        claim: 'you simply triple every resource',
        phrasings: ['triple every*', 'triple all', 'multiply everything by three'],
        correction:
          'Load rarely scales linearly across components; measure where the bottlenecks are, since some tiers need far more than three times and others need nothing.',
      },
    ],
  },
  'role.devops.b.1': {
    keyPoints: [
      {
        id: 'toil-cost',
        concept: 'measuring how much time the toil took and how often, to justify the work',
        phrasings: [
          'hours per week',
          'how often',
          'frequency',
          'time spent',
          'toil',
          'every week',
          'half a day',
          'counted the time',
          'by hand',
          'manual*',
        ],
      },
      {
        id: 'worth-it',
        concept:
          'the decision on worth: time saved against the cost to build and maintain, plus reduced errors and risk',
        phrasings: [
          'time saved',
          'pay back',
          'payback',
          'cost to build',
          'maintain*',
          'error prone',
          'outage cost',
          'made the case',
          'pays for itself',
        ],
      },
      {
        id: 'solution',
        concept: 'what was automated and how, including safe rollout and documentation',
        phrasings: ['script*', 'automat* pipeline', 'runbook*', 'tool*', 'scheduled job', 'set up'],
      },
      {
        id: 'impact',
        concept: 'the measured result, such as hours saved or incidents reduced',
        phrasings: [
          'saved',
          'reduced',
          'fewer incident*',
          'hours',
          'percent',
          'not had',
          'nobody',
          'anymore',
          'no longer',
          'since then',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.qa.t.1': {
    keyPoints: [
      {
        id: 'repeat-frequency',
        concept:
          'automating checks that run often and repeatably, such as regression suites and smoke tests',
        phrasings: ['regression*', 'repetitive', 'repeated*', 'every release', 'smoke test*'],
      },
      {
        id: 'stability',
        concept:
          'automating stable, well understood behavior and waiting on areas still changing rapidly',
        phrasings: ['stable', 'chang* rapidly', 'churn', 'still changing', 'mature'],
      },
      {
        id: 'roi',
        concept:
          'weighing the cost of writing and maintaining automation against the risk and time it saves',
        phrasings: ['maintenance cost', 'maintain*', 'return on investment', 'roi', 'cost benefit'],
      },
      {
        id: 'manual-exploratory',
        concept: 'keeping exploratory, usability and visual judgment testing manual',
        phrasings: [
          'exploratory',
          'usability',
          'look and feel',
          'human judgement',
          'human judgment',
          'visual',
        ],
      },
      {
        id: 'risk-based',
        concept: 'prioritizing by risk: business critical flows and areas with a history of bugs',
        phrasings: [
          'risk based',
          'riskiest',
          'critical path*',
          'checkout',
          'payment*',
          'business critical',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'automate-everything',
        claim: 'the goal is to automate one hundred percent of testing',
        phrasings: ['automate everything', 'hundred percent automat*', 'automate all test*'],
        correction:
          'Automation checks what you already know to expect; exploratory and usability testing find the problems no one anticipated, so full automation is neither possible nor the goal.',
      },
    ],
  },
  'role.qa.t.2': {
    keyPoints: [
      {
        id: 'risk-analysis',
        concept:
          'starting from a risk analysis of the flows, especially money movement and failure modes',
        phrasings: ['money', 'charg*', 'refund*', 'double charge'],
      },
      {
        id: 'layered-tests',
        concept:
          'tests at each layer: unit tests, API contract tests and a few end to end journeys',
        phrasings: [
          'unit test*',
          'contract test*',
          'end to end',
          'integration test*',
          'api level test*',
        ],
      },
      {
        id: 'provider-sandbox',
        concept:
          'testing the payment provider through its sandbox or test mode, and with stubs for error cases',
        phrasings: ['sandbox', 'test mode', 'stub*', 'mock*', 'test card*'],
      },
      {
        id: 'failure-cases',
        concept:
          'failure and edge cases: declines, timeouts, retries, idempotency and webhooks arriving late or twice',
        phrasings: ['timeout*', 'idempoten*', 'webhook*', 'declin*', 'retry logic', 'duplicate'],
      },
      {
        id: 'environments-data',
        concept: 'test environments and test data, and monitoring after release',
        phrasings: ['test data', 'staging', 'environment*', 'monitor* production', 'production'],
      },
    ],
    misconceptions: [
      {
        id: 'mock-only',
        claim: 'mocking the payment provider everywhere is enough',
        phrasings: ['mock it everywhere', 'mocks are enough', 'mocking is enough'],
        correction:
          "Mocks only reflect what you believe the provider does; also run contract or sandbox tests against the provider's real test environment to catch mismatches.",
      },
    ],
  },
  'role.qa.t.3': {
    keyPoints: [
      {
        id: 'causes-timing',
        concept: 'timing causes: fixed sleeps, races and asynchronous waits',
        phrasings: ['sleep*', 'race condition*', 'timing', 'async*', 'wait*'],
      },
      {
        id: 'causes-state',
        concept: 'shared or leaking state between tests and dependence on test order',
        phrasings: ['shared state', 'test order', 'order dependen*', 'leak*', 'clean up'],
      },
      {
        id: 'causes-env',
        concept:
          'unstable dependencies: real networks, third party services, clocks and random data',
        phrasings: ['network call*', 'third party', 'clock', 'random*', 'external'],
      },
      {
        id: 'fixes',
        concept:
          'fixes: explicit waits on conditions, isolated data per test, and fakes for external services',
        phrasings: ['wait for', 'isolat*', 'fake*', 'stub*', 'deterministic'],
      },
      {
        id: 'process',
        concept:
          'process: track flakiness, quarantine flaky tests with an owner and fix them, rather than rerunning',
        phrasings: ['quarantin*', 'track*', 'flak* rate', 'rerun*'],
      },
    ],
    misconceptions: [
      {
        id: 'retry-fixes',
        claim: 'automatically retrying failed tests fixes flakiness',
        phrasings: ['retries fix*', 'retry fixes', 'rerun until pass*'],
        correction:
          'Retries hide the symptom and can mask real race conditions in the product; use them at most as a stopgap while the cause is found and fixed.',
      },
    ],
  },
  'role.qa.t.4': {
    keyPoints: [
      {
        id: 'steps-reproduce',
        concept: 'clear, minimal steps to reproduce',
        phrasings: ['steps to reproduce', 'repro*', 'step by step', 'minimal steps'],
      },
      {
        id: 'expected-actual',
        concept: 'expected versus actual behavior',
        phrasings: [
          'expected result',
          'actual result',
          'expected behavio*',
          'actual behavio*',
          'what should happen',
        ],
      },
      {
        id: 'environment',
        concept: 'the environment: version, browser or device, account and data used',
        phrasings: ['browser', 'device', 'environment', 'build number'],
      },
      {
        id: 'evidence',
        concept: 'evidence such as screenshots, recordings, logs and request IDs',
        phrasings: [
          'screenshot*',
          'log* attached',
          'attach* log*',
          'recording*',
          'video',
          'request id',
        ],
      },
      {
        id: 'severity-impact',
        concept: 'severity and user impact, with a clear, searchable title',
        phrasings: ['severity', 'impact on user*', 'title', 'how many users'],
      },
    ],
    misconceptions: [
      {
        id: 'it-is-broken',
        claim: 'a short description such as it does not work is enough for a developer to start',
        phrasings: ['says it is broken', 'title is enough', 'broken is enough'],
        correction:
          'Without steps, expected and actual results, environment and evidence, the developer has to reproduce it from scratch, and the bug waits.',
      },
    ],
  },
  'role.qa.t.5': {
    keyPoints: [
      {
        id: 'inject-clock',
        concept: 'injecting the clock as a dependency so tests control the current time',
        phrasings: [
          'inject* clock',
          'clock interface',
          'fake clock',
          'time provider',
          'dependency inject*',
        ],
      },
      {
        id: 'fake-timers',
        concept: 'fake or mocked timers to advance time instantly instead of sleeping',
        phrasings: ['fake timer*', 'advance time', 'mock* time', 'freeze time', 'time travel'],
      },
      {
        id: 'edge-cases',
        concept:
          'edge cases: time zones, daylight saving changes, month ends, leap years and clock skew',
        phrasings: ['time zone*', 'daylight saving', 'leap year*', 'clock skew', 'midnight', 'utc'],
      },
      {
        id: 'boundaries',
        concept: 'boundaries just before and just after expiry or schedule times',
        phrasings: ['boundar*', 'just before', 'just after', 'exactly at', 'off by one'],
      },
      {
        id: 'jobs-separate',
        concept:
          'separating the scheduling from the job logic, so the logic can be called directly in tests',
        phrasings: [
          'separat* logic',
          'call directly',
          'trigger manually',
          'job logic',
          'idempoten*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'real-waits',
        claim: 'the reliable way to test expiry is to wait the real amount of time',
        phrasings: ['wait the real', 'sleep until expir*', 'real time wait*'],
        correction:
          'Real waits make tests slow and flaky; control the clock through injection or fake timers so the test can jump to any moment.',
      },
    ],
  },
  'role.qa.t.6': {
    keyPoints: [
      {
        id: 'shift-left',
        concept:
          'involving testing early: acceptance criteria and testability discussed at design and refinement',
        phrasings: ['shift left', 'acceptance criteria', 'early', 'refinement', 'three amigos'],
      },
      {
        id: 'devs-own-tests',
        concept:
          'developers writing automated tests with their code, with QA coaching rather than gatekeeping',
        phrasings: [
          'developers write test*',
          'whole team',
          'coach*',
          'definition of done',
          'own* quality',
        ],
      },
      {
        id: 'ci-automation',
        concept: 'fast automated checks in continuous integration on every change',
        phrasings: ['continuous integration', 'ci', 'every commit', 'automated'],
      },
      {
        id: 'release-safety',
        concept: 'production safety nets: feature flags, monitoring and small releases',
        phrasings: [
          'feature flag*',
          'production monitor*',
          'small batch*',
          'small release*',
          'observab*',
        ],
      },
      {
        id: 'feedback-metrics',
        concept: 'measuring escaped defects and cycle time to guide improvements',
        phrasings: [
          'escaped defect*',
          'quality metric*',
          'cycle time',
          'defect*',
          'retrospective*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'qa-owns-quality',
        claim: "quality is the QA team's job at the end of the sprint",
        phrasings: ['qa owns quality', 'testing at the end', 'qa tests at end'],
        correction:
          'Testing last makes QA the bottleneck and finds bugs when they cost most; build quality in with acceptance criteria up front, developer tests and automation in CI.',
      },
    ],
  },
  'role.qa.t.7': {
    keyPoints: [
      {
        id: 'goals-profile',
        concept:
          'clear goals and a realistic traffic profile: the mix of endpoints, concurrency and ramp up',
        phrasings: [
          'traffic mix',
          'realistic',
          'concurrent',
          'ramp*',
          'production traffic',
          'user journey*',
        ],
      },
      {
        id: 'test-types',
        concept:
          'different test types: load at expected peak, stress beyond it, spike and soak over hours',
        phrasings: ['stress test*', 'soak', 'spike', 'endurance', 'peak'],
      },
      {
        id: 'percentiles',
        concept:
          'latency percentiles such as p95 and p99, throughput and error rate, not only the average',
        phrasings: [
          'percentile*',
          'p99',
          'p95',
          'tail latency',
          'throughput',
          'error rate',
          'not the average',
          'not just average*',
        ],
      },
      {
        id: 'environment-data',
        concept:
          'a production-like environment and data volume, and a load generator that is not itself the bottleneck',
        phrasings: [
          'production like',
          'data volume',
          'load generator',
          'client side bottleneck',
          'realistic data',
        ],
      },
      {
        id: 'interpret-bottleneck',
        concept:
          'interpreting results: where latency bends with load, correlated with server metrics to find the bottleneck',
        phrasings: ['bottleneck*', 'saturat*', 'cpu', 'knee', 'correlat*'],
      },
    ],
    misconceptions: [
      {
        id: 'average-is-enough',
        claim: 'average response time is the key number',
        phrasings: ['average is enough', 'mean latency is enough', 'average response time key'],
        correction:
          'Averages hide the slow tail that many users hit; report percentiles such as p95 and p99 alongside error rates.',
      },
    ],
  },
  'role.qa.t.8': {
    keyPoints: [
      {
        id: 'pyramid-shape',
        concept:
          'the pyramid: many fast unit tests, fewer integration tests and few end to end tests',
        phrasings: [
          'many unit test*',
          'fewer integration',
          'few end to end',
          'wide base',
          'at the top',
        ],
      },
      {
        id: 'reasons',
        concept:
          'the reasons: lower tests are fast, cheap and precise, higher ones are slow, brittle and costly',
        phrasings: ['run fast', 'cheap*', 'brittle', 'flak*', 'expensive', 'pinpoint*'],
      },
      {
        id: 'modern-view',
        concept:
          'modern views such as the testing trophy, which favors integration tests for UI and service code',
        phrasings: ['trophy', 'honeycomb', 'integration tests more', 'confidence', 'diamond'],
      },
      {
        id: 'context',
        concept: 'that the right shape depends on the architecture and where the risk lies',
        phrasings: [
          'depends on the architecture',
          'shape depends',
          'risk lies',
          'microservice* need* more',
          'no single right shape',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'ui-tests-best',
        claim: 'end to end UI tests are the best kind, so most tests should be UI tests',
        phrasings: ['mostly ui test*', 'mostly end to end', 'ui tests best'],
        correction:
          'End to end UI tests give broad confidence but are slow, flaky and hard to debug; use them for key journeys and cover logic at lower levels.',
      },
    ],
  },
  'role.qa.b.1': {
    keyPoints: [
      {
        id: 'severity-evidence',
        concept: 'how the candidate assessed severity and gathered evidence before raising it',
        phrasings: [
          'reproduc*',
          'showed evidence',
          'severity',
          'user impact',
          'log* showed',
          'reproduced it',
          'data loss',
          'affected',
          'how many customers',
          'could lose',
        ],
      },
      {
        id: 'escalation',
        concept:
          'raising it promptly with the right people, with options rather than only a problem',
        phrasings: [
          'escalat*',
          'release manager',
          'recommend*',
          'product owner',
          'flagged it',
          'brought it to',
          'went to the',
          'release call',
          'told the',
        ],
      },
      {
        id: 'decision-outcome',
        concept:
          'the decision reached and its outcome, such as a delay, a fix or shipping with a mitigation',
        phrasings: [
          'delay*',
          'postpone*',
          'hotfix',
          'mitigat*',
          'decid*',
          'held the release',
          'pushed the release',
          'shipped with',
          'fixed it before',
          'release went out',
          'hold the release',
        ],
      },
      {
        id: 'prevention',
        concept: 'what changed afterwards so such issues are caught earlier',
        phrasings: [
          'earlier',
          'prevent*',
          'process change',
          'new test*',
          'lesson',
          'added a test',
          'regression test',
          'checklist',
          'now we',
          'earlier in the',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.security.t.1': {
    keyPoints: [
      {
        id: 'data-flow',
        concept:
          'mapping the data flow and trust boundaries: client, upload service, storage and whoever later opens the files',
        phrasings: ['data flow', 'trust boundar*', 'diagram', 'entry point*', 'assets'],
      },
      {
        id: 'stride',
        concept: 'a structured method such as STRIDE to enumerate threats',
        phrasings: [
          'stride',
          'spoof*',
          'tamper*',
          'repudiat*',
          'elevation of privilege',
          'information disclosure',
        ],
      },
      {
        id: 'malicious-content',
        concept:
          'malicious content: malware, disguised file types, content sniffing and stored cross site scripting through served files',
        phrasings: ['malware', 'file type*', 'magic bytes', 'content type', 'xss', 'polyglot'],
      },
      {
        id: 'storage-access',
        concept:
          'storage and access: random names outside the web root, no path traversal, authorization on download and signed URLs',
        phrasings: ['path traversal', 'signed url*', 'separate domain', 'authoriz*', 'web root'],
      },
      {
        id: 'resource-abuse',
        concept: 'abuse of resources: size limits, zip bombs, rate limits and storage costs',
        phrasings: ['size limit*', 'zip bomb*', 'rate limit*', 'denial of service', 'quota*'],
      },
      {
        id: 'mitigations-priority',
        concept: 'ranking threats by likelihood and impact and deciding mitigations',
        phrasings: ['likelihood', 'prioritiz*', 'mitigat*', 'risk rating'],
      },
    ],
    misconceptions: [
      {
        id: 'extension-check-enough',
        claim: 'checking the file extension is enough to validate an upload',
        phrasings: ['extension is enough', 'check the extension only', 'extension check enough'],
        correction:
          'Extensions and declared content types are controlled by the attacker; check the actual content, store files safely, and serve them from a separate origin with safe headers.',
      },
    ],
  },
  'role.security.t.2': {
    keyPoints: [
      {
        id: 'injection',
        concept: 'injection, such as SQL injection, prevented with parameterized queries',
        phrasings: ['sql injection', 'parameteri*', 'prepared statement*', 'injection'],
      },
      {
        id: 'xss',
        concept:
          'cross site scripting, prevented with output encoding, framework escaping and a content security policy',
        phrasings: ['cross site scripting', 'xss', 'escap*', 'encod*', 'content security policy'],
      },
      {
        id: 'access-control',
        concept:
          'broken access control, prevented by checking authorization on the server for every object',
        phrasings: ['access control', 'authoriz*', 'idor', 'object level', 'server side check*'],
      },
      {
        id: 'auth-session',
        concept:
          'broken authentication and session handling, prevented with strong session management and multi factor',
        phrasings: ['session*', 'multi factor', 'mfa', 'credential stuffing', 'password hash*'],
      },
      {
        id: 'csrf-ssrf',
        concept:
          'request forgery: CSRF with same site cookies or tokens, and SSRF with allow lists',
        phrasings: [
          'csrf',
          'cross site request forgery',
          'same site',
          'ssrf',
          'server side request forgery',
        ],
      },
      {
        id: 'dev-framing',
        concept:
          "explaining through real examples and secure defaults in the team's own stack, referencing the OWASP Top Ten",
        phrasings: ['owasp', 'top ten', 'example*', 'secure default*', 'library'],
      },
    ],
    misconceptions: [
      {
        id: 'input-validation-stops-xss',
        claim: 'input validation alone prevents cross site scripting',
        phrasings: [
          'input validation prevents xss',
          'validation alone stops xss',
          'sanitize input enough',
        ],
        correction:
          'XSS is prevented mainly by context-aware output encoding at the point of rendering; validation helps but cannot anticipate every output context.',
      },
    ],
  },
  'role.security.t.3': {
    keyPoints: [
      {
        id: 'password-storage',
        concept: 'storing passwords with a slow, salted hash such as Argon2, bcrypt or scrypt',
        phrasings: ['argon2', 'bcrypt', 'scrypt', 'salt*', 'slow hash*'],
      },
      {
        id: 'mfa',
        concept: 'multi factor authentication and support for passkeys',
        phrasings: ['multi factor', 'mfa', 'two factor', 'passkey*', 'webauthn', 'totp'],
      },
      {
        id: 'sessions-tokens',
        concept:
          'sessions and tokens: secure HTTP only cookies on web, short lived access tokens with refresh tokens on mobile, and revocation',
        phrasings: [
          'http only',
          'secure cookie*',
          'refresh token*',
          'short lived',
          'revoc*',
          'oauth',
        ],
      },
      {
        id: 'reset-flow',
        concept:
          'password reset with a single use, short lived, random token, sent without revealing whether the account exists',
        phrasings: ['single use', 'expir*', 'random token', 'account exists', 'enumeration'],
      },
      {
        id: 'abuse',
        concept:
          'rate limiting, lockout or throttling and breached password checks against credential stuffing',
        phrasings: [
          'rate limit*',
          'throttl*',
          'lockout',
          'credential stuffing',
          'breached password*',
        ],
      },
      {
        id: 'after-reset',
        concept: 'invalidating existing sessions after a reset and notifying the user',
        phrasings: ['invalidat*', 'log out', 'other sessions', 'notif*', 'email the user'],
      },
    ],
    misconceptions: [
      {
        id: 'md5-sha-ok',
        claim: 'hashing passwords with SHA256 or MD5 is secure enough',
        phrasings: ['sha256 secure', 'md5 secure', 'sha256 enough', 'md5 enough', 'fast hash fine'],
        correction:
          'General purpose hashes are built to be fast, which makes brute force cheap; use a deliberately slow, salted password hash such as Argon2id or bcrypt.',
      },
      {
        id: 'jwt-in-localstorage',
        claim: 'storing a long lived token in local storage is the safest option for web apps',
        phrasings: ['local storage safe*', 'localstorage safe*'],
        correction:
          'Anything in local storage is readable by script, so an XSS bug steals it; HTTP only, secure, same site cookies with short lifetimes are safer for web sessions.',
      },
    ],
  },
  'role.security.t.4': {
    keyPoints: [
      {
        id: 'severity-context',
        concept:
          'combining severity scores with context: exploitability, whether it is reachable and exposed to the internet',
        phrasings: ['cvss', 'exploitab*', 'reachab*', 'internet facing', 'exposed'],
      },
      {
        id: 'known-exploited',
        concept: 'prioritizing vulnerabilities known to be exploited in the wild',
        phrasings: ['known exploited', 'kev', 'in the wild', 'epss', 'public exploit'],
      },
      {
        id: 'asset-criticality',
        concept: 'weighting by the criticality of the asset and the data it holds',
        phrasings: [
          'critical asset*',
          'sensitive data',
          'crown jewel*',
          'business critical',
          'production',
        ],
      },
      {
        id: 'dedupe-triage',
        concept:
          'deduplicating, grouping by root cause such as one library, and removing false positives',
        phrasings: ['dedup*', 'false positive*', 'group*', 'same library', 'root cause'],
      },
      {
        id: 'process-sla',
        concept:
          'fix timelines by risk, owners and tracking, plus fixing the source such as base images',
        phrasings: ['sla*', 'owner* per', 'base image*', 'track*', 'timeline*'],
      },
    ],
    misconceptions: [
      {
        id: 'cvss-only',
        claim: 'you should fix findings strictly in order of CVSS score',
        phrasings: ['order of cvss', 'sort by cvss', 'cvss alone', 'cvss score only'],
        correction:
          'CVSS measures technical severity in general, not risk in your environment; combine it with exploitability, exposure and asset value.',
      },
    ],
  },
  'role.security.t.5': {
    keyPoints: [
      {
        id: 'revoke-first',
        concept: 'revoking or rotating the key immediately, before anything else',
        phrasings: ['revok*', 'rotat*', 'deactivat*', 'disable the key', 'immediately'],
      },
      {
        id: 'assume-compromised',
        concept: 'assuming it was already used, since bots scan public repositories within minutes',
        phrasings: ['bots', 'within minutes', 'assume compromised', 'scrap*', 'automated scan*'],
      },
      {
        id: 'investigate-usage',
        concept: 'checking audit logs for what the key did since it was exposed',
        phrasings: ['audit log*', 'cloudtrail', 'access logs', 'unusual activity'],
      },
      {
        id: 'contain',
        concept:
          'containing damage: removing created resources and reviewing the permissions the key had',
        phrasings: [
          'contain*',
          'permissions',
          'created resources',
          'anything it created',
          'blast radius',
          'unauthorized',
          'clean up',
          'what they created',
        ],
      },
      {
        id: 'history-cleanup',
        concept: 'removing it from history, knowing that this does not replace rotation',
        phrasings: [
          'history',
          'rewrite*',
          'force push',
          'git filter',
          'not replace rotation',
          'does not replace',
          'history not help',
          'history not enough',
          'history not replace',
        ],
      },
      {
        id: 'notify',
        concept:
          'escalating to the security team, following the incident process, and notifying as required',
        phrasings: ['escalat*', 'incident', 'security team', 'notif*', 'report'],
      },
    ],
    misconceptions: [
      {
        id: 'delete-commit-fixes',
        claim: 'deleting the commit or making the repository private is enough',
        phrasings: [
          'delete the commit',
          'make it private',
          'remove the file enough',
          'rewriting history is enough',
        ],
        correction:
          'Once public, the key must be treated as compromised because it may already be copied; revoke it first, then clean up the history.',
      },
    ],
  },
  'role.security.t.6': {
    keyPoints: [
      {
        id: 'paved-road',
        concept: 'secure defaults and paved roads that make the secure way the easy way',
        phrasings: ['secure default*', 'paved road*', 'easy way', 'golden path*', 'libraries'],
      },
      {
        id: 'in-workflow',
        concept: "security tooling in the developers' workflow with low noise and fast feedback",
        phrasings: ['pull request*', 'ci', 'ide', 'false positive*', 'noise', 'fast feedback'],
      },
      {
        id: 'partnership',
        concept:
          'partnering rather than policing: security champions, training and early design reviews',
        phrasings: ['champion*', 'partner*', 'training', 'design review*', 'consult*'],
      },
      {
        id: 'risk-based',
        concept: 'risk-based priorities and practical exceptions instead of blocking everything',
        phrasings: ['risk based', 'exception*', 'risk priorit*', 'pragmatic', 'trade off*'],
      },
      {
        id: 'measure',
        concept:
          'measuring outcomes such as time to fix and adoption of the paved roads, not the count of findings',
        phrasings: ['time to fix', 'adoption', 'security metric*', 'adoption rate', 'mean time'],
      },
    ],
    misconceptions: [
      {
        id: 'gatekeeper',
        claim: 'security works best as a gate that blocks releases until everything is fixed',
        phrasings: ['block every release', 'block all releases', 'gate everything'],
        correction:
          'Blanket gates teach teams to route around security; reserve blocking for high risk issues and make the secure path the easy default.',
      },
    ],
  },
  'role.security.t.7': {
    keyPoints: [
      {
        id: 'definition',
        concept:
          'that each identity gets only the permissions it needs for its task, for only as long as it needs them',
        phrasings: [
          'only the permissions',
          'minimum permission*',
          'minimal access',
          'only what they need',
          'need to know',
        ],
      },
      {
        id: 'roles-groups',
        concept: 'role based access through groups, not permissions assigned to individuals',
        phrasings: [
          'role based',
          'group*',
          'rbac',
          'job function',
          'not individual*',
          'never individual*',
          'single sign on',
          'sso',
          'identity provider',
          'roles for',
        ],
      },
      {
        id: 'separate-accounts',
        concept:
          'separate accounts or projects for production and development, with tighter production access',
        phrasings: [
          'separate account*',
          'production account',
          'dev account',
          'environment*',
          'read only in production',
          'production access',
        ],
      },
      {
        id: 'temporary-access',
        concept: 'just in time, temporary elevation with approval instead of standing admin rights',
        phrasings: [
          'just in time',
          'temporary',
          'break glass',
          'elevat*',
          'time bound',
          'short time',
          'when needed',
          'time limited',
          'granted temporarily',
        ],
      },
      {
        id: 'review-audit',
        concept: 'regular access reviews, audit logs and tools that find unused permissions',
        phrasings: [
          'access review*',
          'audit*',
          'unused permission*',
          'access analyzer',
          'remove unused',
          'review permissions',
          'review* access',
          'not being used',
          'every few months',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'admin-for-speed',
        claim: 'giving everyone admin in development accounts is harmless',
        phrasings: ['everyone admin', 'admin for everyone', 'give everyone admin'],
        correction:
          'Development accounts often hold real credentials, data or network paths to production; keep access scoped there too, with sandbox accounts for experimentation.',
      },
      {
        id: 'privilege-by-seniority',
        claim: 'least privilege means giving admin rights to trusted or senior people',
        phrasings: [
          'admin to senior*',
          'senior* get admin',
          'seniors admin',
          'trusted people admin',
        ],
        correction:
          "Least privilege is about need, not trust or seniority: senior engineers also get only the access their current task requires, with temporary elevation when needed, because their accounts can be phished like anyone else's.",
      },
    ],
  },
  'role.security.b.1': {
    keyPoints: [
      {
        id: 'risk-in-their-terms',
        concept:
          'framing the risk in terms the team and business care about: likelihood, impact and a concrete exploit',
        phrasings: [
          'exploit*',
          'business impact',
          'likelihood',
          'business risk',
          'demonstrat*',
          'proof of concept',
          'demo',
          'made it real',
          'showed their',
          'another customer*',
        ],
      },
      {
        id: 'options-tradeoff',
        concept:
          'offering options that fit delivery pressure, such as a mitigation now and the full fix later',
        phrasings: [
          'mitigat*',
          'temporary',
          'phased',
          'smaller fix',
          'offered option*',
          'compromise',
          'small pull request',
          'wrote the fix',
          'offered to',
          'made it cheap',
          'made it easy',
        ],
      },
      {
        id: 'decision-escalation',
        concept:
          'how the decision was made and recorded, escalating or accepting risk with the right owner',
        phrasings: [
          'risk acceptance',
          'escalat*',
          'sign off',
          'documented the risk',
          'lower risk',
          'wait until after',
          'with a date',
          'agreed a date',
          'after launch',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.product.t.1': {
    keyPoints: [
      {
        id: 'users-problem',
        concept:
          'naming the target users and a specific problem or job they struggle with, backed by evidence',
        phrasings: [
          'pain point*',
          'user segment*',
          'persona*',
          'struggle*',
          'frustrat*',
          'job to be done',
        ],
      },
      {
        id: 'options-prioritize',
        concept: 'generating several solutions and choosing one by impact against effort',
        phrasings: [
          'impact and effort',
          'effort',
          'trade off*',
          'prioritiz* by',
          'alternative*',
          'option* considered',
        ],
      },
      {
        id: 'success-metric',
        concept:
          'a success metric tied to the problem, plus guardrail metrics that must not get worse',
        phrasings: [
          'success metric*',
          'north star',
          'guardrail*',
          'retention',
          'conversion',
          'engagement',
        ],
      },
      {
        id: 'validate',
        concept: 'validating with a prototype, user testing or an experiment against a control',
        phrasings: ['a b test*', 'experiment*', 'prototype', 'control group', 'user test*'],
      },
      {
        id: 'baseline-target',
        concept: 'setting a baseline and a target before launch so the result is judged honestly',
        phrasings: ['baseline', 'target', 'before launch', 'hypothes*', 'expected lift'],
      },
    ],
    misconceptions: [],
  },
  'role.product.t.2': {
    keyPoints: [
      {
        id: 'goals-first',
        concept:
          'anchoring the roadmap on company goals and strategy rather than on who asks loudest',
        phrasings: ['strategy', 'company goal*', 'objective*', 'okr*', 'vision', 'outcome*'],
      },
      {
        id: 'framework',
        concept: 'a prioritization method such as impact, confidence and effort or RICE',
        phrasings: [
          'rice',
          'ice',
          'confidence',
          'reach',
          'impact effort',
          'impact versus effort',
          'estimate* of impact',
          'size and impact',
        ],
      },
      {
        id: 'evidence',
        concept: 'using evidence: usage data, revenue at stake and customer research',
        phrasings: ['usage data', 'revenue', 'customer research', 'usage'],
      },
      {
        id: 'say-no',
        concept: 'saying no openly and explaining what did not make it and why',
        phrasings: ['say no', 'saying no', 'explain* why', 'transparen*', 'not now'],
      },
      {
        id: 'capacity-buffer',
        concept: 'leaving capacity for tech debt, bugs and the unexpected',
        phrasings: ['tech debt', 'technical debt', 'buffer', 'slack', 'unplanned', 'bugs'],
      },
    ],
    misconceptions: [
      {
        id: 'stack-rank-requests',
        claim: 'you should build the most requested features first',
        phrasings: [
          'most requested first',
          'highest vote*',
          'loudest customer',
          'count of requests',
        ],
        correction:
          'Request counts reflect who speaks up, not value; weigh requests against strategy, impact and the underlying problem shared by many requests.',
      },
    ],
  },
  'role.product.t.3': {
    keyPoints: [
      {
        id: 'goal-of-onboarding',
        concept: 'defining what success means: users reaching the first moment of real value',
        phrasings: ['activation', 'aha moment', 'first value', 'time to value', 'key action'],
      },
      {
        id: 'funnel',
        concept: 'funnel metrics for each step, completion and drop off',
        phrasings: ['funnel', 'drop off', 'completion rate', 'each step', 'steps', 'conversion'],
      },
      {
        id: 'leading-lagging',
        concept:
          'leading indicators such as activation, and lagging outcomes such as retention after weeks',
        phrasings: ['retention', 'leading', 'lagging', 'week one', 'day seven', 'day thirty'],
      },
      {
        id: 'guardrails',
        concept: 'guardrail metrics such as support tickets or time taken',
        phrasings: [
          'guardrail*',
          'support ticket*',
          'time to complete',
          'counter metric*',
          'guardrail* not',
          'inflate* the number',
        ],
      },
      {
        id: 'qualitative',
        concept: 'pairing numbers with qualitative feedback from sessions or surveys',
        phrasings: ['qualitative', 'interview*', 'survey*', 'session recording*', 'user feedback'],
      },
    ],
    misconceptions: [
      {
        id: 'completion-only',
        claim: 'onboarding completion rate alone shows success',
        phrasings: ['completion rate alone', 'only completion', 'completion is enough'],
        correction:
          'Users can finish onboarding without getting value, or a shorter flow can raise completion but hurt retention; measure activation and retention too.',
      },
    ],
  },
  'role.product.t.4': {
    keyPoints: [
      {
        id: 'verify-data',
        concept:
          'first checking whether the drop is real: tracking bugs, pipeline failures or definition changes',
        phrasings: [
          'tracking bug*',
          'instrumentation',
          'logging broke',
          'data pipeline',
          'definition change*',
          'real drop',
        ],
      },
      {
        id: 'segment',
        concept: 'segmenting by platform, region, channel, version and user type to locate it',
        phrasings: ['segment*', 'platform', 'region*', 'channel*', 'app version', 'cohort*'],
      },
      {
        id: 'changes-timeline',
        concept: 'lining up the timing with releases, experiments, marketing and outside events',
        phrasings: ['release*', 'deploy*', 'experiment*', 'marketing', 'holiday*', 'seasonal*'],
      },
      {
        id: 'funnel-decompose',
        concept: 'decomposing the metric into its parts or funnel steps to see which moved',
        phrasings: ['decompos*', 'funnel', 'numerator', 'denominator', 'component*'],
      },
      {
        id: 'external',
        concept: 'external causes such as competitors, outages of partners or seasonality',
        phrasings: ['competitor*', 'outage*', 'seasonal*', 'external', 'market'],
      },
      {
        id: 'act',
        concept: 'forming hypotheses, confirming one, then acting and communicating',
        phrasings: ['hypothes*', 'confirm*', 'ship a fix', 'roll back'],
      },
    ],
    misconceptions: [],
  },
  'role.product.t.5': {
    keyPoints: [
      {
        id: 'strategic-fit',
        concept: 'whether it fits the product strategy and the market you want to serve',
        phrasings: [
          'strategy',
          'strategic',
          'vision',
          'target market',
          'direction',
          'fits where',
          'product is going',
          'roadmap',
        ],
      },
      {
        id: 'generalize',
        concept:
          'whether the underlying need generalizes to other customers, found by researching the problem rather than the request',
        phrasings: ['underlying need', 'underlying problem', 'generaliz*', 'validate with'],
      },
      {
        id: 'cost-of-ownership',
        concept: 'the full cost: build, maintenance, complexity and opportunity cost',
        phrasings: [
          'opportunity cost',
          'maintenance',
          'complexity',
          'ongoing cost',
          'cost to maintain',
        ],
      },
      {
        id: 'revenue-risk',
        concept: 'the revenue at stake and the concentration risk of depending on one customer',
        phrasings: ['revenue', 'churn', 'concentration', 'depend* on one', 'contract'],
      },
      {
        id: 'alternatives',
        concept:
          'alternatives such as configuration, an integration, paid custom work or a smaller version',
        phrasings: [
          'configur*',
          'integration',
          'public api',
          'custom work',
          'professional services',
          'smaller version',
          'saying no',
          'say no',
          'configurable',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'customer-always-right',
        claim: 'you should always build what your largest customer asks for',
        phrasings: ['always build', 'biggest customer always', 'largest customer always'],
        correction:
          'A one off feature can bend the product for everyone else; build it only if it fits the strategy or the need generalizes, otherwise find an alternative.',
      },
    ],
  },
  'role.product.t.6': {
    keyPoints: [
      {
        id: 'shared-goal',
        concept:
          'aligning on the problem and the outcome, so trade-offs are judged against the goal',
        phrasings: ['outcome', 'shared goal', 'user problem'],
      },
      {
        id: 'options-together',
        concept: 'laying out options together with estimates and risks from engineering',
        phrasings: ['option* together', 'estimat*', 'jointly', 'collaborat*'],
      },
      {
        id: 'scope-lever',
        concept: 'cutting or phasing scope as the usual lever, such as an MVP or staged release',
        phrasings: [
          'mvp',
          'minimum viable',
          'phas*',
          'cut scope',
          'reduce scope',
          'later iteration*',
        ],
      },
      {
        id: 'quality-floor',
        concept:
          'a non-negotiable quality floor, and making any tech debt explicit with a plan to repay it',
        phrasings: ['tech debt', 'technical debt', 'quality bar', 'non negotiable', 'repay'],
      },
      {
        id: 'transparency',
        concept: 'making decisions explicit, written down and communicated to stakeholders',
        phrasings: ['write it down', 'written', 'written decision', 'transparen*', 'decision log'],
      },
    ],
    misconceptions: [
      {
        id: 'quality-flexible',
        claim: 'quality is the easiest thing to cut when time is short',
        phrasings: ['cut quality', 'sacrifice quality', 'skip testing'],
        correction:
          'Cutting quality usually costs more time later through bugs and rework; scope is normally the better lever, with any debt taken knowingly and tracked.',
      },
    ],
  },
  'role.product.t.7': {
    keyPoints: [
      {
        id: 'hypothesis-metric',
        concept:
          'a clear hypothesis, one primary metric such as revenue per visitor, and guardrails',
        phrasings: [
          'hypothes*',
          'primary metric',
          'revenue per visitor',
          'conversion',
          'guardrail*',
        ],
      },
      {
        id: 'randomization',
        concept: 'random assignment of users, not sessions, so each user sees one consistent price',
        phrasings: ['random*', 'per user', 'consistent', 'assignment', 'same price'],
      },
      {
        id: 'sample-size',
        concept:
          'sizing the test in advance with a power calculation and a fixed duration covering full weekly cycles',
        phrasings: ['sample size', 'power', 'minimum detectable effect', 'duration', 'full week*'],
      },
      {
        id: 'pitfalls',
        concept:
          'misleading factors: stopping early on peeking, novelty effects, and many metrics tested at once',
        phrasings: ['peek*', 'stop* early', 'novelty', 'multiple comparison*', 'false positive*'],
      },
      {
        id: 'long-term',
        concept: 'longer term effects that a short test misses, such as churn, refunds and trust',
        phrasings: ['long term', 'churn', 'refund*', 'lifetime value', 'retention'],
      },
      {
        id: 'ethics-legal',
        concept: 'the fairness and legal considerations of showing different prices',
        phrasings: ['fairness', 'legal', 'trust', 'ethic*', 'regulat*'],
      },
    ],
    misconceptions: [
      {
        id: 'stop-when-significant',
        claim: 'you can stop the test as soon as it reaches statistical significance',
        phrasings: ['stop when significant', 'stop if significant', 'stop once significant'],
        correction:
          'Checking repeatedly and stopping at the first significant result inflates false positives; fix the sample size in advance or use a sequential method built for early stopping.',
      },
      {
        id: 'conversion-enough',
        claim: 'a higher conversion rate means the new price page wins',
        phrasings: ['higher conversion wins', 'conversion rate wins'],
        correction:
          'A lower price can raise conversion and still lose money; judge pricing on revenue or margin per visitor and on retention.',
      },
    ],
  },
  'role.product.t.8': {
    keyPoints: [
      {
        id: 'clarify-intent',
        concept: 'asking questions to uncover the goal behind the request and why now',
        phrasings: ['why now', 'underlying goal', 'ask* question*', 'intent', 'what success'],
      },
      {
        id: 'problem-statement',
        concept:
          'writing a problem statement naming the users, the problem, the evidence and the success measure',
        phrasings: ['success measure*', 'who is affected', 'success metric*'],
      },
      {
        id: 'scope-constraints',
        concept: 'agreeing constraints, scope and what is out of scope',
        phrasings: ['out of scope', 'constraint*', 'non goal*', 'assumption*', 'in scope'],
      },
      {
        id: 'plan-milestones',
        concept: 'a plan with milestones, risks and early checkpoints',
        phrasings: ['milestone*', 'checkpoint*', 'phase*', 'timeline'],
      },
      {
        id: 'confirm-alignment',
        concept: 'playing it back to leadership and confirming alignment before committing',
        phrasings: ['play* back', 'confirm*', 'align*', 'sign off', 'leadership review'],
      },
    ],
    misconceptions: [],
  },
  'role.product.t.9': {
    keyPoints: [
      {
        id: 'usage-data',
        concept:
          'measuring who uses it and how much it matters to them, including revenue tied to those users',
        phrasings: ['usage', 'revenue', 'segment', 'how many users', 'usage data'],
      },
      {
        id: 'cost',
        concept: 'the cost of keeping it: maintenance, complexity and how it slows other work',
        phrasings: ['maintenance', 'complexity', 'slows', 'opportunity cost'],
      },
      {
        id: 'talk-to-users',
        concept: 'talking to those users to learn the underlying need',
        phrasings: ['interview*', 'underlying need', 'why they', 'user research'],
      },
      {
        id: 'alternatives',
        concept:
          'alternatives such as a migration path, a replacement or folding the need into another feature',
        phrasings: ['migration path', 'replacement', 'alternative*', 'workaround', 'export'],
      },
      {
        id: 'sunset-comms',
        concept: 'a careful sunset: advance notice, a timeline and support for affected users',
        phrasings: [
          'notice',
          'timeline',
          'sunset',
          'deprecat*',
          'communicate early',
          'grace period',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.product.t.10': {
    keyPoints: [
      {
        id: 'focus-questions',
        concept: 'a focused set of research questions tied to a decision',
        phrasings: ['research question*', 'decision it inform*', 'focus*', 'hypothes*'],
      },
      {
        id: 'existing-data',
        concept:
          'using existing sources first: analytics, support tickets, sales notes and past research',
        phrasings: ['analytics', 'support ticket*', 'existing', 'past research', 'sales'],
      },
      {
        id: 'recruit-interviews',
        concept:
          'recruiting a handful of the right users quickly for interviews or usability tests',
        phrasings: ['five users', 'handful', 'recruit*', 'interview*', 'usability test*'],
      },
      {
        id: 'synthesis',
        concept: 'synthesizing quickly by clustering observations into themes',
        phrasings: ['affinity', 'cluster*', 'theme*', 'synthes*', 'pattern*'],
      },
      {
        id: 'caveats-share',
        concept:
          'stating confidence and the limits of a small sample, and sharing findings in a short readout',
        phrasings: ['confidence', 'small sample', 'caveat*', 'readout', 'share*'],
      },
    ],
    misconceptions: [
      {
        id: 'small-sample-useless',
        claim: 'research with a small number of users is worthless',
        phrasings: ['small sample useless', 'too few to learn', 'worthless'],
        correction:
          'A handful of well chosen interviews reliably surfaces the biggest usability problems and needs; it is weak for measuring how common something is, so pair it with data for that.',
      },
    ],
  },
  'role.product.t.11': {
    keyPoints: [
      {
        id: 'problem-why',
        concept: 'the problem, the users and why it matters, with the evidence',
        phrasings: ['problem statement', 'why it matters', 'background'],
      },
      {
        id: 'goals-metrics',
        concept: 'goals and success metrics',
        phrasings: ['success metric*', 'kpi*', 'measure*'],
      },
      {
        id: 'requirements',
        concept: 'user stories or requirements and acceptance criteria, including edge cases',
        phrasings: ['user stor*', 'acceptance criteria', 'edge case*', 'functional'],
      },
      {
        id: 'non-goals',
        concept: 'explicit non goals and scope boundaries',
        phrasings: ['non goal*', 'out of scope', 'in scope'],
      },
      {
        id: 'leave-out-how',
        concept:
          'leaving out implementation details and pixel level design so engineering and design can find the solution',
        phrasings: ['implementation detail*', 'how to build', 'solution', 'pixel', 'prescrib*'],
      },
      {
        id: 'open-questions',
        concept: 'open questions, risks and dependencies',
        phrasings: ['open question*', 'dependenc*', 'assumption*'],
      },
    ],
    misconceptions: [],
  },
  'role.product.t.12': {
    keyPoints: [
      {
        id: 'assess-competitor',
        concept:
          "understanding the competitor's offer, strengths and likely moves without panicking or copying",
        phrasings: ['their strength*', 'weakness*', 'analy*', 'copy*', 'react*'],
      },
      {
        id: 'differentiation',
        concept: 'choosing where to win: a segment or advantage where you can differentiate',
        phrasings: ['differentiat*', 'niche', 'segment', 'unique', 'advantage', 'position*'],
      },
      {
        id: 'customer-insight',
        concept: 'grounding the strategy in customer insight and why customers choose you today',
        phrasings: ['customer insight*', 'customer research', 'switching cost*', 'churn'],
      },
      {
        id: 'bets-milestones',
        concept: 'a few strategic bets with milestones, metrics and checkpoints to adjust',
        phrasings: [
          'bets',
          'bet on',
          'milestone*',
          'checkpoint*',
          'revisit',
          'adjust*',
          'leading indicator*',
        ],
      },
      {
        id: 'resourcing-tradeoffs',
        concept: 'what you will stop doing, and how resources follow the choice',
        phrasings: ['stop doing', 'trade off*', 'resourc*', 'narrow focus', 'say no'],
      },
    ],
    misconceptions: [
      {
        id: 'match-feature-by-feature',
        claim: 'the best response is to match the competitor feature by feature',
        phrasings: ['match every feature', 'feature parity', 'copy their feature*'],
        correction:
          'Racing a larger competitor on features plays to its strength; pick the segment and the advantage where you can win and focus there.',
      },
    ],
  },
  'role.product.t.13': {
    keyPoints: [
      {
        id: 'enough-to-tradeoff',
        concept: 'knowing enough to understand trade-offs, costs and risks, not to write the code',
        phrasings: ['trade off*', 'constraint*', 'not write code'],
      },
      {
        id: 'architecture-basics',
        concept:
          'the basics of the system: main components, data and dependencies, and what is hard or easy to change',
        phrasings: ['architecture', 'component*', 'data model', 'dependenc*'],
      },
      {
        id: 'ask-engineers',
        concept:
          'getting it from engineers: asking questions, design reviews and spending time with the team',
        phrasings: ['ask* engineer*', 'design review*', 'pair*', 'spend time', 'walkthrough*'],
      },
      {
        id: 'tech-debt-awareness',
        concept: 'recognizing technical debt and platform work as product decisions',
        phrasings: ['technical debt', 'tech debt', 'platform', 'reliability', 'scalab*'],
      },
      {
        id: 'trust-team',
        concept: 'trusting engineers on how while owning the what and why',
        phrasings: ['trust*', 'own* the what', 'own* the why', 'empower*'],
      },
    ],
    misconceptions: [],
  },
  'role.product.b.1': {
    keyPoints: [
      {
        id: 'signal',
        concept: 'how they found out it was wrong: the data or feedback that showed it',
        phrasings: ['data showed', 'metric dropped', 'complaint*', 'signal*', 'noticed'],
      },
      {
        id: 'ownership',
        concept: 'owning the mistake openly with the team and stakeholders',
        phrasings: [
          'took responsibility',
          'owned the mistake',
          'admit*',
          'transparen*',
          'my mistake',
        ],
      },
      {
        id: 'correction',
        concept: 'what they did: rolling back, adjusting or iterating',
        phrasings: ['roll* back', 'revert*', 'adjust*', 'changed course', 'pivot*'],
      },
      {
        id: 'learning',
        concept: 'what they changed in how they make decisions',
        phrasings: ['lesson', 'differently', 'now i', 'decide differently', 'validate earlier'],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.product.b.2': {
    keyPoints: [
      {
        id: 'each-interest',
        concept: 'understanding what each group cared about and why',
        phrasings: [
          'their concern*',
          'motivation*',
          'incentive*',
          'perspective*',
          'sales wanted',
          'engineering wanted',
          'design wanted',
          'worried about',
          'cared about',
          'each group',
        ],
      },
      {
        id: 'common-goal',
        concept: 'finding a shared goal, customer evidence or data to anchor the decision',
        phrasings: [
          'shared goal',
          'common goal',
          'customer need*',
          'customer data',
          'evidence showed',
          'customer problem',
          'shared metric',
          'north star',
        ],
      },
      {
        id: 'decision-process',
        concept: 'how the decision was made and recorded, including disagree and commit',
        phrasings: [
          'disagree and commit',
          'decided together',
          'wrote down',
          'trade off*',
          'compromise',
          'workshop',
          'proposal',
          'we decided',
        ],
      },
      {
        id: 'follow-through',
        concept: 'keeping everyone aligned afterwards',
        phrasings: [
          'follow up',
          'check in',
          'align*',
          'regular update*',
          'shipped',
          'launched',
          'kept everyone',
          'next quarter',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.manager.t.1': {
    keyPoints: [
      {
        id: 'delivery-metrics',
        concept:
          'delivery and stability indicators such as the DORA metrics: lead time, deployment frequency, change failure rate and time to restore',
        phrasings: [
          'dora',
          'lead time',
          'deploy* frequency',
          'change failure rate',
          'time to restore',
          'cycle time',
        ],
      },
      {
        id: 'people-signals',
        concept: 'people signals: engagement surveys, retention, on call load and one on ones',
        phrasings: ['survey*', 'one on one*', 'retention', 'attrition', 'morale', 'burnout'],
      },
      {
        id: 'outcomes',
        concept: 'outcomes that matter to customers and the business, not only output',
        phrasings: ['outcome*', 'customer value', 'business impact', 'customer outcome*'],
      },
      {
        id: 'team-level',
        concept: 'using metrics at the team level for learning, never to rank individuals',
        phrasings: [
          'team level',
          'individual*',
          'rank*',
          'learning',
          'not targets',
          'never individual*',
          'not individual*',
        ],
      },
      {
        id: 'balance',
        concept: 'a balanced set of metrics, so optimizing one cannot hide damage to another',
        phrasings: [
          'balanced',
          'several metric*',
          'counter metric*',
          'combination',
          'space framework',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'velocity-productivity',
        claim: 'story points or lines of code measure productivity',
        phrasings: [
          'story points measure',
          'lines of code measure',
          'velocity measures productivity',
        ],
        correction:
          "Points and lines are easy to inflate and vary by team; once they become targets they stop measuring anything, as Goodhart's law warns.",
      },
    ],
  },
  'role.manager.t.2': {
    keyPoints: [
      {
        id: 'explicit-allocation',
        concept: 'an explicit allocation, such as a percentage of capacity, agreed with product',
        phrasings: ['percent*', 'allocation', 'capacity', 'budget', 'ratio'],
      },
      {
        id: 'data-driven',
        concept:
          'letting evidence shift the split: incidents, SLOs, toil and how debt slows delivery',
        phrasings: ['incident*', 'slo*', 'error budget', 'toil', 'slows delivery', 'velocity'],
      },
      {
        id: 'business-case',
        concept: 'framing debt and reliability work in business terms to get buy in',
        phrasings: ['business case', 'business terms', 'cost of delay', 'buy in'],
      },
      {
        id: 'inside-features',
        concept: 'folding cleanup into feature work where it touches the same code',
        phrasings: ['boy scout', 'along with feature*', 'refactor*', 'same area'],
      },
      {
        id: 'revisit',
        concept: 'revisiting the split regularly as conditions change',
        phrasings: ['revisit*', 'quarterly', 'adjust*', 'regularly', 'review regularly'],
      },
    ],
    misconceptions: [],
  },
  'role.manager.t.3': {
    keyPoints: [
      {
        id: 'design-reviews',
        concept:
          'taking part in design reviews and architecture discussions rather than writing critical path code',
        phrasings: ['design review*', 'architecture review*', 'rfc*', 'design doc*'],
      },
      {
        id: 'off-critical-path',
        concept:
          'staying off the critical path: small tasks, tooling or pairing instead of owning key features',
        phrasings: ['critical path', 'small task*', 'pair*', 'tooling', 'bug fix*'],
      },
      {
        id: 'delegate-trust',
        concept: 'delegating decisions to tech leads and trusting the team',
        phrasings: ['delegat*', 'tech lead*', 'trust*', 'empower*', 'give ownership'],
      },
      {
        id: 'signals',
        concept: 'staying informed through code reviews, incidents, metrics and one on ones',
        phrasings: ['code review*', 'incident*', 'team metric*', 'one on one*', 'on call'],
      },
      {
        id: 'ask-questions',
        concept: 'asking good questions instead of dictating answers',
        phrasings: ['ask* question*', 'coach*', 'curious', 'ask why'],
      },
    ],
    misconceptions: [
      {
        id: 'manager-codes-critical',
        claim: 'a good engineering manager should own the hardest features personally',
        phrasings: ['own the hardest', 'write the critical', 'i take the hardest'],
        correction:
          'When the manager owns critical code, the team waits on someone pulled into meetings; contribute off the critical path and grow others to own the hard parts.',
      },
    ],
  },
  'role.manager.t.4': {
    keyPoints: [
      {
        id: 'team-size',
        concept: 'small, stable teams of about five to nine people',
        phrasings: ['five to nine', 'two pizza', 'small team*', 'team size'],
      },
      {
        id: 'ownership-domains',
        concept:
          'teams aligned to products or domains with clear ownership of services and outcomes',
        phrasings: ['domain*', 'stream aligned', 'own* service*', 'end to end', 'product area*'],
      },
      {
        id: 'conway',
        concept: "Conway's law: designing team boundaries and architecture together",
        phrasings: ['conway*', 'team topolog*', 'boundar*', 'architecture'],
      },
      {
        id: 'platform-enabling',
        concept: 'platform or enabling teams that reduce load on product teams',
        phrasings: ['platform team*', 'enabling team*', 'cognitive load', 'shared service*'],
      },
      {
        id: 'leadership-layers',
        concept:
          'adding leadership layers such as managers of managers and tech leads, and keeping communication working',
        phrasings: [
          'managers of managers',
          'tech lead*',
          'layer*',
          'span of control',
          'skip level',
        ],
      },
      {
        id: 'process',
        concept: 'growing process deliberately: planning, decision records and onboarding',
        phrasings: [
          'decision record*',
          'onboarding',
          'written documentation',
          'lightweight process',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.manager.t.5': {
    keyPoints: [
      {
        id: 'ranges-confidence',
        concept: 'estimates as ranges with a confidence level, not single dates',
        phrasings: [
          'range*',
          'confidence',
          'probabilit*',
          'best case',
          'worst case',
          'not a single date',
        ],
      },
      {
        id: 'reduce-uncertainty',
        concept: 'reducing uncertainty early with spikes, prototypes and risky work first',
        phrasings: ['spike*', 'prototype*', 'risk* first', 'de risk*', 'unknown*'],
      },
      {
        id: 'break-down',
        concept: 'breaking work into small milestones to track progress',
        phrasings: ['milestone*', 'small piece*', 'break* down', 'increment*'],
      },
      {
        id: 'update-regularly',
        concept: 'updating forecasts as you learn and telling stakeholders early about changes',
        phrasings: ['update* regular*', 'update* early', 're forecast*', 'revis*', 'as we learn'],
      },
      {
        id: 'scope-flex',
        concept: 'agreeing what flexes, usually scope, when the date is fixed',
        phrasings: ['cut scope', 'fixed date', 'flex*', 'cut', 'prioritiz*'],
      },
    ],
    misconceptions: [
      {
        id: 'padding-solves',
        claim: 'adding a large buffer to every estimate solves uncertainty',
        phrasings: ['pad every estimate', 'double the estimate', 'add a big buffer'],
        correction:
          'Hidden padding makes dates less honest, and work tends to expand into it; show the range and the risks openly, and reduce the uncertainty instead.',
      },
    ],
  },
  'role.manager.b.1': {
    keyPoints: [
      {
        id: 'diagnose',
        concept:
          'understanding the cause: skills, clarity of expectations, motivation or personal circumstances',
        phrasings: [
          'root cause',
          'expectation*',
          'personal',
          'motivation',
          'skill*',
          'understand why',
          'asked what',
          'turned out',
          'what was going on',
          'found out',
        ],
      },
      {
        id: 'clear-feedback',
        concept: 'giving clear, specific feedback early with examples',
        phrasings: ['specific feedback', 'example*', 'direct*', 'early', 'honest'],
      },
      {
        id: 'plan-support',
        concept: 'a concrete improvement plan with goals, support and regular check ins',
        phrasings: ['improvement plan', 'clear goal*', 'check in', 'support*', 'pip', 'weekly'],
      },
      {
        id: 'fair-outcome',
        concept: 'a fair outcome, whether improvement, a role change or a documented exit',
        phrasings: [
          'role change',
          'managed exit',
          'part ways',
          'delivering again',
          'back on track',
          'turned it around',
          'got better',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.manager.b.2': {
    keyPoints: [
      {
        id: 'growth-goals',
        concept: 'understanding their goals and the gap to the next level',
        phrasings: [
          'career goal*',
          'next level',
          'gap*',
          'expectation*',
          'aspiration*',
          'wanted to become',
          'wanted to grow',
          'her goals',
          'his goals',
        ],
      },
      {
        id: 'stretch-opportunities',
        concept: 'creating stretch opportunities and visibility',
        phrasings: [
          'stretch',
          'opportunit*',
          'visibility',
          'lead a project',
          'gave ownership',
          'tech lead',
          'gave her',
          'gave him',
          'bigger project',
          'own the',
        ],
      },
      {
        id: 'coaching-feedback',
        concept: 'regular coaching and feedback on progress',
        phrasings: [
          'coach*',
          'regular feedback',
          'one on one*',
          'mentor*',
          'coached',
          'regular one on one*',
          'mentored',
        ],
      },
      {
        id: 'advocacy',
        concept: 'advocating for them and building the case for promotion',
        phrasings: [
          'advocat*',
          'promotion case',
          'sponsor*',
          'gathered evidence',
          'calibration',
          'promotion',
          'made the case',
          'promotion packet',
          'nominated',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.manager.b.3': {
    keyPoints: [
      {
        id: 'reasoning',
        concept: 'the reasoning and the trade-offs behind the decision',
        phrasings: [
          'reason*',
          'trade off*',
          'explained why',
          'gave context',
          'constraint*',
          'the reason',
          'explained the',
          'business reason',
          'because we had',
        ],
      },
      {
        id: 'listening',
        concept: 'listening to concerns and acknowledging the cost to people',
        phrasings: [
          'listen*',
          'concern*',
          'acknowledg*',
          'empath*',
          'heard',
          'their concerns',
          'pushback',
          'frustrat*',
          'upset',
          'disappoint*',
          'questions',
        ],
      },
      {
        id: 'clear-communication',
        concept: 'communicating directly, early and consistently, in person first',
        phrasings: [
          'in person',
          'directly',
          'transparen*',
          'honest',
          'told them first',
          'team meeting',
          'all hands',
          'announced',
          'told the team',
          'face to face',
          'written summary',
        ],
      },
      {
        id: 'follow-through',
        concept: 'following up and supporting the team afterwards',
        phrasings: [
          'follow* up',
          'support*',
          'check in',
          'revisit*',
          'afterwards',
          'weeks later',
          'checked back',
          'adjusted',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.manager.b.4': {
    keyPoints: [
      {
        id: 'what-went-wrong',
        concept: 'what went wrong and the early signs',
        phrasings: [
          'early signs',
          'warning sign*',
          'mismatch',
          'expectation*',
          'struggl*',
          'red flag*',
          'not a fit',
          'wrong fit',
          'struggled',
          'missed',
          'gap between',
        ],
      },
      {
        id: 'handling',
        concept: 'how they handled it fairly, with support, feedback and eventually a decision',
        phrasings: [
          'gave feedback',
          'direct feedback',
          'support*',
          'improvement plan',
          'part ways',
          'let go',
          'coached',
          'honest conversation',
          'let him go',
          'let her go',
          'parted ways',
        ],
      },
      {
        id: 'hiring-change',
        concept:
          'a concrete change to the hiring process, such as structured interviews or a new signal',
        phrasings: [
          'structured interview*',
          'rubric*',
          'scorecard*',
          'reference check*',
          'work sample',
          'changed our',
          'now we',
          'interview loop',
          'take home',
          'reference*',
          'structured',
        ],
      },
      {
        id: 'self-reflection',
        concept: 'honest reflection on their own part in it',
        phrasings: [
          'my part',
          'i missed',
          'i should',
          'reflect*',
          'in hindsight',
          'looking back',
          'my mistake',
          'i ignored',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.manager.b.5': {
    keyPoints: [
      {
        id: 'visible-capacity',
        concept: 'making capacity and priorities visible so the trade-off is shared',
        phrasings: [
          'capacity',
          'visib*',
          'roadmap',
          'backlog',
          'priority list',
          'said no',
          'intake',
          'request queue',
          'capacity plan*',
        ],
      },
      {
        id: 'trade-offs',
        concept: 'offering trade-offs instead of a flat no, such as what would move to make room',
        phrasings: [
          'trade off*',
          'instead',
          'in exchange',
          'what would move',
          'not now',
          'if we take',
          'something else',
          'swap*',
          'defer*',
          'push back',
        ],
      },
      {
        id: 'stakeholder-relationship',
        concept: 'keeping stakeholders informed and involved in the prioritization',
        phrasings: [
          'inform*',
          'involv*',
          'kept them informed',
          'explain*',
          'expectation*',
          'met with',
          'explained to',
          'shared the',
          'kept them',
        ],
      },
      {
        id: 'team-health',
        concept: 'protecting focus and preventing burnout',
        phrasings: [
          'focus time',
          'burnout',
          'overtime',
          'sustainable',
          'interrupt*',
          'overload*',
          'burn out',
          'sustainable pace',
          'weekends',
          'overwhelm*',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.manager.b.6': {
    keyPoints: [
      {
        id: 'understand-cause',
        concept: 'understanding what broke trust by listening one on one',
        phrasings: ['listen*', 'one on one*', 'what happened', 'concern*', 'root cause'],
      },
      {
        id: 'acknowledge',
        concept: 'acknowledging the problems openly, including their own part',
        phrasings: ['acknowledg*', 'apolog*', 'my part', 'admit*', 'transparen*'],
      },
      {
        id: 'consistent-action',
        concept: 'consistent actions and kept commitments over time',
        phrasings: ['commitment*', 'consistent*', 'follow through', 'promise*', 'delivered on'],
      },
      {
        id: 'measure-trust',
        concept: 'signs that trust returned, such as engagement, retention or open feedback',
        phrasings: ['engagement', 'retention', 'survey*', 'speak up', 'honest feedback'],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.design.t.1': {
    keyPoints: [
      {
        id: 'discovery',
        concept: 'understanding the problem first: research with users, data and stakeholder goals',
        phrasings: [
          'user research',
          'interview*',
          'stakeholder interview*',
          'analytics',
          'discovery',
        ],
      },
      {
        id: 'define',
        concept: 'framing the problem and success criteria before ideating',
        phrasings: ['problem statement', 'success criteria', 'define*', 'hypothes*', 'user goal*'],
      },
      {
        id: 'explore',
        concept: 'exploring several options with sketches and prototypes',
        phrasings: ['sketch*', 'prototype*', 'wireframe*', 'several option*', 'several iteration*'],
      },
      {
        id: 'validate',
        concept: 'validating with users through usability tests and measuring after launch',
        phrasings: ['usability test*', 'user test*', 'success metric*', 'launch', 'user feedback'],
      },
      {
        id: 'collaboration',
        concept: 'working with engineering and product throughout',
        phrasings: ['engineers early', 'product manager*', 'collaborat*', 'feasib*', 'handoff'],
      },
    ],
    misconceptions: [],
  },
  'role.design.t.2': {
    keyPoints: [
      {
        id: 'riskiest-assumptions',
        concept: 'testing the riskiest assumptions and the most important flows first',
        phrasings: ['riskiest', 'assumption*', 'key task*', 'critical flow*', 'prioritiz* the'],
      },
      {
        id: 'small-sample',
        concept: 'that a few users, around five per round, reveal most major usability problems',
        phrasings: ['five users', 'small number', 'few participant*', 'handful', 'each round'],
      },
      {
        id: 'cheap-methods',
        concept:
          'cheap methods: hallway or guerrilla testing, remote unmoderated tools and paper prototypes',
        phrasings: [
          'guerrilla',
          'hallway',
          'paper prototype*',
          'remote',
          'unmoderated',
          'remote*',
          'gift card*',
          'video call',
          'own users',
          'low cost',
        ],
      },
      {
        id: 'tasks-not-leading',
        concept: 'realistic tasks, thinking aloud, and not leading the participant',
        phrasings: [
          'task*',
          'think aloud',
          'thinking aloud',
          'leading question*',
          'observe',
          'do not help',
          'not lead*',
          'not explain',
          'two or three tasks',
        ],
      },
      {
        id: 'synthesis',
        concept: 'synthesizing findings by severity and acting on them',
        phrasings: ['severity', 'synthes*', 'finding*', 'theme*', 'fixes', 'fixed', 'fixing'],
      },
    ],
    misconceptions: [],
  },
  'role.design.t.3': {
    keyPoints: [
      {
        id: 'standards',
        concept: 'designing to WCAG guidelines from the first sketches',
        phrasings: ['wcag', 'guideline*', 'standard*', 'aa'],
      },
      {
        id: 'contrast-type',
        concept: 'color contrast, not relying on color alone, and readable, resizable text',
        phrasings: [
          'color contrast',
          'colour contrast',
          'contrast ratio',
          'font size',
          'zoom',
          'text size',
          'not color alone',
          'never color alone',
        ],
      },
      {
        id: 'keyboard-screenreader',
        concept:
          'keyboard navigation, visible focus and screen reader semantics with proper labels',
        phrasings: ['keyboard', 'focus', 'screen reader*', 'label*', 'semantic*'],
      },
      {
        id: 'system-components',
        concept: 'accessible components built into the design system so every team inherits them',
        phrasings: ['design system', 'component*', 'reusable', 'pattern library'],
      },
      {
        id: 'test-real-users',
        concept: 'testing with assistive technology and with disabled users',
        phrasings: ['assistive technolog*', 'disabled users', 'disabilit*', 'voiceover', 'nvda'],
      },
    ],
    misconceptions: [
      {
        id: 'overlay-fixes',
        claim: 'an accessibility overlay or plugin makes a site accessible',
        phrasings: ['overlay fix*', 'overlay makes', 'plugin makes accessible'],
        correction:
          'Overlays do not fix inaccessible markup and often interfere with assistive technology; accessibility has to be built into the design and code.',
      },
    ],
  },
  'role.design.t.4': {
    keyPoints: [
      {
        id: 'research-confusion',
        concept: 'finding what confuses users through research, support tickets and analytics',
        phrasings: ['support ticket*', 'analytic*', 'interview*', 'user research', 'usage data'],
      },
      {
        id: 'information-architecture',
        concept: 'restructuring the information architecture: grouping, naming and card sorting',
        phrasings: ['information architecture', 'card sort*', 'group*', 'label*', 'categor*'],
      },
      {
        id: 'defaults-disclosure',
        concept: 'sensible defaults and progressive disclosure of advanced settings',
        phrasings: ['default*', 'progressive disclosure', 'advanced', 'hide*', 'most common'],
      },
      {
        id: 'search-findability',
        concept: 'search and clear language to help users find a setting',
        phrasings: ['search*', 'plain language', 'findab*', 'wording'],
      },
      {
        id: 'validate-test',
        concept: 'validating with tree tests or usability tests before and after',
        phrasings: [
          'tree test*',
          'usability test*',
          'validat*',
          'before and after',
          'task success',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.design.t.5': {
    keyPoints: [
      {
        id: 'use-system',
        concept: 'using existing components and patterns for consistency, speed and accessibility',
        phrasings: ['consisten*', 'reuse', 'component*', 'faster to build', 'pattern*'],
      },
      {
        id: 'contribute-back',
        concept: 'contributing new patterns back to the system with its maintainers',
        phrasings: ['contribut*', 'maintainer*', 'propose', 'system team', 'back to'],
      },
      {
        id: 'when-break',
        concept: 'breaking from it when a real user need is not served, backed by evidence',
        phrasings: ['user need', 'evidence shows', 'user research', 'exception*', 'justif*'],
      },
      {
        id: 'document-exception',
        concept:
          'documenting deviations and deciding whether they should become part of the system',
        phrasings: [
          'document* the exception',
          'deviation*',
          'record* the',
          'become* part',
          'evolve*',
        ],
      },
    ],
    misconceptions: [
      {
        id: 'never-break',
        claim: 'a design system should never be broken from',
        phrasings: ['always follow the system', 'system is always right'],
        correction:
          'A design system serves users and teams; when evidence shows it fails a need, deviate deliberately and feed the learning back into it.',
      },
    ],
  },
  'role.design.t.6': {
    keyPoints: [
      {
        id: 'define-success',
        concept: 'defining success before the change in terms of user outcomes',
        phrasings: ['success metric*', 'baseline', 'outcome*', 'hypothes*'],
      },
      {
        id: 'quant',
        concept:
          'quantitative measures: task success, time on task, conversion, error rates and retention',
        phrasings: ['task success', 'time on task', 'conversion', 'error rate*', 'retention'],
      },
      {
        id: 'experiment',
        concept: 'comparing against a baseline or control, through an A B test or before and after',
        phrasings: ['a b test*', 'control', 'baseline', 'before and after', 'experiment*'],
      },
      {
        id: 'qual',
        concept: 'qualitative signals from usability sessions, surveys and support tickets',
        phrasings: ['qualitative', 'usability', 'survey*', 'support ticket*', 'sus'],
      },
      {
        id: 'caveats',
        concept: 'watching for confounders such as novelty effects and seasonality',
        phrasings: ['novelty', 'seasonal*', 'confound*', 'long term', 'guardrail*'],
      },
    ],
    misconceptions: [],
  },
  'role.design.t.7': {
    keyPoints: [
      {
        id: 'early-involvement',
        concept: 'involving engineers early, so constraints are known before the handoff',
        phrasings: ['early', 'feasib*', 'constraint*', 'involv*', 'kick*'],
      },
      {
        id: 'specs',
        concept: 'complete specs: states, edge cases, responsive behavior and interactions',
        phrasings: [
          'loading state*',
          'edge case*',
          'responsive',
          'empty state*',
          'error state*',
          'interaction*',
        ],
      },
      {
        id: 'design-tokens',
        concept: 'shared components and design tokens, so code and design match',
        phrasings: ['design token*', 'component*', 'design system', 'spacing', 'variable*'],
      },
      {
        id: 'walkthrough',
        concept: 'walking through the designs together and staying available for questions',
        phrasings: ['walk* through', 'walkthrough', 'question*', 'available', 'pair*'],
      },
      {
        id: 'review-build',
        concept: 'reviewing the built result before release',
        phrasings: ['review* the build', 'qa', 'design review', 'staging', 'before release'],
      },
    ],
    misconceptions: [],
  },
  'role.design.t.8': {
    keyPoints: [
      {
        id: 'understand-users',
        concept: 'understanding who the users are and what they need to achieve first',
        phrasings: ['user goal*', 'persona*', 'first task', 'user research', 'job* to be done'],
      },
      {
        id: 'first-value',
        concept: 'getting users to a first success quickly',
        phrasings: ['first success', 'quick win', 'time to value', 'aha', 'first value'],
      },
      {
        id: 'progressive',
        concept: 'progressive teaching in context rather than a long upfront tour',
        phrasings: ['progressive*', 'just in time', 'contextual', 'tooltip*'],
      },
      {
        id: 'learn-by-doing',
        concept: 'learning by doing with sample data, templates and empty states that guide',
        phrasings: ['sample data', 'template*', 'empty state*', 'checklist*', 'interactive'],
      },
      {
        id: 'measure',
        concept: 'measuring activation and drop off, and iterating',
        phrasings: ['activation', 'drop off', 'funnel', 'retention', 'iterat*'],
      },
    ],
    misconceptions: [
      {
        id: 'tour-solves',
        claim: 'a product tour at the start solves a steep learning curve',
        phrasings: ['product tour solves', 'tour at start', 'long tutorial first'],
        correction:
          'Upfront tours are often skipped and quickly forgotten; people learn by doing, so teach in context at the moment a feature is needed.',
      },
    ],
  },
  'role.design.t.9': {
    keyPoints: [
      {
        id: 'understand-both',
        concept: 'understanding both the user need and the business goal, and why they conflict',
        phrasings: ['revenue', 'tension', 'commercial', 'conflict', 'trade off*'],
      },
      {
        id: 'common-ground',
        concept:
          'looking for a solution that serves both, since long term business value depends on users',
        phrasings: ['long term', 'trust', 'serves both', 'win win', 'retention'],
      },
      {
        id: 'evidence',
        concept: 'using research and data to make the trade-off visible',
        phrasings: ['usage data', 'user research', 'a b test*', 'business metric*'],
      },
      {
        id: 'dark-patterns',
        concept: 'refusing dark patterns and explaining their cost to trust and retention',
        phrasings: ['dark pattern*', 'manipulat*', 'deceptive', 'trust', 'churn'],
      },
      {
        id: 'decide-openly',
        concept: 'deciding openly with stakeholders and measuring the outcome',
        phrasings: [
          'align stakeholder*',
          'made the decision',
          'document the decision',
          'measure the outcome',
          'revisit*',
        ],
      },
    ],
    misconceptions: [],
  },
  'role.design.t.10': {
    keyPoints: [
      {
        id: 'principles',
        concept: 'shared principles and foundations: design tokens for color, type and spacing',
        phrasings: ['principle*', 'foundation*', 'design token*', 'typograph*', 'spacing'],
      },
      {
        id: 'shared-components',
        concept: 'a shared component library in code, with documentation',
        phrasings: ['component librar*', 'in code', 'usage documentation', 'storybook', 'package'],
      },
      {
        id: 'governance',
        concept:
          'a governance and contribution model with product teams, owned by a small core team',
        phrasings: ['governance', 'contribut*', 'core team', 'federated', 'council'],
      },
      {
        id: 'versioning-adoption',
        concept: 'versioning, migration paths and tracking adoption',
        phrasings: ['semantic version*', 'migration*', 'adoption', 'deprecat*', 'breaking change*'],
      },
      {
        id: 'flexibility',
        concept: 'room for product-specific needs through theming and extension points',
        phrasings: ['theming', 'theme*', 'extension*', 'flexib*', 'product specific'],
      },
    ],
    misconceptions: [],
  },
  'role.design.b.1': {
    keyPoints: [
      {
        id: 'original-belief',
        concept: 'the design they believed in and why',
        phrasings: ['confident', 'i assumed', 'hypothes*', 'convinced', 'was sure'],
      },
      {
        id: 'research-finding',
        concept: 'what the research showed, specifically',
        phrasings: [
          'finding*',
          'users struggled',
          'observed',
          'data showed',
          'participants',
          'watched',
          'site visit*',
          'nobody',
          'usability test*',
          'interview*',
        ],
      },
      {
        id: 'change',
        concept: 'how they changed the design in response',
        phrasings: [
          'redesign*',
          'next iteration',
          'pivot*',
          'revised',
          'switched',
          'dropped',
          'replaced',
          'instead',
        ],
      },
      {
        id: 'learning',
        concept: 'what they learned about testing assumptions',
        phrasings: ['lesson', 'i learned to', 'since then i', 'test earlier', 'now i'],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
  'role.design.b.2': {
    keyPoints: [
      {
        id: 'listen-understand',
        concept: 'listening and asking questions to understand the concern behind the feedback',
        phrasings: [
          'listen*',
          'ask* question*',
          'understand*',
          'concern',
          'clarif*',
          'asked why',
          'asked what',
          'listened',
          'took notes',
          'what they meant',
        ],
      },
      {
        id: 'separate-ego',
        concept: 'separating the critique from themselves and responding professionally',
        phrasings: [
          'defensive',
          'personal*',
          'calm',
          'emotion*',
          'professional*',
          'not take it personally',
          'not get defensive',
          'step back',
          'thanked',
        ],
      },
      {
        id: 'evidence',
        concept: 'using user evidence or design rationale to evaluate the feedback',
        phrasings: [
          'brought evidence',
          'ask* for the evidence',
          'evidence behind',
          'user research',
          'rationale',
          'user data',
          'showed the research',
          'test results',
          'support ticket*',
          'usability',
        ],
      },
      {
        id: 'outcome',
        concept: 'what changed in the design and the relationship afterwards',
        phrasings: [
          'relationship',
          'trust',
          'outcome',
          'changed the design',
          'revised',
          'better design',
          'worked together',
        ],
      },
    ],
    misconceptions: [],
    storyParts: ['situation', 'task', 'action', 'result'],
  },
};
