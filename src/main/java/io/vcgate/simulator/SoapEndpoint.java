package io.vcgate.simulator;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The simulated vim25 endpoint at {@code /sdk}: each SOAP request goes to {@link SoapSimulator}, the
 * simulator's implementation of the generated {@code VimPortType}, through {@link SoapMessages}.
 * Runs on a worker thread: the port's methods are synchronous.
 */
@Path("/sdk")
@Simulated
@IfBuildProperty(name = "vcgate.simulator.enabled", stringValue = "true")
public class SoapEndpoint {

    private static volatile SoapMessages messages;

    @Inject
    SoapSimulator port;

    @Inject
    SoapExchange exchange;

    @POST
    @Consumes({ "text/xml", "application/soap+xml" })
    public Response call(byte[] body, @HeaderParam("Cookie") String cookie) {
        exchange.receive(cookie);
        SoapMessages.Answer answer = messages().dispatch(body, port);
        Response.ResponseBuilder response = Response.status(answer.status()).type("text/xml; charset=utf-8").entity(answer.envelope());
        if (exchange.setCookie() != null) {
            response.header("Set-Cookie", exchange.setCookie());
        }
        return response.build();
    }

    private static SoapMessages messages() {
        SoapMessages current = messages;
        if (current == null) {
            synchronized (SoapEndpoint.class) {
                if (messages == null) {
                    messages = new SoapMessages();
                }
                current = messages;
            }
        }
        return current;
    }
}
