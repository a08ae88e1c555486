import 'server-only';
import { CALLABLES, SHARE_TOKEN_PATTERN, type SharedReportWire } from '@candor/core';
import { getPublicConfig } from '@/lib/config/server-config';

/**
 * The web server asks getSharedReport for a token's copy over the callable protocol (a JSON POST
 * of `{ data }`), so the shared page needs neither the client SDK nor Admin credentials. null:
 * the token opens nothing (guessed, revoked, expired or malformed all look the same).
 */
export async function fetchSharedReport(token: string): Promise<SharedReportWire | null> {
  // Not the shape of any token the server makes: no need to ask.
  if (!SHARE_TOKEN_PATTERN.test(token)) return null;
  const config = getPublicConfig();
  const { projectId } = config.firebase;
  const region = config.functionsRegion;
  const name = CALLABLES.getSharedReport;
  const url = config.emulators
    ? `http://${config.emulators.functions}/${projectId}/${region}/${name}`
    : `https://${region}-${projectId}.cloudfunctions.net/${name}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { token } }),
    cache: 'no-store',
  });
  const body = (await response.json()) as {
    result?: SharedReportWire;
    error?: { status?: string; message?: string };
  };
  if (body.error?.status === 'NOT_FOUND') return null;
  if (!response.ok || body.result === undefined) {
    throw new Error(`getSharedReport failed: ${body.error?.status ?? String(response.status)}`);
  }
  return body.result;
}
