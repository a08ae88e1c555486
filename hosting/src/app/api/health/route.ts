import { NextResponse } from 'next/server';
import { buildVersion } from '@/lib/build-version';

// Liveness for Docker's HEALTHCHECK, load balancers and uptime checks. It reads nothing but the
// process itself (no Firebase, no server config), so it answers even when the Firebase settings
// are missing or wrong: the pages report those.
export const dynamic = 'force-dynamic';

export function GET(): NextResponse {
  return NextResponse.json(
    { status: 'ok', version: buildVersion(), time: new Date().toISOString() },
    { headers: { 'Cache-Control': 'no-store, max-age=0' } },
  );
}
