import { NextResponse } from 'next/server';

// Liveness for Docker's HEALTHCHECK, load balancers and uptime checks. It reads nothing but the
// process itself (no Firebase, no server config), so it answers even when the Firebase settings
// are missing or wrong: the pages report those.
export const dynamic = 'force-dynamic';

/** CANDOR_VERSION at run time (the image's build argument), else the version built in. */
function version(): string {
  const candidates = [process.env.CANDOR_VERSION, process.env.CANDOR_BUILD_VERSION];
  return candidates.find((value) => value !== undefined && value.trim() !== '') ?? 'unknown';
}

export function GET(): NextResponse {
  return NextResponse.json(
    { status: 'ok', version: version(), time: new Date().toISOString() },
    { headers: { 'Cache-Control': 'no-store, max-age=0' } },
  );
}
