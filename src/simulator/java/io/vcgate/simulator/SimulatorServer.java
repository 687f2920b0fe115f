package io.vcgate.simulator;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vcgate.simulator.SimulatedVcenters.SimulatedVcenter;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The vCenter simulator's own HTTP server, on the application's Vert.x and on {@code vcgate.simulator.port}
 * (never the gateway's port, whose paths are the gateway's): started with the application, closed with it.
 * One listener per event loop shares the port, as the gateway's own server does, so the simulator's
 * connections are spread over every event loop rather than all on one.
 * The default simulated vCenter is at its root ({@code /api}, {@code /sdk}, {@code /simulator}), a named one
 * under {@code /vc/{name}/} ({@code /vc/lab/api}, ...). {@link #resolve} is the one place that decides which
 * simulated vCenter a request is for; every endpoint asks {@link #vcenter(RoutingContext)}.
 */
@ApplicationScoped
public class SimulatorServer {

    private static final Logger LOG = Logger.getLogger(SimulatorServer.class);

    private static final String VCENTER = SimulatedVcenter.class.getName();
    private static final Pattern NAMED = Pattern.compile("/vc/([A-Za-z0-9][A-Za-z0-9_-]{0,79})(/.+)");
    /** Requests the simulator serves are small (a SOAP call is a few KiB). */
    private static final long MAX_BODY = 1024 * 1024;
    /** Threads for SOAP calls (reading and writing XML): waits for updates hold none. */
    private static final int SOAP_THREADS = 16;
    /** As many listeners as Vert.x has event loops by default. */
    private static final int LISTENERS = 2 * Runtime.getRuntime().availableProcessors();

    /** One listener on the simulator's port, on the event loop of its deployment. */
    private static final class Listener extends AbstractVerticle {
        private final Router router;
        private final int port;
        private volatile int actualPort;

        Listener(Router router, int port) {
            this.router = router;
            this.port = port;
        }

        @Override
        public void start(Promise<Void> started) {
            vertx.createHttpServer().requestHandler(router).listen(port).onSuccess(server -> actualPort = server.actualPort())
                    .<Void> mapEmpty().onComplete(started);
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    SimulatedVcenters vcenters;

    @Inject
    SimulatorConfig config;

    private WorkerExecutor soapThreads;
    private String listeners;

    void start(@Observes StartupEvent event) {
        soapThreads = vertx.createSharedWorkerExecutor("vcgate-simulator-soap", SOAP_THREADS);
        // the vim25 JAXB context, in the background: the first SOAP call would wait a second or more for it
        soapThreads.executeBlocking(() -> {
            SoapMessages.prepare();
            return null;
        }, false);
        FaultInjection rest = new FaultInjection(VcenterApi.REST);
        FaultInjection soap = new FaultInjection(VcenterApi.SOAP);
        RestSessions sessions = new RestSessions();
        CustomizationLive live = new CustomizationLive();
        SoapEndpoint sdk = new SoapEndpoint(soapThreads);

        Router router = Router.router(vertx);
        router.route().handler(this::resolve);
        router.route().handler(BodyHandler.create(false).setBodyLimit(MAX_BODY));
        router.post("/api/session").handler(rest).handler(sessions::create);
        router.delete("/api/session").handler(rest).handler(sessions::delete);
        router.get("/api/vcenter/vm/:vm/guest/customization-live").handler(rest).handler(live::get);
        router.post("/sdk").handler(soap).handler(sdk);
        new SimulatorAdmin().routes(router);

        List<Listener> started = new CopyOnWriteArrayList<>();
        try {
            listeners = vertx.deployVerticle(() -> {
                Listener listener = new Listener(router, config.port());
                started.add(listener);
                return listener;
            }, new DeploymentOptions().setInstances(LISTENERS)).toCompletionStage().toCompletableFuture().join();
        } catch (CompletionException e) {
            soapThreads.close();
            throw new IllegalStateException("the vCenter simulator cannot listen on port " + config.port()
                    + " (vcgate.simulator.port): " + e.getCause().getMessage(), e.getCause());
        }
        LOG.infof("vCenter simulator on http://localhost:%d: the default vCenter at /api, /sdk and /simulator, named ones under /vc/<name>/",
                started.get(0).actualPort);
    }

    void stop(@Observes ShutdownEvent event) {
        if (listeners != null) {
            vertx.undeploy(listeners).toCompletionStage().toCompletableFuture().join();
            soapThreads.close();
        }
        vcenters.close();
    }

    /** The simulated vCenter the request is for (set by {@link #resolve}). */
    static SimulatedVcenter vcenter(RoutingContext rc) {
        return rc.get(VCENTER);
    }

    /** {@code /vc/{name}/api/...} goes on as {@code /api/...} for vCenter {@code name}; anything else is for the default one. */
    private void resolve(RoutingContext rc) {
        if (rc.get(VCENTER) != null) {
            rc.next(); // rerouted below
            return;
        }
        Matcher named = NAMED.matcher(rc.normalizedPath());
        if (named.matches()) {
            rc.put(VCENTER, vcenters.get(named.group(1)));
            String query = rc.request().query();
            rc.reroute(query == null ? named.group(2) : named.group(2) + "?" + query);
        } else {
            rc.put(VCENTER, vcenters.get(SimulatedVcenters.DEFAULT));
            rc.next();
        }
    }
}
