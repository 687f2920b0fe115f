package io.vcgate.bench.bare;

import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import jakarta.annotation.PostConstruct;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.ClientCallback;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.message.Message;
import org.apache.cxf.service.model.BindingOperationInfo;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.NamePasswordAuthentication;
import io.vcgate.vim25.ObjectSpec;
import io.vcgate.vim25.PropertyFilterSpec;
import io.vcgate.vim25.PropertySpec;
import io.vcgate.vim25.RetrieveOptions;
import io.vcgate.vim25.RetrieveResult;
import io.vcgate.vim25.TaskInfo;
import io.vcgate.vim25.VimPortType;

/**
 * The SOAP abort with nothing of vcgate's: a Quarkus REST resource that sends AbortCustomization_Task
 * and then reads the Task's info (RetrievePropertiesEx), the two SOAP calls vcgate's abort makes, through
 * the quarkus-cxf client and the same generated vim25 bindings, asynchronously (CXF's
 * {@link ClientCallback}, as vcgate), JSON in and out. One fixed session cookie on the client, no login,
 * no per-call context: what the stack costs on its own (src/bench/run.sh, "bare Quarkus + CXF relay").
 */
@Startup // the CXF client is made at start-up, not on the event loop by the first request
@Path("/v1/vms/{vm}/guest/customization/abort")
public class BareAbort {

    public record Credentials(String type, String username, String password) {
    }

    public record Abort(Credentials credentials) {
    }

    @CXFClient("vim")
    VimPortType port;

    private Client client;
    private BindingOperationInfo abort;
    private BindingOperationInfo retrieve;

    @PostConstruct
    void init() {
        client = ClientProxy.getClient(port);
        client.getRequestContext().put(Message.PROTOCOL_HEADERS,
                Map.of("Cookie", List.of("vmware_soap_session=\"52a8b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c\"")));
        client.getRequestContext().put("set-jaxb-validation-event-handler", Boolean.FALSE); // as vcgate: extra elements tolerated
        abort = operation("AbortCustomization_Task");
        retrieve = operation("RetrievePropertiesEx");
    }

    private BindingOperationInfo operation(String name) {
        BindingOperationInfo info = client.getEndpoint().getBinding().getBindingInfo().getOperation(new QName("urn:vim25", name));
        return info.getUnwrappedOperation(); // called with the operation's parameters, not its wrapper element
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Object>> abort(@PathParam("vm") String vm, Abort body) {
        NamePasswordAuthentication auth = new NamePasswordAuthentication();
        auth.setInteractiveSession(false);
        auth.setUsername(body.credentials().username());
        auth.setPassword(body.credentials().password());
        return this.<ManagedObjectReference> call(abort, moref("VirtualMachineGuestCustomizationManager", "guestCustomizationManager"),
                moref("VirtualMachine", vm), auth)
                .flatMap(task -> this.<RetrieveResult> call(retrieve, moref("PropertyCollector", "propertyCollector"),
                        List.of(infoOf(task)), new RetrieveOptions()))
                .map(result -> {
                    TaskInfo info = (TaskInfo) result.getObjects().get(0).getPropSet().get(0).getVal();
                    return Map.of("task", info.getKey(), "state", info.getState().value());
                });
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> call(BindingOperationInfo operation, Object... args) {
        return Uni.createFrom().emitter(emitter -> {
            try {
                client.invoke(new ClientCallback() {
                    @Override
                    public void handleResponse(Map<String, Object> context, Object[] result) {
                        emitter.complete((T) result[0]);
                    }

                    @Override
                    public void handleException(Map<String, Object> context, Throwable failure) {
                        emitter.fail(failure);
                    }
                }, operation, args);
            } catch (Exception e) {
                emitter.fail(e);
            }
        });
    }

    private static PropertyFilterSpec infoOf(ManagedObjectReference task) {
        PropertySpec property = new PropertySpec();
        property.setType("Task");
        property.getPathSet().add("info");
        ObjectSpec object = new ObjectSpec();
        object.setObj(task);
        PropertyFilterSpec spec = new PropertyFilterSpec();
        spec.getPropSet().add(property);
        spec.getObjectSet().add(object);
        return spec;
    }

    private static ManagedObjectReference moref(String type, String value) {
        ManagedObjectReference ref = new ManagedObjectReference();
        ref.setType(type);
        ref.setValue(value);
        return ref;
    }
}
