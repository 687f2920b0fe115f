package io.vcgate.soap;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import io.vcgate.core.BackendFailure;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.core.MoRef;
import io.vcgate.core.ServiceFacts;
import io.vcgate.vim25.CustomizationFailed;
import io.vcgate.vim25.DynamicProperty;
import io.vcgate.vim25.Event;
import io.vcgate.vim25.EventFilterSpec;
import io.vcgate.vim25.EventFilterSpecByEntity;
import io.vcgate.vim25.EventFilterSpecByTime;
import io.vcgate.vim25.EventFilterSpecRecursionOption;
import io.vcgate.vim25.GuestInfoCustomizationInfo;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.MissingProperty;
import io.vcgate.vim25.ObjectContent;
import io.vcgate.vim25.ObjectSpec;
import io.vcgate.vim25.PropertyFilterSpec;
import io.vcgate.vim25.PropertySpec;
import io.vcgate.vim25.RetrieveResult;
import io.vcgate.vim25.TaskInfo;
import io.vcgate.vim25.AboutInfo;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.TaskReasonUser;

/**
 * vim25 values to and from vcgate's: managed object references, property specs and event filters out;
 * TaskInfo as a TaskSnapshot, GuestInfoCustomizationInfo as a CustomizationInfo, a RetrievePropertiesEx
 * result as the one property asked for, customization failure events as a FailureEvent.
 */
final class VimValues {

    private VimValues() {
    }

    static ManagedObjectReference moref(String type, String value) {
        ManagedObjectReference ref = new ManagedObjectReference();
        ref.setType(type);
        ref.setValue(value);
        return ref;
    }

    /** A filter for one property of one object. */
    static PropertyFilterSpec propertySpec(ManagedObjectReference obj, String path) {
        PropertySpec property = new PropertySpec();
        property.setType(obj.getType());
        property.getPathSet().add(path);
        ObjectSpec object = new ObjectSpec();
        object.setObj(obj);
        object.setSkip(false);
        PropertyFilterSpec spec = new PropertyFilterSpec();
        spec.getPropSet().add(property);
        spec.getObjectSet().add(object);
        return spec;
    }

    /**
     * The property asked for: null when vCenter leaves it unset; the fault vCenter gave for it when it
     * could not read it (its missingSet); ManagedObjectNotFound when vCenter does not know the object.
     */
    static Object property(RetrieveResult result, ManagedObjectReference obj, String path) {
        if (result == null || result.getObjects().isEmpty()) {
            throw BackendFailure.vim("ManagedObjectNotFound", "The object '" + obj.getType() + ":" + obj.getValue()
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

    static ServiceFacts serviceFacts(ServiceContent content) {
        AboutInfo a = content.getAbout();
        ServiceFacts.About about = a == null ? null : new ServiceFacts.About(a.getName(), a.getFullName(), a.getVendor(), a.getVersion(),
                a.getPatchLevel(), a.getBuild(), a.getLocaleVersion(), a.getLocaleBuild(), a.getOsType(), a.getProductLineId(),
                a.getApiType(), a.getApiVersion(), a.getInstanceUuid(), a.getLicenseProductName(), a.getLicenseProductVersion());
        return new ServiceFacts(about, ref(content.getRootFolder()), ref(content.getPropertyCollector()), ref(content.getSessionManager()),
                ref(content.getGuestCustomizationManager()));
    }

    private static MoRef ref(ManagedObjectReference ref) {
        return ref == null ? null : new MoRef(ref.getType(), ref.getValue());
    }

    static TaskSnapshot task(TaskInfo info) {
        TaskSnapshot.State state = switch (info.getState()) {
            case QUEUED -> TaskSnapshot.State.QUEUED;
            case RUNNING -> TaskSnapshot.State.RUNNING;
            case SUCCESS -> TaskSnapshot.State.SUCCESS;
            case ERROR -> TaskSnapshot.State.ERROR;
        };
        Integer progress = info.getProgress();
        if (progress == null && (state == TaskSnapshot.State.SUCCESS || state == TaskSnapshot.State.ERROR)) {
            progress = 100;
        }
        return new TaskSnapshot(
                info.getKey() != null ? info.getKey() : info.getTask().getValue(),
                info.getEntity() == null ? null : info.getEntity().getValue(),
                state,
                progress,
                info.getError() == null ? null : TaskSnapshot.Fault.of(VimFaults.fromTaskError(info.getError())),
                time(info.getQueueTime()),
                time(info.getStartTime()),
                time(info.getCompleteTime()),
                new TaskSnapshot.Details(info.getDescriptionId(), info.getEntityName(), info.isCancelled(), info.isCancelable(),
                        info.getReason() instanceof TaskReasonUser user ? user.getUserName() : null, info.getEventChainId()));
    }

    /** TOOLSDEPLOYPKG_IDLE is "no customization", PENDING stays PENDING; unset or unknown is NOT_AVAILABLE. */
    static CustomizationInfo customization(String vm, GuestInfoCustomizationInfo info) {
        if (info == null) {
            return new CustomizationInfo(vm, CustomizationInfo.Status.NOT_AVAILABLE, null, null, null,
                    CustomizationInfo.Source.GUEST_CUSTOMIZATION_INFO);
        }
        String raw = info.getCustomizationStatus() == null ? "" : info.getCustomizationStatus();
        CustomizationInfo.Status status = switch (raw) {
            case "TOOLSDEPLOYPKG_PENDING" -> CustomizationInfo.Status.PENDING;
            case "TOOLSDEPLOYPKG_RUNNING" -> CustomizationInfo.Status.RUNNING;
            case "TOOLSDEPLOYPKG_SUCCEEDED" -> CustomizationInfo.Status.SUCCEEDED;
            case "TOOLSDEPLOYPKG_FAILED" -> CustomizationInfo.Status.FAILED;
            default -> CustomizationInfo.Status.NOT_AVAILABLE;
        };
        CustomizationInfo.Message error = info.getErrorMsg() == null ? null
                : new CustomizationInfo.Message(null, info.getErrorMsg(), null);
        return new CustomizationInfo(vm, status, error, time(info.getStartTime()), time(info.getEndTime()),
                CustomizationInfo.Source.GUEST_CUSTOMIZATION_INFO);
    }

    /** A QueryEvents filter: events of these types on the object itself, from {@code since} when given. */
    static EventFilterSpec failureEvents(ManagedObjectReference obj, List<String> types, OffsetDateTime since) {
        EventFilterSpecByEntity entity = new EventFilterSpecByEntity();
        entity.setEntity(obj);
        entity.setRecursion(EventFilterSpecRecursionOption.SELF);
        EventFilterSpec filter = new EventFilterSpec();
        filter.setEntity(entity);
        filter.getType().addAll(types);
        if (since != null) {
            EventFilterSpecByTime time = new EventFilterSpecByTime();
            time.setBeginTime(xml(since));
            filter.setTime(time);
        }
        return filter;
    }

    /** The most recent customization failure among the events (by creation time, then key); empty when none. */
    static Optional<CustomizationInfo.FailureEvent> latestFailure(List<Event> events) {
        return events.stream()
                .filter(CustomizationFailed.class::isInstance).map(CustomizationFailed.class::cast)
                .max(Comparator.comparing((CustomizationFailed e) -> e.getCreatedTime() == null ? OffsetDateTime.MIN : time(e.getCreatedTime()))
                        .thenComparingInt(Event::getKey))
                .map(e -> new CustomizationInfo.FailureEvent(e.getClass().getSimpleName(), blankToNull(e.getReason()),
                        blankToNull(e.getFullFormattedMessage()), time(e.getCreatedTime()), blankToNull(e.getLogLocation())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static XMLGregorianCalendar xml(OffsetDateTime time) {
        return Dates.FACTORY.newXMLGregorianCalendar(GregorianCalendar.from(time.toZonedDateTime()));
    }

    /** One DatatypeFactory (looking one up is a service-loader search), made on first use. */
    private static final class Dates {
        static final DatatypeFactory FACTORY = factory();

        private static DatatypeFactory factory() {
            try {
                return DatatypeFactory.newInstance();
            } catch (DatatypeConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static OffsetDateTime time(XMLGregorianCalendar calendar) {
        return calendar == null ? null : calendar.toGregorianCalendar().toZonedDateTime().toOffsetDateTime();
    }
}
