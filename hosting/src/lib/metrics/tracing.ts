import 'server-only';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  type ReadableSpan,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { recordRequest } from './registry';

/** The span Next.js opens around each request it serves (BaseServerSpan.handleRequest). */
const HANDLE_REQUEST = 'BaseServer.handleRequest';

const seconds = ([s, ns]: [number, number]) => s + ns / 1e9;

/**
 * Turns Next's request spans into Prometheus series. Next.js sets the method, the status and
 * the matched route pattern on that span once the response is settled, in the same process
 * that serves the request; nothing is exported, the span is dropped after counting.
 */
class RequestMetricsProcessor implements SpanProcessor {
  onStart(): void {
    // Only finished requests are counted.
  }
  onEnd(span: ReadableSpan): void {
    const attributes = span.attributes;
    if (attributes['next.span_type'] !== HANDLE_REQUEST) return;
    const method = attributes['http.method'];
    const status = attributes['http.status_code'];
    const route = attributes['next.route'];
    if (typeof method !== 'string' || typeof status !== 'number') return;
    recordRequest(
      { method, status, route: typeof route === 'string' ? route : undefined },
      seconds(span.duration),
    );
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Registers the tracer provider Next.js looks for (the global OpenTelemetry API). Next only
 * opens its request spans when a provider is registered, and reads the route pattern back
 * through the active context, hence the AsyncLocalStorage context manager.
 */
export function startRequestMetrics(): void {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({ spanProcessors: [new RequestMetricsProcessor()] }),
  );
}
