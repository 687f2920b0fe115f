package io.vcgate.soap;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vcgate.core.Caller;
import io.vcgate.core.VsphereFault;
import io.vcgate.vim25.DynamicProperty;
import io.vcgate.vim25.MissingProperty;
import io.vcgate.vim25.ObjectContent;
import io.vcgate.vim25.ObjectSpec;
import io.vcgate.vim25.PropertyFilterSpec;
import io.vcgate.vim25.PropertySpec;
import io.vcgate.vim25.RetrieveOptions;
import io.vcgate.vim25.RetrieveResult;
import io.vcgate.vim25.ManagedObjectReference;

/**
 * Reads one property of one managed object with PropertyCollector.RetrievePropertiesEx. A property
 * vCenter leaves unset comes back as null; one it could not read (its missingSet) fails with the fault
 * vCenter gave for it; an object vCenter does not know fails ManagedObjectNotFound.
 */
final class PropertyReads {

    private PropertyReads() {
    }

    static Uni<Object> one(SoapBackend backend, Caller caller, ManagedObjectReference obj, String path) {
        PropertySpec property = new PropertySpec();
        property.setType(obj.getType());
        property.getPathSet().add(path);
        ObjectSpec object = new ObjectSpec();
        object.setObj(obj);
        object.setSkip(false);
        PropertyFilterSpec spec = new PropertyFilterSpec();
        spec.getPropSet().add(property);
        spec.getObjectSet().add(object);
        return backend.serviceContent().flatMap(content -> backend.withSession(caller,
                cookie -> backend.guard().read("RetrievePropertiesEx",
                        () -> backend.vim().call(cookie, "RetrievePropertiesEx", content.getPropertyCollector(),
                                List.of(spec), new RetrieveOptions())
                                .map(answer -> pick((RetrieveResult) answer.value(), obj, path)))));
    }

    private static Object pick(RetrieveResult result, ManagedObjectReference obj, String path) {
        if (result == null || result.getObjects().isEmpty()) {
            throw VsphereFault.vim("ManagedObjectNotFound", "The object '" + obj.getType() + ":" + obj.getValue()
                    + "' has already been deleted or has not been completely created");
        }
        ObjectContent content = result.getObjects().get(0);
        for (MissingProperty missing : content.getMissingSet()) {
            if (path.equals(missing.getPath()) && missing.getFault() != null) {
                throw VimFaults.fromTaskError(missing.getFault());
            }
        }
        for (DynamicProperty property : content.getPropSet()) {
            if (path.equals(property.getName())) {
                return property.getVal();
            }
        }
        return null;
    }

}
