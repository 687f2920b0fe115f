package io.vcgate.facade.problem;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.VimFaultFields;
import io.vcgate.core.InvalidInput;
import io.vcgate.compat.api.VapiErrors;
import io.vcgate.compat.vijson.ViJsonFaults;
import io.vcgate.facade.edge.CurrentDoor;
import io.vcgate.facade.edge.Door;
import io.vcgate.facade.edge.RequestIds;
import io.vcgate.facade.model.FieldError;
import io.vcgate.facade.model.Problem;
import io.vcgate.vcenter.UnknownVcenter;
import io.vertx.ext.web.RoutingContext;

/**
 * The one factory that turns whatever went wrong on {@code /v1} into the caller's answer: an RFC 9457
 * problem document ({@code application/problem+json}) with the vSphere fault name where there is one,
 * whether the same request may succeed later, the request's path as {@code instance} and its request id
 * to find it in the logs, and {@code Retry-After} where the {@link ProblemTable} gives one. The exception
 * mappers ({@link ProblemMappers}), the event streams (an {@code error} event) and the edge's refusals
 * ({@link io.vcgate.facade.edge.FacadeEdge}) all ask it. The type URI names the fault
 * (https://vcgate.dev/problems/invalid-power-state) or, without one, the kind of failure.
 *
 * <p>What is logged is decided here too: a failure that says vCenter is unwell, once per request, at WARN;
 * a vSphere fault (vCenter's healthy answer) and every refusal of vcgate's own (circuit open, capacity
 * full, caps and limits, bad input) at DEBUG only, and counted in {@code vcgate_problems_total} by status
 * and type, so an outage or a greedy client does not write a line per refused request; anything
 * unexpected at ERROR, by class name only (an exception message may carry what a caller sent).
 */
@Singleton
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String BASE = "https://vcgate.dev/problems/";
    private static final Logger LOG = Logger.getLogger(Problems.class);

    private final ProblemTable table;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    @Inject
    Problems(ProblemTable table, ObjectMapper json, MeterRegistry meters) {
        this.table = table;
        this.json = json;
        this.meters = meters;
    }

    /** A problem and the {@code Retry-After} seconds that go with it (null: none), not yet stamped. */
    public record Answer(Problem problem, Long retryAfterSeconds, VimFaultFields fields) {

        public Answer(Problem problem, Long retryAfterSeconds) {
            this(problem, retryAfterSeconds, VimFaultFields.NONE);
        }

        /** The kind of problem, as its type names it: invalid-power-state, https-required. */
        public String kind() {
            return kind(problem);
        }

        /** A problem's kind, as its type names it. */
        public static String kind(Problem problem) {
            return problem.getType().substring(problem.getType().lastIndexOf('/') + 1);
        }
    }

    // --- what went wrong, as an answer ------------------------------------------------------------

    /** The answer to {@code failure}, logged as the class Javadoc says. */
    public Answer of(Throwable failure) {
        if (failure instanceof BackendFailure backend) {
            return backend(backend);
        }
        if (failure instanceof UnknownVcenter unknown) {
            return own(404, "unknown-vcenter", "No such vCenter", unknown.getMessage());
        }
        if (failure instanceof InvalidInput invalid) {
            return field(invalid.field(), invalid.getMessage());
        }
        if (failure instanceof WebApplicationException web) {
            return web(web, null);
        }
        Answer input = InputProblems.answer(failure);
        if (input != null) {
            return input;
        }
        LOG.errorf("Unexpected failure: %s", failure.getClass().getName());
        return own(500, "internal", "Internal error", "vcgate failed unexpectedly; the request id finds it in the logs.");
    }

    private Answer backend(BackendFailure failure) {
        if (failure.origin() != BackendFailure.Origin.GATEWAY && failure.vcenterUnwell()) {
            LOG.warnf("vCenter call failed (%s, %s): %s", failure.category(), failure.origin(), failure.getMessage());
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf("vCenter call ended in %s: %s", failure.fault() == null ? failure.category() : failure.fault(), failure.getMessage());
        }
        ProblemTable.Row row = table.of(failure.category());
        String name = failure.fault() != null ? failure.fault() : failure.category().name();
        Problem problem = new Problem()
                .type(BASE + kebab(name))
                .title(row.title())
                .status(row.status())
                .detail(failure.getMessage())
                .fault(failure.fault())
                .retryable(row.retryable());
        problem.setErrors(null);
        return new Answer(problem, row.retryAfterSeconds(), failure.fields());
    }

    /** JAX-RS's own answers (404 for unknown paths, 405, 406, 415, ...); {@code method}, where known, is named in a 405. */
    public Answer web(WebApplicationException e, String method) {
        if (e.getCause() instanceof InvalidInput invalid) {
            return field(invalid.field(), invalid.getMessage()); // a parameter that did not convert: not a 404
        }
        Answer input = e.getCause() == null ? null : InputProblems.answer(e.getCause()); // a body Jackson could not read
        if (input != null) {
            return input;
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String kind = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = switch (status) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not take " + (method == null ? "this method" : method) + ".";
            case 415 -> "Send the body as application/json.";
            case 406 -> "vcgate answers application/json and application/problem+json.";
            default -> title;
        };
        return own(status, kind, title, detail);
    }

    // --- the edge's own refusals ----------------------------------------------------------------

    /** A {@code /v1} request over plain HTTP where HTTPS is required. */
    public Answer httpsRequired() {
        return own(403, "https-required", "HTTPS is required", "vcgate takes vCenter credentials over HTTPS only: call https:// "
                + "(plain HTTP is accepted only with vcgate.facade.allow-plain-http, behind a TLS-terminating proxy).");
    }

    /** A {@code /v1} request without credentials (answered with a {@code WWW-Authenticate} challenge). */
    public Answer credentialsRequired() {
        return own(401, "unauthenticated", "Credentials are required",
                "Send your vCenter user name and password with HTTP Basic authentication.");
    }

    /** A call of vCenter's own dialects whose session id vcgate cannot honour: {@code why} says which (never the id itself). */
    public Answer sessionRefused(String why) {
        String sentence = why.isEmpty() ? why : Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".";
        return own(401, "session-refused", "Log in again", sentence + " Log in again (VI/JSON SessionManager Login, or POST /api/session).");
    }

    /** A caller that already has {@code limit} calls under way. */
    public Answer callerBusy(int limit) {
        ProblemTable.Row row = table.callerBusy();
        Problem problem = problem(row.status(), "too-many-requests", row.title(), "You already have " + limit
                + " calls under way, as many as vcgate allows one caller (vcgate.facade.caller-max-in-flight); "
                + "try again when one has ended.", null).retryable(row.retryable());
        return new Answer(problem, row.retryAfterSeconds());
    }

    /** A request body larger than {@code limit} bytes. */
    public Answer tooLarge(long limit) {
        return own(413, "too-large", "Request body too large", "The body may be at most " + limit + " bytes.");
    }

    /** Bad input in one field, as the caller wrote it. */
    public static Answer field(String field, String message) {
        return validation(null, List.of(new FieldError().field(field).message(message)));
    }

    /** A 400 naming each offending field; {@code detail} null: the fields and their messages, joined. */
    static Answer validation(String detail, List<FieldError> errors) {
        StringBuilder joined = new StringBuilder();
        for (FieldError error : errors) {
            joined.append(joined.isEmpty() ? "" : "; ").append(error.getField()).append(": ").append(error.getMessage());
        }
        String text = detail != null ? detail : joined.isEmpty() ? "invalid request" : joined.toString();
        return new Answer(problem(400, "validation", "Request is not valid", text, errors), null);
    }

    private static Answer own(int status, String kind, String title, String detail) {
        return new Answer(problem(status, kind, title, detail, null), null);
    }

    /** A problem of vcgate's own (bad input, wrong method...): never retryable as it is. */
    private static Problem problem(int status, String kind, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem()
                .type(BASE + kind)
                .title(title)
                .status(status)
                .detail(detail)
                .retryable(false);
        problem.setErrors(errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        return problem;
    }

    // --- as sent --------------------------------------------------------------------------------

    /** The JAX-RS answer: stamped with {@code instance} and the request's id, counted, with its {@code Retry-After}. */
    public Response response(Answer answer, String instance) {
        DoorAnswer door = door(answer, instance);
        if (door != null) {
            Response.ResponseBuilder response = Response.status(door.status()).type(door.mediaType()).entity(door.body());
            door.headers().forEach(response::header);
            return response.build();
        }
        Problem problem = stamp(answer, instance, RequestIds.current());
        Response.ResponseBuilder response = Response.status(problem.getStatus()).type(MEDIA_TYPE).entity(problem);
        if (answer.retryAfterSeconds() != null) {
            response.header("Retry-After", answer.retryAfterSeconds());
        }
        if (problem.getStatus() == 401) { // RFC 9110: a 401 carries the challenge
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"vcgate\", charset=\"UTF-8\"");
        }
        return response.build();
    }

    /** The problem of an event stream's {@code error} event: stamped with the stream's path and request id, counted. */
    public Problem document(Throwable failure, String instance, String requestId) {
        return stamp(of(failure), instance, requestId);
    }

    /** Ends the Vert.x request with the answer (the edge's refusals, before any JAX-RS code runs). */
    public void send(RoutingContext request, Answer answer) {
        DoorAnswer door = door(answer, CurrentDoor.of(request).door());
        if (door != null) {
            var response = request.response().setStatusCode(door.status()).putHeader("Content-Type", door.mediaType());
            door.headers().forEach(response::putHeader);
            if (door.status() == 413) {
                response.putHeader("Connection", "close");
            }
            try {
                response.end(json.writeValueAsString(door.body()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an error document cannot be written as JSON", e);
            }
            return;
        }
        Problem problem = stamp(answer, request.normalizedPath(), RequestIds.of(request));
        var response = request.response().setStatusCode(problem.getStatus()).putHeader("Content-Type", MEDIA_TYPE);
        if (answer.retryAfterSeconds() != null) {
            response.putHeader("Retry-After", answer.retryAfterSeconds().toString());
        }
        if (problem.getStatus() == 401) {
            response.putHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"vcgate\", charset=\"UTF-8\"");
        }
        if (problem.getStatus() == 413) {
            response.putHeader("Connection", "close"); // the body that was refused is not read
        }
        try {
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document cannot be written as JSON", e);
        }
    }

    /** The request's path as {@code instance} and its request id, set here and nowhere else; counted once. */
    private Problem stamp(Answer answer, String instance, String requestId) {
        count(answer);
        return answer.problem().instance(instance).requestId(requestId);
    }

    private void count(Answer answer) {
        Counter.builder("vcgate.problems").description("Failures and refusals answered on every door (/v1, VI/JSON, /api), by status and type")
                .tag("status", Integer.toString(answer.problem().getStatus())).tag("type", answer.kind()).register(meters).increment();
    }

    /**
     * The answer as vCenter's own dialect writes it, on its doors (VI/JSON: a VimFault; /api: a vapi
     * standard error), counted as every problem is; null on {@code /v1}, which answers the problem itself.
     */
    private DoorAnswer door(Answer answer, String path) {
        return door(answer, Door.of(path));
    }

    private DoorAnswer door(Answer answer, Door door) {
        if (door != Door.VI_JSON && door != Door.VCENTER_API) {
            return null;
        }
        count(answer);
        if (door == Door.VI_JSON) {
            return ViJsonFaults.render(answer);
        }
        DoorAnswer vapi = VapiErrors.render(answer);
        if (vapi.status() != 401) {
            return vapi;
        }
        java.util.Map<String, String> headers = new java.util.HashMap<>(vapi.headers());
        headers.put(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"vcgate\", charset=\"UTF-8\"");
        return new DoorAnswer(vapi.status(), vapi.mediaType(), vapi.body(), headers);
    }

    /** InvalidPowerState -> invalid-power-state; NOT_FOUND -> not-found. */
    static String kebab(String name) {
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            return name.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
