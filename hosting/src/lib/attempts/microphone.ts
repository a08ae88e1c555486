export type MicrophoneCheck =
  | { ok: true }
  | { ok: false; reason: 'denied' | 'absent' | 'busy' | 'unsupported' | 'other'; message: string };

const MESSAGES = {
  denied:
    'Microphone access is blocked for this site. To allow it, click the icon at the left of the address bar (a lock, a slider or a crossed-out microphone), set Microphone to Allow, then press Try again. You can also use practice mode and type your answers.',
  absent:
    'No microphone was found. Connect one, or check that it is switched on and not muted in your system settings, then press Try again. You can also use practice mode and type your answers.',
  busy: 'Your microphone could not be started: another application may be using it. Close other apps or tabs that use the microphone, then press Try again.',
  insecure:
    'This browser only allows the microphone on secure (https) pages. Open the site over https, or use practice mode and type your answers.',
  unsupported:
    'This browser cannot use a microphone. Try a current version of Chrome, Edge, Firefox or Safari, or use practice mode and type your answers.',
} as const;

function errorName(error: unknown): string {
  return error instanceof DOMException || error instanceof Error ? error.name : '';
}

/**
 * Asks for the microphone before anything is spent on a call: an attempt and a short-lived
 * call token are only worth creating once the candidate can actually be heard. The test
 * stream is released at once; the call opens its own.
 */
export async function checkMicrophone(): Promise<MicrophoneCheck> {
  if (typeof navigator === 'undefined' || !('mediaDevices' in navigator)) {
    return window.isSecureContext
      ? { ok: false, reason: 'unsupported', message: MESSAGES.unsupported }
      : { ok: false, reason: 'unsupported', message: MESSAGES.insecure };
  }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    for (const track of stream.getTracks()) track.stop();
    return { ok: true };
  } catch (error) {
    const name = errorName(error);
    switch (name) {
      case 'NotAllowedError':
      case 'PermissionDeniedError':
      case 'SecurityError':
        return { ok: false, reason: 'denied', message: MESSAGES.denied };
      case 'NotFoundError':
      case 'DevicesNotFoundError':
      case 'OverconstrainedError':
        return { ok: false, reason: 'absent', message: MESSAGES.absent };
      case 'NotReadableError':
      case 'TrackStartError':
      case 'AbortError':
        return { ok: false, reason: 'busy', message: MESSAGES.busy };
      default:
        return {
          ok: false,
          reason: 'other',
          message: `The microphone could not be started${name ? ` (${name})` : ''}. Check your browser's microphone settings and press Try again, or use practice mode and type your answers.`,
        };
    }
  }
}
