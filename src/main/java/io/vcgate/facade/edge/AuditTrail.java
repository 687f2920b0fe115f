package io.vcgate.facade.edge;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vcgate.facade.model.Problem;
import io.vcgate.facade.model.Task;
import io.vcgate.facade.problem.Problems;
import io.vcgate.vcenter.Vcenters;

/**
 * The audit trail: one line in log category {@code vcgate.audit} for every abort (whatever its outcome,
 * refused ones included) and every watch (when it ends), as {@code key=value} pairs: time, action,
 * outcome (the HTTP status, and the problem type or how the watch ended), request id, the caller's user
 * name, vCenter, VM and Task. Never a password, token or session id. Route the category where audits go
 * (for example {@code quarkus.log.handler.file.audit.*} with {@code quarkus.log.category."vcgate.audit".handlers}).
 */
public class AuditTrail {

    static final Logger AUDIT = Logger.getLogger("vcgate.audit");

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentDoor door;

    /** Whether a request is an abort: a POST to {@code /v1/.../abort}, or VI/JSON's AbortCustomization_Task. */
    public static boolean abort(String method, String path) {
        return "POST".equals(method) && (path.startsWith("/v1/") && path.endsWith("/abort")
                || Door.of(path) == Door.VI_JSON && path.endsWith("/AbortCustomization_Task"));
    }

    /**
     * An abort through VI/JSON, whatever its outcome: the status and, for a fault, its {@code _typeName};
     * the VM as the door read it from the body (none when the body could not be read), the Task it started.
     */
    private void viJsonAbort(ContainerResponseContext response) {
        String outcome = Integer.toString(response.getStatus());
        String task = null;
        if (response.getEntity() instanceof io.vcgate.vijson.model.ManagedObjectReference started) {
            task = started.getValue();
        } else if (response.getEntity() instanceof com.fasterxml.jackson.databind.JsonNode fault && fault.hasNonNull("_typeName")) {
            outcome += " " + fault.get("_typeName").asText();
        }
        write("abort", outcome, RequestIds.current(), caller.name(), door.vcenter(), door.vm(), task);
    }

    @ServerResponseFilter
    public void abort(ContainerRequestContext request, ContainerResponseContext response) {
        if (!abort(request.getMethod(), request.getUriInfo().getPath())) {
            return;
        }
        if (Door.of(request.getUriInfo().getPath()) == Door.VI_JSON) {
            viJsonAbort(response);
            return;
        }
        MultivaluedMap<String, String> params = request.getUriInfo().getPathParameters();
        String outcome = Integer.toString(response.getStatus());
        String task = null;
        if (response.getEntity() instanceof Task t) {
            task = t.getId();
        } else if (response.getEntity() instanceof Problem p) {
            outcome += " " + Problems.Answer.kind(p);
        }
        write("abort", outcome, RequestIds.current(), caller.name(),
                params.getFirst("vcenter") != null ? params.getFirst("vcenter") : params.isEmpty() ? null : Vcenters.DEFAULT,
                params.getFirst("vm"), task);
    }

    /**
     * An abort the edge refused before any resource ran (429 for a busy caller, 403 over plain HTTP, ...):
     * its vCenter and VM as the path names them, its user where the edge knew it.
     */
    public static void refused(String path, Problem problem, String requestId, String user) {
        if (Door.of(path) == Door.VI_JSON) { // the VM is in the body, which was not read
            Door.Route route = Door.route(path);
            write("abort", problem.getStatus() + " " + Problems.Answer.kind(problem), requestId, user,
                    route.vcenterOrDefault(), null, null);
            return;
        }
        String[] segments = path.split("/"); // "", "v1", ["vcenters", name,] "vms", vm, "guest", "customization", "abort"
        boolean named = segments.length > 3 && "vcenters".equals(segments[2]);
        int vm = named ? 5 : 3;
        write("abort", problem.getStatus() + " " + Problems.Answer.kind(problem), requestId, user,
                named ? segments[3] : Vcenters.DEFAULT, segments.length > vm ? segments[vm] : null, null);
    }

    /** Who watches what: the caller's user name, the vCenter, and the VM or the Task. */
    public record Watcher(String user, String vcenter, String vm, String task) {
    }

    /** A watch has ended: {@code outcome} says how (ended, timeout, closed by the client, error and its problem type). */
    public static void watch(String outcome, String requestId, Watcher watcher) {
        write("watch", outcome, requestId, watcher.user(), watcher.vcenter(), watcher.vm(), watcher.task());
    }

    private static void write(String action, String outcome, String requestId, String user, String vcenter, String vm, String task) {
        if (!AUDIT.isInfoEnabled()) {
            return;
        }
        StringBuilder line = new StringBuilder(160).append("time=").append(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        pair(line, "action", action);
        pair(line, "outcome", outcome);
        pair(line, "requestId", requestId);
        pair(line, "user", user);
        pair(line, "vcenter", vcenter);
        pair(line, "vm", vm);
        pair(line, "task", task);
        AUDIT.info(line);
    }

    /** {@code key=value}, the value quoted (with \ and " escaped, control characters dropped) unless it is a plain token. */
    private static void pair(StringBuilder line, String key, String value) {
        line.append(' ').append(key).append('=');
        if (value == null) {
            line.append('-');
            return;
        }
        if (value.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_.@:".indexOf(c) >= 0) && !value.isEmpty()) {
            line.append(value);
            return;
        }
        line.append('"');
        value.chars().filter(c -> c >= 0x20 && c != 0x7F).forEach(c -> {
            if (c == '"' || c == '\\') {
                line.append('\\');
            }
            line.append((char) c);
        });
        line.append('"');
    }
}
