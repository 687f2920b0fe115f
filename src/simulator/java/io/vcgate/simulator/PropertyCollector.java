package io.vcgate.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import io.vcgate.vim25.CancelRetrievePropertiesExRequestType;
import io.vcgate.vim25.CancelWaitForUpdatesRequestType;
import io.vcgate.vim25.ContinueRetrievePropertiesExRequestType;
import io.vcgate.vim25.CreateFilterRequestType;
import io.vcgate.vim25.DestroyPropertyFilterRequestType;
import io.vcgate.vim25.DynamicProperty;
import io.vcgate.vim25.InvalidPropertyFaultMsg;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.ObjectContent;
import io.vcgate.vim25.ObjectSpec;
import io.vcgate.vim25.ObjectUpdate;
import io.vcgate.vim25.ObjectUpdateKind;
import io.vcgate.vim25.PropertyChange;
import io.vcgate.vim25.PropertyChangeOp;
import io.vcgate.vim25.PropertyFilterSpec;
import io.vcgate.vim25.PropertyFilterUpdate;
import io.vcgate.vim25.RetrievePropertiesExRequestType;
import io.vcgate.vim25.RetrieveResult;
import io.vcgate.vim25.RuntimeFaultFaultMsg;
import io.vcgate.vim25.UpdateSet;
import io.vcgate.vim25.WaitForUpdatesExRequestType;
import io.vcgate.vim25.WaitOptions;

/**
 * The simulated PropertyCollector (one per session, as on vCenter): property reads, and filters whose
 * changes WaitForUpdatesEx reports. A wait holds no thread: {@link PropertyCollectors} answers it when a
 * watched property changes, when it is cancelled, when its session ends, or at its maxWaitSeconds.
 */
final class PropertyCollector implements SoapDispatcher.ManagedObject {

    /** The longest a WaitForUpdatesEx waits here, whatever it asks. */
    static final int MAX_WAIT_SECONDS = 60;

    @Override
    public void register(SoapDispatcher dispatcher) {
        dispatcher.on("RetrievePropertiesEx", RetrievePropertiesExRequestType.class, this::retrievePropertiesEx);
        dispatcher.on("ContinueRetrievePropertiesEx", ContinueRetrievePropertiesExRequestType.class, this::continueRetrievePropertiesEx);
        dispatcher.on("CancelRetrievePropertiesEx", CancelRetrievePropertiesExRequestType.class, this::cancelRetrievePropertiesEx);
        dispatcher.on("CreateFilter", CreateFilterRequestType.class, this::createFilter);
        dispatcher.on("DestroyPropertyFilter", DestroyPropertyFilterRequestType.class, this::destroyPropertyFilter);
        dispatcher.on("CancelWaitForUpdates", CancelWaitForUpdatesRequestType.class, this::cancelWaitForUpdates);
        dispatcher.later("WaitForUpdatesEx", WaitForUpdatesExRequestType.class, this::waitForUpdatesEx);
    }

    private RetrieveResult retrievePropertiesEx(SoapCall call, RetrievePropertiesExRequestType request) throws Exception {
        List<PropertyFilterSpec> specSet = request.getSpecSet();
        call.requireUser("RetrievePropertiesEx", firstObject(specSet));
        RetrieveResult result = new RetrieveResult();
        for (PropertyFilterSpec spec : specSet) {
            for (ObjectSpec objectSpec : spec.getObjectSet()) {
                ManagedObjectReference obj = objectSpec.getObj();
                ObjectContent content = new ObjectContent();
                content.setObj(obj);
                for (String path : paths(spec, obj)) {
                    DynamicProperty property = new DynamicProperty();
                    property.setName(path);
                    property.setVal(ObjectProperties.read(call.state(), obj, path));
                    if (property.getVal() != null) {
                        content.getPropSet().add(property);
                    }
                }
                result.getObjects().add(content);
            }
        }
        return result;
    }

    private Object continueRetrievePropertiesEx(SoapCall call, ContinueRetrievePropertiesExRequestType request) throws RuntimeFaultFaultMsg {
        call.requireUser("ContinueRetrievePropertiesEx");
        // every result fits in one page, so no token is ever handed out
        throw SoapFaults.invalidArgument("token");
    }

    private Void cancelRetrievePropertiesEx(SoapCall call, CancelRetrievePropertiesExRequestType request) throws RuntimeFaultFaultMsg {
        call.requireUser("CancelRetrievePropertiesEx");
        return null;
    }

    /** A filter of the session's collector; an unknown object or property fails here, as on vCenter. */
    private ManagedObjectReference createFilter(SoapCall call, CreateFilterRequestType request) throws Exception {
        PropertyFilterSpec spec = request.getSpec();
        call.requireUser("CreateFilter", spec == null ? null : firstObject(List.of(spec)));
        if (spec == null) {
            throw SoapFaults.invalidArgument("spec");
        }
        List<PropertyCollectors.Watched> watched = new ArrayList<>();
        for (ObjectSpec objectSpec : spec.getObjectSet()) {
            ManagedObjectReference obj = objectSpec.getObj();
            List<String> paths = paths(spec, obj);
            for (String path : paths) {
                ObjectProperties.read(call.state(), obj, path);
            }
            watched.add(new PropertyCollectors.Watched(obj.getType(), obj.getValue(), paths));
        }
        return Vim.moref("PropertyFilter", call.state().collectors().createFilter(call.sessionId(), watched));
    }

    private Void destroyPropertyFilter(SoapCall call, DestroyPropertyFilterRequestType request) throws RuntimeFaultFaultMsg {
        ManagedObjectReference filter = request.getThis();
        call.requireUser("DestroyPropertyFilter", filter == null ? null : filter.getValue());
        if (filter == null || !call.state().collectors().destroyFilter(filter.getValue())) {
            throw SoapFaults.notFound(filter == null ? Vim.moref("PropertyFilter", "") : filter);
        }
        return null;
    }

    private Void cancelWaitForUpdates(SoapCall call, CancelWaitForUpdatesRequestType request) throws RuntimeFaultFaultMsg {
        call.requireUser("CancelWaitForUpdates");
        call.state().collectors().cancelWait(call.sessionId());
        return null;
    }

    /**
     * With no version (or an empty one) every filter's current values; with a version, what changed since,
     * and the values of filters created since. None (an empty answer) when nothing changed within
     * maxWaitSeconds; NotAuthenticated when the session ends meanwhile, RequestCanceled on CancelWaitForUpdates.
     */
    private CompletionStage<UpdateSet> waitForUpdatesEx(SoapCall call, WaitForUpdatesExRequestType request) throws RuntimeFaultFaultMsg {
        call.requireUser("WaitForUpdatesEx");
        WaitOptions options = request.getOptions();
        int maxWait = options == null || options.getMaxWaitSeconds() == null ? MAX_WAIT_SECONDS
                : Math.max(0, Math.min(MAX_WAIT_SECONDS, options.getMaxWaitSeconds()));
        String version = request.getVersion();
        SimulatorState state = call.state();
        return state.collectors()
                .waitForUpdates(call.sessionId(), version == null || version.isEmpty(), Duration.ofSeconds(maxWait),
                        (reports, clock) -> updateSet(state, reports, clock))
                .handle((updates, failure) -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    if (cause instanceof PropertyCollectors.WaitEnded ended) {
                        throw new CompletionException(ended.reason() == PropertyCollectors.End.CANCELLED
                                ? SoapFaults.requestCanceled() : SoapFaults.notAuthenticated());
                    }
                    if (cause != null) {
                        throw new CompletionException(cause);
                    }
                    return updates;
                });
    }

    /** One PropertyFilterUpdate per filter, an ObjectUpdate per object: ENTER, MODIFY, or LEAVE when it is gone. */
    private static UpdateSet updateSet(SimulatorState state, List<PropertyCollectors.Report> reports, long version) {
        UpdateSet set = new UpdateSet();
        Map<String, PropertyFilterUpdate> filters = new HashMap<>();
        for (PropertyCollectors.Report report : reports) {
            ManagedObjectReference obj = Vim.moref(report.object().type(), report.object().obj());
            ObjectUpdate update = new ObjectUpdate();
            update.setKind(report.entering() ? ObjectUpdateKind.ENTER : ObjectUpdateKind.MODIFY);
            update.setObj(obj);
            for (String path : report.object().paths()) {
                PropertyChange change = new PropertyChange();
                change.setName(path);
                change.setOp(PropertyChangeOp.ASSIGN);
                try {
                    change.setVal(ObjectProperties.read(state, obj, path));
                } catch (InvalidPropertyFaultMsg e) {
                    continue;
                } catch (RuntimeFaultFaultMsg gone) {
                    update.setKind(ObjectUpdateKind.LEAVE); // the object was deleted
                    break;
                }
                update.getChangeSet().add(change);
            }
            filters.computeIfAbsent(report.filter(), id -> {
                PropertyFilterUpdate filter = new PropertyFilterUpdate();
                filter.setFilter(Vim.moref("PropertyFilter", id));
                set.getFilterSet().add(filter);
                return filter;
            }).getObjectSet().add(update);
        }
        set.setVersion(Long.toString(version));
        return set;
    }

    /** The paths the spec asks of objects of the object's type. */
    private static List<String> paths(PropertyFilterSpec spec, ManagedObjectReference obj) {
        return spec.getPropSet().stream().filter(p -> p.getType().equals(obj.getType()))
                .flatMap(p -> p.getPathSet().stream()).toList();
    }

    private static String firstObject(List<PropertyFilterSpec> specSet) {
        return specSet == null ? null : specSet.stream().flatMap(spec -> spec.getObjectSet().stream())
                .map(ObjectSpec::getObj).filter(Objects::nonNull).map(ManagedObjectReference::getValue)
                .findFirst().orElse(null);
    }
}
