package io.vcgate.facade;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vcgate.customization.Watched;
import io.vcgate.facade.edge.RequestIds;
import io.vcgate.facade.model.Problem;
import io.vcgate.facade.problem.Problems;
import io.vcgate.facade.edge.AuditTrail;

/**
 * A watch as server-sent events: each value as an event named for it ({@code status}, {@code task})
 * with its JSON document, numbered by {@code id:}; {@code timeout} with the last value; {@code error}
 * with a problem document from {@link Problems}, as any problem; a comment line every
 * {@code vcgate.watch.heartbeat}, on the tick all streams share ({@link Heartbeats}). What is refused before the stream begins (bad input,
 * credentials, an unknown vCenter, too many watches) is answered as a problem; anything later, a VM that
 * does not exist included, as an {@code error} event whose problem has the status it would have had.
 */
@ApplicationScoped
class EventStreams {

    @Inject
    Problems problems;

    @Inject
    Heartbeats heartbeats;

    @Inject
    ObjectMapper mapper;

    <T> Multi<OutboundSseEvent> of(Sse sse, Multi<Watched<T>> watch, String name, Function<Watched<T>, Object> view, String instance,
            AuditTrail.Watcher watcher) {
        String requestId = RequestIds.current(); // the events come on other threads: the request's id, taken now
        Multi<OutboundSseEvent> events = Multi.createFrom().emitter(out -> {
            AtomicLong ids = new AtomicLong();
            // how the watch ended, for the audit trail: until something else is known, the client went away
            AtomicReference<String> outcome = new AtomicReference<>("200 closed");
            Runnable heartbeat = heartbeats.add(() -> out.emit(sse.newEventBuilder().comment("heartbeat").build()));
            Cancellable subscription = watch.subscribe().with(watched -> {
                switch (watched.kind()) {
                    case VALUE -> {
                        if (watched.ended()) {
                            outcome.set("200 ended");
                        }
                        out.emit(event(sse, ids, name, view.apply(watched)));
                    }
                    case TIMEOUT -> {
                        outcome.set("200 timeout");
                        out.emit(event(sse, ids, "timeout", watched.value() == null ? "{}" : view.apply(watched)));
                    }
                    case ERROR -> {
                        Problem problem = problems.document(watched.failure(), instance, requestId);
                        outcome.set("200 error " + Problems.Answer.kind(problem));
                        out.emit(event(sse, ids, "error", problem));
                    }
                }
            }, failure -> {
                // the stream's 200 is sent when it begins: a failure before the first event is an error event too
                Problem problem = problems.document(failure, instance, requestId);
                outcome.set("200 error " + Problems.Answer.kind(problem));
                out.emit(event(sse, ids, "error", problem));
                out.complete();
            }, out::complete);
            out.onTermination(() -> {
                heartbeat.run();
                subscription.cancel();
                AuditTrail.watch(outcome.get(), requestId, watcher);
            });
        });
        return events;
    }

    /** One event; its data is the document's JSON text (so no per-event content type is written). */
    private OutboundSseEvent event(Sse sse, AtomicLong ids, String name, Object data) {
        String json;
        try {
            json = data instanceof String text ? text : mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a watch's document cannot be written as JSON", e);
        }
        return sse.newEventBuilder().id(Long.toString(ids.incrementAndGet())).name(name).data(json).build();
    }
}
