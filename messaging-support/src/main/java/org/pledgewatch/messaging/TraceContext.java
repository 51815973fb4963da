package org.pledgewatch.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.TracingMetadata;

import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The W3C {@code traceparent} of the current span, kept with each outbox row so that a trace continues from
 * the request that wrote the event to the consumers that read it, although the relay sends it later.
 */
@ApplicationScoped
public class TraceContext {

    private static final TextMapGetter<String> TRACE_PARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of("traceparent");
        }

        @Override
        public String get(String carrier, String key) {
            return "traceparent".equals(key) ? carrier : null;
        }
    };

    /**
     * Makes the trace of an incoming Kafka record current, so that what its processing writes (log lines, outbox
     * rows) belongs to the same trace. Close the scope when done.
     */
    public static Scope activate(Message<?> record) {
        return TracingMetadata.fromMessage(record).map(tracing -> tracing.getCurrentContext().makeCurrent())
                .orElse(Scope.noop());
    }

    /** The {@code traceparent} of an incoming record's trace, to continue it later (after a batch, say). */
    public static String traceParentOf(Message<?> record) {
        try (Scope scope = activate(record)) {
            return traceParent(Span.current().getSpanContext());
        }
    }

    /** The context a W3C {@code traceparent} value names, for a span that continues it. */
    public static Context parse(String traceParent) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, TRACE_PARENT);
    }

    public String currentTraceParent() {
        return traceParent(Span.current().getSpanContext());
    }

    private static String traceParent(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
