/** What the pipeline needs from a language model: JSON text for a prompt and a schema. */
export interface JsonModel {
  readonly name: string;
  generateJson(request: {
    systemInstruction: string;
    contents: string;
    responseJsonSchema: unknown;
  }): Promise<string>;
}

export type ModelErrorKind = 'transient' | 'quota' | 'auth' | 'bad_request' | 'timeout' | 'empty';

export class ModelError extends Error {
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ModelError';
  }

  /** Worth one more try: the next call may well succeed. */
  get retryable(): boolean {
    return this.kind === 'transient' || this.kind === 'timeout' || this.kind === 'empty';
  }
}

/** A sentence for the user explaining why generation failed. */
export function describeModelError(error: ModelError): string {
  switch (error.kind) {
    case 'quota':
      return 'The AI service is busy right now (rate limited). Please try again in a minute.';
    case 'auth':
      return 'The AI service rejected our credentials. The site owner needs to check the Gemini API key.';
    case 'timeout':
      return 'The AI service took too long to answer. Please try again.';
    case 'bad_request':
      return 'The AI service could not process this request.';
    case 'transient':
    case 'empty':
      return 'The AI service had a temporary problem. Please try again.';
  }
}
