package io.vcgate.simulator;

import java.util.Locale;
import java.util.concurrent.Executor;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * The simulated vim25 endpoint, {@code POST /sdk}: the session cookie in, the SOAP call to the
 * {@link SoapDispatcher} on a worker thread, the envelope (and a Login's {@code Set-Cookie}) out. The
 * managed objects it serves are listed here.
 */
final class SoapEndpoint implements Handler<RoutingContext> {

    private final SoapDispatcher dispatcher;

    SoapEndpoint(WorkerExecutor threads) {
        Executor workers = task -> threads.executeBlocking(() -> {
            task.run();
            return null;
        }, false);
        dispatcher = new SoapDispatcher(workers, new ServiceInstance(), new SessionManager(), new PropertyCollector(),
                new VirtualMachineGuestCustomizationManager(), new EventManager());
    }

    @Override
    public void handle(RoutingContext rc) {
        if (!soap(rc.request().getHeader("Content-Type"))) {
            rc.response().setStatusCode(415).end();
            return;
        }
        SoapCall call = new SoapCall(SimulatorServer.vcenter(rc), rc.request().getHeader("Cookie"));
        Buffer body = rc.body().buffer();
        Future.fromCompletionStage(dispatcher.dispatch(call, body == null ? new byte[0] : body.getBytes()), rc.vertx().getOrCreateContext())
                .onFailure(rc::fail)
                .onSuccess(answer -> {
                    rc.response().setStatusCode(answer.status()).putHeader("Content-Type", "text/xml; charset=utf-8");
                    if (call.setCookie() != null) {
                        rc.response().putHeader("Set-Cookie", call.setCookie());
                    }
                    rc.response().end(Buffer.buffer(answer.envelope()));
                });
    }

    /** SOAP 1.1's text/xml, or SOAP 1.2's application/soap+xml. */
    private static boolean soap(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return type.equals("text/xml") || type.equals("application/soap+xml");
    }
}
