/**
 * scripts/retell-setup.ts run in-process against the loopback fake Retell API. No emulators.
 */
import {
  INTERVIEWER_BEGIN_MESSAGE,
  RETELL_SUBSCRIBED_EVENTS,
  buildInterviewerPrompt,
} from '@candor/core';
import { AGENT_NAME, DEFAULT_VOICE_ID, main } from '../../scripts/retell-setup';
import { startFakeRetell, type FakeRetell } from '../support/fake-retell';

const API_KEY = 'key_setup_test_abcdef';
const WEBHOOK = 'https://us-central1-demo-candor.cloudfunctions.net/retellWebhook';

let fake: FakeRetell;

beforeAll(async () => {
  fake = await startFakeRetell({ apiKey: API_KEY });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
});

async function run(argv: string[], env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, env, {
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const baseEnv = () => ({ RETELL_API_KEY: API_KEY, RETELL_BASE_URL: fake.url });

describe('retell:setup', () => {
  it('creates the LLM and agent, then updates the same ones on a second run', async () => {
    const first = await run(['--webhook-url', WEBHOOK], baseEnv());
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(fake.llms.size).toBe(1);
    expect(fake.agents.size).toBe(1);
    const [llmId] = [...fake.llms.keys()];
    const [agentId] = [...fake.agents.keys()];
    expect(first.out).toContain(`Agent id: ${String(agentId)}`);
    expect(first.out).toContain(`RETELL_AGENT_ID=${String(agentId)}`);
    expect(first.out).toMatch(/Retell LLM +llm_\w+ \(created, prompt interviewer-v3\)/);
    expect(first.out).toMatch(/Retell agent +agent_\w+ \(created/);
    expect(first.out).toContain('firebase functions:secrets:set RETELL_API_KEY');

    const llm = fake.llms.get(String(llmId));
    expect(llm).toMatchObject({
      general_prompt: buildInterviewerPrompt(),
      begin_message: INTERVIEWER_BEGIN_MESSAGE,
      start_speaker: 'agent',
      model: 'gpt-4.1',
      general_tools: [expect.objectContaining({ type: 'end_call', name: 'end_call' })],
    });
    expect(llm?.default_dynamic_variables).toMatchObject({ candidate_first_name: 'there' });
    const agent = fake.agents.get(String(agentId));
    expect(agent).toMatchObject({
      agent_name: AGENT_NAME,
      response_engine: { type: 'retell-llm', llm_id: llmId },
      voice_id: DEFAULT_VOICE_ID,
      language: 'en-US',
      webhook_url: WEBHOOK,
      webhook_events: [...RETELL_SUBSCRIBED_EVENTS],
      end_call_after_silence_ms: 180_000,
      // The server's reconciliation treats a call open longer than this as over.
      max_call_duration_ms: 3_600_000,
    });
    expect(agent?.interruption_sensitivity).toBeLessThan(1);

    // Second run, found by name: updates in place, creates nothing.
    fake.requests.length = 0;
    const second = await run(['--webhook-url=https://example.test/retellWebhook'], {
      ...baseEnv(),
      RETELL_VOICE_ID: '11labs-Adrian',
    });
    expect(second.err).toBe('');
    expect(second.code).toBe(0);
    expect(fake.llms.size).toBe(1);
    expect(fake.agents.size).toBe(1);
    expect(second.out).toContain(`Agent id: ${String(agentId)}`);
    expect(second.out).toMatch(/\(updated, prompt interviewer-v3\)/);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v2/list-agents',
      `GET /get-agent/${String(agentId)}`,
      `GET /get-retell-llm/${String(llmId)}`,
      `PATCH /update-retell-llm/${String(llmId)}`,
      `PATCH /update-agent/${String(agentId)}`,
    ]);
    expect(fake.agents.get(String(agentId))).toMatchObject({
      voice_id: '11labs-Adrian',
      webhook_url: 'https://example.test/retellWebhook',
    });
  });

  it('uses RETELL_AGENT_ID and RETELL_LLM_ID when given, and CANDOR_WEBHOOK_URL', async () => {
    await run(['--webhook-url', WEBHOOK], baseEnv());
    const [llmId] = [...fake.llms.keys()];
    const [agentId] = [...fake.agents.keys()];
    fake.requests.length = 0;

    const again = await run([], {
      ...baseEnv(),
      RETELL_AGENT_ID: agentId,
      RETELL_LLM_ID: llmId,
      CANDOR_WEBHOOK_URL: WEBHOOK,
    });
    expect(again.code).toBe(0);
    expect(fake.requestsTo('/v2/list-agents')).toHaveLength(0);
    expect(fake.requestsTo(/^\/create-/)).toHaveLength(0);
    expect(fake.agents.size).toBe(1);
  });

  it('explains an unknown RETELL_AGENT_ID', async () => {
    const result = await run(['--webhook-url', WEBHOOK], {
      ...baseEnv(),
      RETELL_AGENT_ID: 'agent_missing',
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain('RETELL_AGENT_ID=agent_missing was not found');
    expect(fake.agents.size).toBe(0);
  });

  it('requires the API key and the webhook URL, before calling Retell', async () => {
    const noKey = await run(['--webhook-url', WEBHOOK], { RETELL_BASE_URL: fake.url });
    expect(noKey.code).toBe(1);
    expect(noKey.err).toContain('RETELL_API_KEY is not set');

    const noUrl = await run([], baseEnv());
    expect(noUrl.code).toBe(1);
    expect(noUrl.err).toContain('--webhook-url');

    const insecure = await run(['--webhook-url', 'http://example.com/hook'], baseEnv());
    expect(insecure.code).toBe(1);
    expect(insecure.err).toContain('https');

    expect(fake.requests).toHaveLength(0);
  });

  it('reports a rejected key readably', async () => {
    const result = await run(['--webhook-url', WEBHOOK], {
      ...baseEnv(),
      RETELL_API_KEY: 'key_wrong',
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain('Retell rejected RETELL_API_KEY');
  });

  it('prints usage for --help', async () => {
    const result = await run(['--help'], {});
    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: npm run retell:setup');
  });
});
