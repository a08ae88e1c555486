/** CANDOR_VERSION at run time (the image's build argument), else the version built in. */
export function buildVersion(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CANDOR_VERSION, env.CANDOR_BUILD_VERSION];
  return candidates.find((value) => value !== undefined && value.trim() !== '') ?? 'unknown';
}
