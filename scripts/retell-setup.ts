/**
 * `npm run retell:setup -- --webhook-url https://<region>-<project>.cloudfunctions.net/retellWebhook`
 *
 * Creates, or updates in place, the Retell LLM (the interviewer prompt from @candor/core) and
 * the voice agent that uses it, then prints the agent id to configure. Safe to run again after
 * a prompt change: it finds the agent by RETELL_AGENT_ID, or else by its name, and the LLM by
 * RETELL_LLM_ID, or else through the agent.
 *
 * Environment: RETELL_API_KEY (required), CANDOR_WEBHOOK_URL (or --webhook-url), RETELL_AGENT_ID,
 * RETELL_LLM_ID, RETELL_VOICE_ID, RETELL_LLM_MODEL, RETELL_BASE_URL (another endpoint; tests).
 */
import {
  INTERVIEWER_BEGIN_MESSAGE,
  INTERVIEWER_END_CALL_TOOL_NAME,
  INTERVIEWER_PROMPT_VERSION,
  RETELL_AGENT_LIMITS,
  RETELL_SUBSCRIBED_EVENTS,
  buildInterviewerPrompt,
  buildRetellDynamicVariables,
} from '@candor/core';
import {
  createRetellClient,
  toVoiceProviderError,
  type RetellClient,
} from '../functions/src/providers/retell';

export const AGENT_NAME = 'Candor interviewer';
export const DEFAULT_VOICE_ID = 'retell-Cimo';
export const DEFAULT_LLM_MODEL = 'gpt-4.1';

type LlmParams = Parameters<RetellClient['llm']['create']>[0];
type AgentParams = Parameters<RetellClient['agent']['create']>[0];
type LlmModel = NonNullable<LlmParams['model']>;
type AgentResponse = Awaited<ReturnType<RetellClient['agent']['retrieve']>>;
type LlmResponse = Awaited<ReturnType<RetellClient['llm']['retrieve']>>;

export interface SetupIo {
  log: (line: string) => void;
  error: (line: string) => void;
}

export interface SetupResult {
  llmId: string;
  agentId: string;
  llmCreated: boolean;
  agentCreated: boolean;
}

/** A problem the user can fix; printed without a stack trace. */
class SetupError extends Error {}

const USAGE = `Usage: npm run retell:setup -- --webhook-url <url>

  --webhook-url <url>  Where Retell sends call events: the deployed retellWebhook function,
                       e.g. https://us-central1-<project>.cloudfunctions.net/retellWebhook
                       (or set CANDOR_WEBHOOK_URL).

Environment:
  RETELL_API_KEY     required; a key from the Retell dashboard (Settings, API Keys)
  RETELL_AGENT_ID    update this agent (default: the agent named "${AGENT_NAME}", else a new one)
  RETELL_LLM_ID      update this Retell LLM (default: the agent's LLM, else a new one)
  RETELL_VOICE_ID    voice of the interviewer (default: ${DEFAULT_VOICE_ID})
  RETELL_LLM_MODEL   model behind the interviewer (default: ${DEFAULT_LLM_MODEL})
  RETELL_BASE_URL    another API endpoint (tests use a loopback fake)`;

interface Options {
  apiKey: string;
  baseURL: string | undefined;
  webhookUrl: string;
  agentId: string | undefined;
  llmId: string | undefined;
  voiceId: string;
  model: string;
}

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string): string | undefined => {
  const v = env[name]?.trim();
  return v === '' ? undefined : v;
};

function parseWebhookUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SetupError(`The webhook URL "${raw}" is not a URL.`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new SetupError(`The webhook URL must use https (got ${url.protocol}//${url.host}).`);
  }
  return url.toString();
}

function parseOptions(argv: readonly string[], env: Env): Options | 'help' {
  let webhookArg: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--webhook-url') {
      webhookArg = argv[i + 1];
      i += 1;
    } else if (arg.startsWith('--webhook-url=')) {
      webhookArg = arg.slice('--webhook-url='.length);
    } else {
      throw new SetupError(`Unknown argument "${arg}".\n\n${USAGE}`);
    }
  }

  const apiKey = value(env, 'RETELL_API_KEY');
  if (!apiKey) {
    throw new SetupError(
      'RETELL_API_KEY is not set. Create an API key in the Retell dashboard (Settings, API Keys) ' +
        'and run:\n  RETELL_API_KEY=<key> npm run retell:setup -- --webhook-url <url>',
    );
  }
  const webhookRaw = webhookArg?.trim() ?? value(env, 'CANDOR_WEBHOOK_URL');
  if (!webhookRaw) {
    throw new SetupError(
      'The webhook URL is required: pass --webhook-url <url> or set CANDOR_WEBHOOK_URL to the ' +
        'deployed retellWebhook function, e.g.\n' +
        '  https://us-central1-<project>.cloudfunctions.net/retellWebhook',
    );
  }
  return {
    apiKey,
    baseURL: value(env, 'RETELL_BASE_URL'),
    webhookUrl: parseWebhookUrl(webhookRaw),
    agentId: value(env, 'RETELL_AGENT_ID'),
    llmId: value(env, 'RETELL_LLM_ID'),
    voiceId: value(env, 'RETELL_VOICE_ID') ?? DEFAULT_VOICE_ID,
    model: value(env, 'RETELL_LLM_MODEL') ?? DEFAULT_LLM_MODEL,
  };
}

/** The Retell LLM: the versioned prompt, the greeting and the end_call tool. */
export function llmConfig(model: string): LlmParams {
  return {
    // Retell validates the name and answers 400 for one it does not offer.
    model: model as LlmModel,
    model_temperature: 0.2,
    start_speaker: 'agent',
    general_prompt: buildInterviewerPrompt(),
    begin_message: INTERVIEWER_BEGIN_MESSAGE,
    general_tools: [
      {
        type: 'end_call',
        name: INTERVIEWER_END_CALL_TOOL_NAME,
        description:
          'End the call. Use it right after saying goodbye: once the last question has been ' +
          'answered and you have closed the interview, or when the candidate asks to stop.',
      },
    ],
    // Used only when a call brings no values, e.g. a test call from the Retell dashboard.
    default_dynamic_variables: buildRetellDynamicVariables({
      questions: [
        { text: 'Tell me about a project you are proud of and the part you played in it.' },
        { text: 'How do you approach a bug that you cannot reproduce on your own machine?' },
      ],
      role: 'Software Engineer',
      level: 'mid',
      displayName: '',
    }),
  };
}

/** The voice agent: tuned so a candidate can think in silence without being cut off. */
export function agentConfig(options: {
  llmId: string;
  voiceId: string;
  webhookUrl: string;
}): AgentParams {
  return {
    agent_name: AGENT_NAME,
    response_engine: { type: 'retell-llm', llm_id: options.llmId },
    voice_id: options.voiceId,
    language: 'en-US',
    webhook_url: options.webhookUrl,
    webhook_events: [...RETELL_SUBSCRIBED_EVENTS],
    // Lower than the default 1: a cough or an "um" does not cut the interviewer off.
    interruption_sensitivity: 0.6,
    // Lower than the default 1: waits a little longer before taking a pause as the end of an answer.
    responsiveness: 0.5,
    // The default reminder fires after 10 s of silence, far too soon for someone thinking.
    reminder_trigger_ms: 45_000,
    reminder_max_count: 2,
    // Ends a call left open and silent after 3 minutes (default 10).
    end_call_after_silence_ms: RETELL_AGENT_LIMITS.endCallAfterSilenceMs,
    // 15 questions fit comfortably in an hour.
    max_call_duration_ms: RETELL_AGENT_LIMITS.maxCallDurationMs,
  };
}

async function findAgent(client: RetellClient, io: SetupIo): Promise<AgentResponse | null> {
  const matches: { agent_id: string; user_modified_timestamp: number }[] = [];
  let paginationKey: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const list = await client.agent.list({
      limit: 100,
      ...(paginationKey ? { pagination_key: paginationKey } : {}),
      filter_criteria: { query: AGENT_NAME },
    });
    for (const item of list.items ?? []) {
      if (item.agent_name === AGENT_NAME && item.channel === 'voice') matches.push(item);
    }
    if (!list.has_more || !list.pagination_key) break;
    paginationKey = list.pagination_key;
  }
  matches.sort((a, b) => b.user_modified_timestamp - a.user_modified_timestamp);
  const [newest, ...others] = matches;
  if (!newest) return null;
  if (others.length > 0) {
    io.error(
      `Warning: ${String(matches.length)} agents are named "${AGENT_NAME}"; updating the most ` +
        `recently changed one (${newest.agent_id}). Set RETELL_AGENT_ID to choose another.`,
    );
  }
  return client.agent.retrieve(newest.agent_id);
}

const isNotFound = (error: unknown) =>
  typeof error === 'object' && error !== null && 'status' in error && error.status === 404;

async function retrieveOrExplain<T>(load: () => Promise<T>, notFound: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isNotFound(error)) throw new SetupError(notFound);
    throw error;
  }
}

/** Creates or updates the LLM and the agent. Exported for tests; `main` wraps it for the CLI. */
export async function setupRetell(options: Options, io: SetupIo): Promise<SetupResult> {
  const client = createRetellClient({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeoutMs: 30_000,
    maxRetries: 2,
  });

  const existingAgent = options.agentId
    ? await retrieveOrExplain(
        () => client.agent.retrieve(options.agentId ?? ''),
        `RETELL_AGENT_ID=${options.agentId} was not found in this Retell workspace. ` +
          'Fix the id, or unset it to find the agent by name or create a new one.',
      )
    : await findAgent(client, io);

  let existingLlm: LlmResponse | null = null;
  if (options.llmId) {
    existingLlm = await retrieveOrExplain(
      () => client.llm.retrieve(options.llmId ?? ''),
      `RETELL_LLM_ID=${options.llmId} was not found in this Retell workspace. ` +
        'Fix the id, or unset it to use the agent’s LLM or create a new one.',
    );
  } else if (existingAgent?.response_engine.type === 'retell-llm') {
    const llmId = existingAgent.response_engine.llm_id;
    try {
      existingLlm = await client.llm.retrieve(llmId);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      io.error(`The agent's LLM ${llmId} no longer exists; creating a new one.`);
    }
  }

  const llmParams = llmConfig(options.model);
  const llm = existingLlm
    ? await client.llm.update(existingLlm.llm_id, llmParams)
    : await client.llm.create(llmParams);

  const agentParams = agentConfig({
    llmId: llm.llm_id,
    voiceId: options.voiceId,
    webhookUrl: options.webhookUrl,
  });
  const agent = existingAgent
    ? await client.agent.update(existingAgent.agent_id, agentParams)
    : await client.agent.create(agentParams);

  return {
    llmId: llm.llm_id,
    agentId: agent.agent_id,
    llmCreated: !existingLlm,
    agentCreated: !existingAgent,
  };
}

function printResult(result: SetupResult, options: Options, io: SetupIo): void {
  const how = (created: boolean) => (created ? 'created' : 'updated');
  io.log(
    `Retell LLM    ${result.llmId} (${how(result.llmCreated)}, prompt ${INTERVIEWER_PROMPT_VERSION})`,
  );
  io.log(`Retell agent  ${result.agentId} (${how(result.agentCreated)}, "${AGENT_NAME}")`);
  io.log(`Webhook       ${options.webhookUrl}`);
  io.log('');
  io.log(`Agent id: ${result.agentId}`);
  io.log('');
  io.log('Next steps:');
  io.log('  1. Give the functions the agent id. Add this line to functions/.env (or to');
  io.log('     functions/.env.<project id> for one project), or enter it when `firebase deploy`');
  io.log('     asks for RETELL_AGENT_ID:');
  io.log(`       RETELL_AGENT_ID=${result.agentId}`);
  io.log('  2. Store the same API key as a secret, if you have not already:');
  io.log('       firebase functions:secrets:set RETELL_API_KEY');
  io.log('     Retell signs webhooks with an API key: use one that has webhook signing enabled');
  io.log('     (the "webhook" badge on the API Keys page), or signatures will not verify.');
  io.log('  3. Deploy: firebase deploy --only functions');
  io.log('');
  io.log('To update this agent later (after a prompt change), run:');
  io.log(
    `  RETELL_AGENT_ID=${result.agentId} RETELL_LLM_ID=${result.llmId} npm run retell:setup -- ` +
      `--webhook-url ${options.webhookUrl}`,
  );
}

const defaultIo: SetupIo = {
  log: (line) => {
    process.stdout.write(`${line}\n`);
  },
  error: (line) => {
    process.stderr.write(`${line}\n`);
  },
};

/** The CLI: returns the exit code (0 on success) and never throws. */
export async function main(
  argv: readonly string[],
  env: Env,
  io: SetupIo = defaultIo,
): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(argv, env);
  } catch (error) {
    io.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (options === 'help') {
    io.log(USAGE);
    return 0;
  }
  try {
    const result = await setupRetell(options, io);
    printResult(result, options, io);
    return 0;
  } catch (error) {
    if (error instanceof SetupError) {
      io.error(error.message);
      return 1;
    }
    const failure = toVoiceProviderError(error);
    const hint =
      failure.kind === 'auth'
        ? 'Retell rejected RETELL_API_KEY. Check the key in the Retell dashboard.'
        : failure.kind === 'bad_request'
          ? 'Retell rejected the configuration (for example an unknown RETELL_VOICE_ID or RETELL_LLM_MODEL).'
          : 'Could not reach Retell. Try again in a moment.';
    io.error(`Retell setup failed: ${hint}`);
    io.error(`Retell said: ${failure.detail || failure.message}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
