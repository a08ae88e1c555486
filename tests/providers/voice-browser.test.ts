/**
 * The interview room with the real browser SDK (retell-client-js-sdk 2.x, LiveKit under it) in
 * Chromium: the token comes from startAttempt (real retell-sdk against the fake Retell, which
 * issues LiveKit room tokens as create-web-call v2 does), and the SDK's traffic to Retell's
 * LiveKit host is intercepted with Playwright routing, so nothing leaves the machine.
 *
 * What the intercepted LiveKit side does: it records the signalling WebSocket the SDK opens
 * (`/rtc/v1?access_token=...` on the host compiled into the SDK) and the HTTP requests beside it
 * (LiveKit Cloud's region settings, authorised with the same token), closes a socket whose
 * token is expired or not one the fake issued, and otherwise holds the socket open without ever
 * sending a join. A routed socket always opens first, so LiveKit's /validate probe (made only
 * after a failed upgrade) is answered but not expected. It does not speak LiveKit's signalling
 * protocol or WebRTC, so the "connected" state is not reached here (see ARCHITECTURE.md,
 * "Tests against real parts").
 */
import type { StartAttemptOutput } from '@candor/core';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { launchBrowser, newPage, waitForWebApp } from '../support/browser';
import { requireEnv, waitFor } from '../support/env';
import { FakeGemini } from '../support/fake-gemini';
import {
  decodeLivekitToken,
  startEmulatorFakeRetell,
  type FakeRetell,
} from '../support/fake-retell';
import { attemptDoc } from '../support/interviews';
import { readInstalledRetellPair } from '../support/retell-packages';
import { createInterview, signUp } from '../e2e/flows';

const RETELL_KEY = 'test-retell-key';
const LIVEKIT_URL = readInstalledRetellPair().browser.livekitUrl ?? 'wss://missing.livekit.cloud';
const LIVEKIT_HOST = new URL(LIVEKIT_URL).host;
const gemini = new FakeGemini();
let retell: FakeRetell;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let interviewId: string;

/** What the intercepted LiveKit host saw; sockets stay open (no join is ever sent). */
const livekit = {
  sockets: [] as URL[],
  http: [] as { url: URL; authorization: string | undefined }[],
  open: [] as WebSocketRoute[],
};

/** LiveKit's own check of a token: ours, for this room, and not past its `exp`. */
function tokenProblem(token: string | null): string | null {
  const claims = token === null ? null : decodeLivekitToken(token);
  if (claims === null) return 'invalid token: signature is invalid';
  if (claims.exp * 1000 <= Date.now()) return 'invalid token: token is expired (exp)';
  return null;
}

/** Requests to anywhere but this machine and the LiveKit host, aborted (and listed). */
const escaped: string[] = [];

/** Every status line the room showed, in order (the states can be brief). */
async function shownStates(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __states: string[] }).__states);
}

beforeAll(async () => {
  retell = await startEmulatorFakeRetell(RETELL_KEY);
  await gemini.listen(requireEnv('FAKE_GEMINI_URL'));
  gemini.when('mk-browser-voice', {
    kind: 'json',
    value: {
      questions: [
        { text: 'Walk me through how you would design a rate limiter.', kind: 'technical' },
      ],
    },
  });
  await waitForWebApp();
  browser = await launchBrowser();
  ({ context, page } = await newPage(browser));

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.host === LIVEKIT_HOST) {
      livekit.http.push({ url, authorization: route.request().headers().authorization });
      if (url.pathname.endsWith('/settings/regions')) {
        await route.fulfill({ status: 200, json: { regions: [] } });
      } else if (url.pathname.endsWith('/validate')) {
        // LiveKit's probe after a failed socket: 401 with the reason for a refused token.
        const problem = tokenProblem(url.searchParams.get('access_token'));
        await route.fulfill(
          problem ? { status: 401, body: problem } : { status: 200, body: 'success' },
        );
      } else {
        await route.fulfill({ status: 404, body: 'not found' });
      }
      return;
    }
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
      await route.fallback();
      return;
    }
    escaped.push(url.toString());
    await route.abort('blockedbyclient');
  });
  await page.routeWebSocket(
    (url) => url.host === LIVEKIT_HOST,
    (ws) => {
      const url = new URL(ws.url());
      livekit.sockets.push(url);
      // A LiveKit server refuses the upgrade for a bad token; the SDK then asks /validate why.
      if (tokenProblem(url.searchParams.get('access_token')) !== null) {
        void ws.close({ code: 1008, reason: 'unauthorized' });
        return;
      }
      livekit.open.push(ws);
    },
  );
  await context.addInitScript(() => {
    const states: string[] = [];
    (window as unknown as { __states: string[] }).__states = states;
    const record = () => {
      for (const el of Array.from(document.querySelectorAll('[role="status"], [role="alert"]'))) {
        const text = el.textContent.trim();
        if (text !== '' && states.at(-1) !== text) states.push(text);
      }
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });

  await signUp(page, 'Grace Hopper');
  interviewId = await createInterview(page, {
    role: 'Backend Engineer mk-browser-voice',
    type: 'Technical',
    questionCount: 1,
  });
}, 120_000);

afterAll(async () => {
  await context.close();
  await browser.close();
  await gemini.close();
  await retell.close();
});

async function startFromRoom(): Promise<Extract<StartAttemptOutput, { mode: 'voice' }>> {
  const response = page.waitForResponse(
    (r) => r.url().endsWith('/startAttempt') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: /^(Start voice interview|Try again)$/ }).click();
  const body = (await (await response).json()) as { result: StartAttemptOutput };
  if (body.result.mode !== 'voice') throw new Error('expected a voice attempt');
  return body.result;
}

async function failedAttempt(attemptId: string) {
  return waitFor(async () => {
    const snap = await attemptDoc(interviewId, attemptId).get();
    return snap.get('status') === 'failed' ? snap : null;
  }, `attempt ${attemptId} to be marked failed`);
}

const SDK_ERROR = 'The voice call could not be started (Error starting call)';

describe('the interview room with the real Retell browser SDK', () => {
  it('checks the microphone and connects to LiveKit with the token startAttempt returned', async () => {
    await page.goto(`/interviews/${interviewId}/room`);
    const first = await startFromRoom();
    await page.getByTestId('connect-countdown').waitFor();
    await waitFor(async () => Promise.resolve(livekit.sockets.length === 1), 'the SDK socket');
    const socket = livekit.sockets[0];
    // The host compiled into retell-client-js-sdk 2.x, LiveKit's signalling path, our token.
    expect(`${socket?.protocol ?? ''}//${socket?.host ?? ''}`).toBe(LIVEKIT_URL);
    expect(socket?.pathname).toMatch(/^\/rtc(\/v1)?$/);
    expect(socket?.searchParams.get('access_token')).toBe(first.accessToken);
    // A LiveKit room token for exactly this call, from the (fake) create-web-call v2.
    expect(decodeLivekitToken(first.accessToken)?.video.room).toBe(first.callId);
    expect(retell.calls.get(first.callId)?.access_token).toBe(first.accessToken);
    expect(retell.requestsTo('/v2/create-web-call')).toHaveLength(1);
    expect(retell.requestsTo('/v3/create-web-call')).toHaveLength(0);
    // LiveKit Cloud's region lookup, authorised with the same token.
    const regions = livekit.http.find((r) => r.url.pathname.endsWith('/settings/regions'));
    expect(regions?.authorization).toBe(`Bearer ${first.accessToken}`);
    // The countdown starts from the server's receipt of the token (30 s at most).
    expect(Math.abs(first.tokenIssuedAtMs - Date.now())).toBeLessThan(30_000);
    const countdown = (await page.getByTestId('connect-countdown').textContent()) ?? '';
    expect(Number(/within (\d+) s/.exec(countdown)?.[1])).toBeLessThanOrEqual(30);

    const states = await shownStates();
    const order = [
      'Checking your microphone...',
      'Setting up your interview...',
      'Connecting to the interviewer...',
    ].map((label) => states.findIndex((s) => s.startsWith(label)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // The socket drops before a join: the SDK reports its error, the room shows it with a way
    // forward and marks the attempt failed with the reason.
    for (const ws of livekit.open.splice(0)) await ws.close({ code: 1011, reason: 'gone' });
    await page.getByText(SDK_ERROR).waitFor();
    expect((await failedAttempt(first.attemptId)).get('error')).toMatch(
      /did not start: Error starting call/,
    );
  });

  it('an expired token is refused, and Try again starts over with a fresh one', async () => {
    retell.ageTokens(60_000);
    const expired = await startFromRoom();
    retell.ageTokens(0);
    await page.getByText(SDK_ERROR).waitFor();
    const refused = livekit.sockets.at(-1);
    expect(refused?.searchParams.get('access_token')).toBe(expired.accessToken);
    expect(tokenProblem(expired.accessToken)).toMatch(/expired/);
    await failedAttempt(expired.attemptId);

    const retry = await startFromRoom();
    expect(retry.attemptId).not.toBe(expired.attemptId);
    expect(tokenProblem(retry.accessToken)).toBeNull();
    await page.getByTestId('connect-countdown').waitFor();
    await waitFor(
      async () =>
        Promise.resolve(
          livekit.sockets.at(-1)?.searchParams.get('access_token') === retry.accessToken,
        ),
      'the retry to connect with its own token',
    );
    expect(livekit.open).toHaveLength(1);
    for (const ws of livekit.open.splice(0)) await ws.close();
  });

  it('sent nothing to Retell or LiveKit beyond the intercepted host', () => {
    // Everything else off this machine was aborted by the route above; none of it was voice.
    expect(escaped.filter((url) => /retell|livekit/i.test(url))).toEqual([]);
  });
});
