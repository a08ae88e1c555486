/**
 * The Web Speech API in the few shapes this app uses. TypeScript's DOM library declares the
 * result lists but not SpeechRecognition itself, which Chromium still ships prefixed.
 */
export interface RecognitionResultEvent extends Event {
  readonly resultIndex: number;
  readonly results: SpeechRecognitionResultList;
}

export interface RecognitionErrorEvent extends Event {
  /** "not-allowed", "no-speech", "network", "audio-capture", "aborted", ... */
  readonly error: string;
}

export interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: RecognitionErrorEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

type RecognitionConstructor = new () => Recognition;

export function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const w = window as Window & {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export function synthesisAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

export interface RecognitionProblem {
  message: string;
  /** Whether listening has to stop (retrying would fail the same way). */
  fatal: boolean;
}

/** What to tell the candidate about a recognition error; null for the ones to ride out. */
export function describeRecognitionError(code: string): RecognitionProblem | null {
  switch (code) {
    // Silence and our own restarts: listening simply carries on.
    case 'no-speech':
    case 'aborted':
      return null;
    case 'not-allowed':
    case 'service-not-allowed':
      return {
        message:
          'Speech recognition is not allowed: the microphone is blocked for this site, or the browser does not offer recognition here. Allow the microphone from the icon at the left of the address bar, or type your answer.',
        fatal: true,
      };
    case 'audio-capture':
      return {
        message:
          'No microphone was found for speech recognition. Connect one, or type your answer.',
        fatal: true,
      };
    case 'network':
      return {
        message:
          'Speech recognition needs a network connection in this browser and could not reach its service. Type your answer, or try Speak again in a moment.',
        fatal: true,
      };
    case 'language-not-supported':
      return {
        message:
          'Speech recognition does not support your language in this browser. Type your answer instead.',
        fatal: true,
      };
    default:
      return {
        message: `Speech recognition stopped (${code}). Type your answer, or press Speak to try again.`,
        fatal: true,
      };
  }
}

/** About how long a sentence takes to say, for when the browser never reports the end. */
export function estimatedSpeechMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return 2_000 + words * 450;
}
