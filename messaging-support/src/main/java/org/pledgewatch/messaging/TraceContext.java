package org.pledgewatch.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C {@code traceparent} of the current span, kept with each outbox row so that a trace continues from
 * the request that wrote the event to the consumers that read it, although the relay sends it later.
 */
@ApplicationScoped
public class TraceContext {

    public String currentTraceParent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
