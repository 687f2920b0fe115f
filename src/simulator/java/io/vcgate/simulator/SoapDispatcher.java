package io.vcgate.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

import jakarta.xml.ws.WebFault;

import org.jboss.logging.Logger;

/**
 * The simulated vim25 API: reads a SOAP request ({@link SoapMessages}), hands it to the managed object that
 * serves its operation, and writes the answer or the fault. Each managed object registers its own
 * operations ({@link ManagedObject}). It all runs on the SOAP worker threads, never on an event loop; an
 * operation that answers later (WaitForUpdatesEx) holds no thread meanwhile, and its answer is written on a
 * worker thread again.
 */
final class SoapDispatcher {

    private static final Logger LOG = Logger.getLogger(SoapDispatcher.class);

    /** An operation that answers at once: its returnval (null: none), or a thrown vim25 fault. */
    interface Operation<R> {
        Object call(SoapCall call, R request) throws Exception;
    }

    /** An operation that answers later: its returnval, or a vim25 fault, when the stage completes. */
    interface LaterOperation<R> {
        CompletionStage<?> call(SoapCall call, R request) throws Exception;
    }

    /** A simulated managed object type: it registers the operations it serves. */
    interface ManagedObject {
        void register(SoapDispatcher dispatcher);
    }

    private final SoapMessages messages = new SoapMessages();
    private final Executor workers;
    private final Map<String, LaterOperation<Object>> operations = new HashMap<>();

    SoapDispatcher(Executor workers, ManagedObject... objects) {
        this.workers = workers;
        for (ManagedObject object : objects) {
            object.register(this);
        }
    }

    /** Serves the vim25 operation {@code name}, whose request is read as {@code request}. */
    <R> void on(String name, Class<R> request, Operation<R> operation) {
        later(name, request, (call, body) -> CompletableFuture.completedFuture(operation.call(call, body)));
    }

    /** Serves the vim25 operation {@code name}, answering when the stage completes. */
    @SuppressWarnings("unchecked")
    <R> void later(String name, Class<R> request, LaterOperation<R> operation) {
        SoapMessages.Operation declared = messages.operation(name);
        if (declared == null || declared.request() != request) {
            throw new IllegalArgumentException(name + " is not a vim25 operation whose request is " + request.getSimpleName());
        }
        operations.put(name, (LaterOperation<Object>) operation);
    }

    /** The answer to the SOAP request {@code body}, worked out on a worker thread. */
    CompletionStage<SoapMessages.Answer> dispatch(SoapCall call, byte[] body) {
        return CompletableFuture.supplyAsync(() -> call(call, body), workers).thenCompose(Function.identity());
    }

    private CompletionStage<SoapMessages.Answer> call(SoapCall call, byte[] body) {
        SoapMessages.Request request;
        try {
            request = messages.read(body);
        } catch (SoapMessages.ClientFault e) {
            return CompletableFuture.completedFuture(messages.clientFault(e));
        }
        SoapMessages.Operation operation = request.operation();
        LaterOperation<Object> served = operations.get(operation.name());
        if (served == null) {
            return CompletableFuture.completedFuture(messages.clientFault(SoapMessages.unknown(operation.name())));
        }
        CompletableFuture<?> result;
        try {
            result = served.call(call, request.body()).toCompletableFuture();
        } catch (Exception e) {
            return CompletableFuture.completedFuture(fault(operation, e));
        }
        // answered already: written now, on this worker; else later, on a worker again
        return result.isDone() ? result.handle((value, failure) -> answer(operation, value, failure))
                : result.handleAsync((value, failure) -> answer(operation, value, failure), workers);
    }

    private SoapMessages.Answer answer(SoapMessages.Operation operation, Object value, Throwable failure) {
        if (failure == null) {
            return messages.result(operation, value);
        }
        return fault(operation, failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
    }

    private SoapMessages.Answer fault(SoapMessages.Operation operation, Throwable e) {
        if (e.getClass().getAnnotation(WebFault.class) == null) {
            LOG.warnf(e, "The simulated %s failed", operation.name());
        }
        return messages.serverFault(e);
    }
}
