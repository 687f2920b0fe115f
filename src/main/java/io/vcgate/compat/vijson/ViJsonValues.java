package io.vcgate.compat.vijson;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vcgate.core.Caller;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.InvalidInput;
import io.vcgate.core.ManagedObjectIds;
import io.vcgate.core.MoRef;
import io.vcgate.core.ServiceFacts;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.core.Texts;
import io.vcgate.core.VimFaultFields;
import io.vcgate.vijson.model.AboutInfo;
import io.vcgate.vijson.model.CustomizationFault;
import io.vcgate.vijson.model.GuestOperationsFault;
import io.vcgate.vijson.model.GuestPermissionDenied;
import io.vcgate.vijson.model.InvalidGuestLogin;
import io.vcgate.vijson.model.InvalidLogin;
import io.vcgate.vijson.model.InvalidPowerState;
import io.vcgate.vijson.model.InvalidState;
import io.vcgate.vijson.model.LocalizableMessage;
import io.vcgate.vijson.model.ManagedObjectNotFound;
import io.vcgate.vijson.model.ManagedObjectReference;
import io.vcgate.vijson.model.MethodFault;
import io.vcgate.vijson.model.MoTypesEnum;
import io.vcgate.vijson.model.NoPermission;
import io.vcgate.vijson.model.NotAuthenticated;
import io.vcgate.vijson.model.RuntimeFault;
import io.vcgate.vijson.model.SecurityError;
import io.vcgate.vijson.model.ServiceContent;
import io.vcgate.vijson.model.TaskInProgress;
import io.vcgate.vijson.model.TaskInfo;
import io.vcgate.vijson.model.TaskInfoStateEnum;
import io.vcgate.vijson.model.TaskReasonSystem;
import io.vcgate.vijson.model.TaskReasonUser;
import io.vcgate.vijson.model.UserSession;
import io.vcgate.vijson.model.VirtualMachinePowerStateEnum;

/**
 * vcgate's values in VI/JSON and back, as VMware's VI/JSON specification shapes them (specs/vi-json):
 * answers are the contract's generated models, each writing its {@code _typeName} (a managed object
 * reference is {@code {"_typeName":"ManagedObjectReference","type":...,"value":...}}).
 *
 * <p>What a client sends is read tolerantly: unknown properties are ignored, and a polymorphic value
 * (the abort's {@code auth}) is taken in both forms clients use, the inline one
 * ({@code {"_typeName":"NamePasswordAuthentication","username":...}}) and the boxed one
 * ({@code {"_typeName":"NamePasswordAuthentication","_value":{...}}}). What it must hold is checked before
 * any call to vCenter: a missing or wrong property is an {@link InvalidInput} naming it (InvalidArgument on
 * the wire), never a value sent on.
 */
public final class ViJsonValues {

    private static final int MAX_TEXT = 65536;

    private ViJsonValues() {
    }

    // --- what clients send -----------------------------------------------------------------------------

    /** The credentials of a Login body ({@code LoginRequestType}: userName, password, locale). */
    public static Caller login(JsonNode body) {
        ObjectNode request = object("body", body);
        String user = text(request, "userName", true);
        String password = text(request, "password", true);
        Texts.check("userName", Texts.notAName(user));
        Texts.check("password", Texts.notXml(password));
        if (user.isBlank()) {
            throw new InvalidInput("userName", "must not be blank");
        }
        return new Caller(user, password);
    }

    /** The VM of an abort's body ({@code AbortCustomizationRequestType.vm}): a VirtualMachine reference. */
    public static String abortVm(JsonNode body) {
        ObjectNode vm = unboxed("vm", object("body", body).get("vm"), "ManagedObjectReference");
        String type = text(vm, "vm", "type", true);
        if (!type.equals("VirtualMachine")) {
            throw new InvalidInput("vm.type", "must be VirtualMachine");
        }
        return ManagedObjectIds.check("vm.value", text(vm, "vm", "value", true));
    }

    /** The guest credentials of an abort's body ({@code AbortCustomizationRequestType.auth}), of the four GuestAuthentication kinds. */
    public static GuestAuth abortAuth(JsonNode body) {
        JsonNode raw = object("body", body).get("auth");
        if (raw == null || raw.isNull()) {
            throw new InvalidInput("auth", "is required");
        }
        ObjectNode auth = object("auth", raw);
        JsonNode typeName = auth.get("_typeName");
        if (typeName == null || !typeName.isTextual()) {
            throw new InvalidInput("auth._typeName", "must name the GuestAuthentication kind: NamePasswordAuthentication, "
                    + "SAMLTokenAuthentication, SSPIAuthentication or TicketedSessionAuthentication");
        }
        String kind = typeName.asText();
        ObjectNode value = unboxed("auth", auth, kind);
        boolean interactive = bool(value, "auth.interactiveSession");
        return switch (kind) {
            case "NamePasswordAuthentication" -> {
                String username = text(value, "auth", "username", true);
                String password = text(value, "auth", "password", true);
                Texts.check("auth.username", Texts.notAName(username));
                Texts.check("auth.password", Texts.notXml(password));
                yield new GuestAuth.Password(username, password, interactive);
            }
            case "SAMLTokenAuthentication" -> {
                String token = text(value, "auth", "token", true);
                String username = text(value, "auth", "username", false);
                Texts.check("auth.token", Texts.notXml(token));
                if (username != null) {
                    Texts.check("auth.username", Texts.notAName(username));
                }
                yield new GuestAuth.Saml(token, username, interactive);
            }
            case "SSPIAuthentication" -> {
                String token = text(value, "auth", "sspiToken", true);
                Texts.check("auth.sspiToken", Texts.notXml(token));
                yield new GuestAuth.Sspi(token, interactive);
            }
            case "TicketedSessionAuthentication" -> {
                String ticket = text(value, "auth", "ticket", true);
                Texts.check("auth.ticket", Texts.notXml(ticket));
                yield new GuestAuth.Ticket(ticket, interactive);
            }
            default -> throw new InvalidInput("auth._typeName", "must be NamePasswordAuthentication, SAMLTokenAuthentication, "
                    + "SSPIAuthentication or TicketedSessionAuthentication");
        };
    }

    /** The value itself: the object, or its {@code _value} when it is boxed; its {@code _typeName}, where given, must be {@code expected}. */
    private static ObjectNode unboxed(String field, JsonNode raw, String expected) {
        if (raw == null || raw.isNull()) {
            throw new InvalidInput(field, "is required");
        }
        ObjectNode node = object(field, raw);
        JsonNode typeName = node.get("_typeName");
        if (typeName != null && !(typeName.isTextual() && typeName.asText().equals(expected))) {
            throw new InvalidInput(field + "._typeName", "must be " + expected);
        }
        JsonNode boxed = node.get("_value");
        return boxed == null ? node : object(field + "._value", boxed);
    }

    private static ObjectNode object(String field, JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new InvalidInput(field, "is required");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidInput(field, "must be a JSON object");
        }
        return object;
    }

    private static String text(ObjectNode node, String name, boolean required) {
        return text(node, null, name, required);
    }

    private static String text(ObjectNode node, String parent, String name, boolean required) {
        String field = parent == null ? name : parent + "." + name;
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidInput(field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInput(field, "must be a string");
        }
        String text = value.asText();
        if (required && text.isEmpty()) {
            throw new InvalidInput(field, "must not be empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInput(field, "is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    /** A boolean property; absent is false (vCenter's default for interactiveSession). */
    private static boolean bool(ObjectNode node, String field) {
        JsonNode value = node.get(field.substring(field.lastIndexOf('.') + 1));
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidInput(field, "must be true or false");
        }
        return value.booleanValue();
    }

    // --- what vcgate answers: the contract's generated models (io.vcgate.vijson.model), each writing its own _typeName

    public static ManagedObjectReference moref(MoRef ref) {
        return moref(ref.type(), ref.value());
    }

    /** The reference; null when vCenter named a type the contract's MoTypes_enum does not list (the field is then left out). */
    public static ManagedObjectReference moref(String type, String value) {
        MoTypesEnum known;
        try {
            known = MoTypesEnum.fromValue(type);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
        ManagedObjectReference ref = new ManagedObjectReference();
        ref.setType(known);
        ref.setValue(value);
        return ref;
    }

    /** A power state as the contract's enum; null (left out) for one it does not list. */
    private static VirtualMachinePowerStateEnum powerState(String state) {
        try {
            return state == null ? null : VirtualMachinePowerStateEnum.fromValue(state);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** ServiceContent: the managed objects vcgate serves (session manager, guest customization manager) and vCenter's about. */
    public static ServiceContent serviceContent(ServiceFacts facts) {
        ServiceContent content = new ServiceContent();
        content.setRootFolder(ref(facts.rootFolder()));
        content.setPropertyCollector(ref(facts.propertyCollector()));
        ServiceFacts.About a = facts.about();
        if (a != null) {
            content.setAbout(new AboutInfo().name(a.name()).fullName(a.fullName()).vendor(a.vendor()).version(a.version())
                    .patchLevel(a.patchLevel()).build(a.build()).localeVersion(a.localeVersion()).localeBuild(a.localeBuild())
                    .osType(a.osType()).productLineId(a.productLineId()).apiType(a.apiType()).apiVersion(a.apiVersion())
                    .instanceUuid(a.instanceUuid()).licenseProductName(a.licenseProductName())
                    .licenseProductVersion(a.licenseProductVersion()));
        }
        content.setSessionManager(ref(facts.sessionManager()));
        content.setGuestCustomizationManager(ref(facts.guestCustomizationManager()));
        return content;
    }

    /** UserSession: vcgate's own session (its key a digest of vcgate's id, never vCenter's session). */
    public static UserSession userSession(String key, String userName, OffsetDateTime loginTime, String ipAddress, String userAgent,
            String locale) {
        return new UserSession().key(key).userName(userName).fullName(userName).loginTime(loginTime).lastActiveTime(loginTime)
                .locale(locale).messageLocale(locale).extensionSession(false).ipAddress(ipAddress == null ? "" : ipAddress)
                .userAgent(userAgent == null ? "" : userAgent).callCount(0L);
    }

    /** TaskInfo, as the VI/JSON specification defines it; {@code error} a MethodFault of the fault's own type. */
    public static TaskInfo taskInfo(TaskSnapshot task) {
        TaskSnapshot.Details details = task.details();
        TaskInfo info = new TaskInfo().key(task.id()).task(moref("Task", task.id()))
                .descriptionId(details == null || details.descriptionId() == null
                        ? "vm.GuestCustomizationManager.abortCustomization" : details.descriptionId())
                .state(switch (task.state()) {
                    case QUEUED -> TaskInfoStateEnum.QUEUED;
                    case RUNNING -> TaskInfoStateEnum.RUNNING;
                    case SUCCESS -> TaskInfoStateEnum.SUCCESS;
                    case ERROR -> TaskInfoStateEnum.ERROR;
                })
                .cancelled(details != null && details.cancelled())
                .cancelable(details != null && details.cancelable())
                .progress(task.progress())
                .reason(details != null && details.reasonUser() != null ? new TaskReasonUser().userName(details.reasonUser())
                        : new TaskReasonSystem())
                .queueTime(task.queuedAt()).startTime(task.startedAt()).completeTime(task.completedAt())
                .eventChainId(details == null ? 0 : details.eventChainId());
        if (task.vm() != null) {
            info.setEntity(moref("VirtualMachine", task.vm()));
        }
        if (details != null) {
            info.setEntityName(details.entityName());
        }
        if (task.error() != null) {
            info.setError(fault(task.error()));
        }
        return info;
    }

    /**
     * A Task's fault as a MethodFault of its own type, with vCenter's message as its faultMessage and its own
     * fields. A type the contract does not define is a RuntimeFault, as vcgate names such a fault everywhere.
     */
    private static MethodFault fault(TaskSnapshot.Fault fault) {
        VimFaultFields fields = fault.fields();
        MethodFault typed = switch (fault.fault() == null ? "" : fault.fault()) {
            case "TaskInProgress" -> new TaskInProgress().task(fields.task() == null ? null : moref(fields.task()));
            case "InvalidPowerState" -> new InvalidPowerState()
                    .requestedState(powerState(fields.requestedState())).existingState(powerState(fields.existingState()));
            case "InvalidState" -> new InvalidState();
            case "InvalidGuestLogin" -> new InvalidGuestLogin();
            case "GuestPermissionDenied" -> new GuestPermissionDenied();
            case "GuestOperationsFault" -> new GuestOperationsFault();
            case "CustomizationFault" -> new CustomizationFault();
            case "InvalidLogin" -> new InvalidLogin();
            case "NotAuthenticated" -> new NotAuthenticated();
            case "NoPermission" -> new NoPermission().privilegeId(fields.privilegeId());
            case "ManagedObjectNotFound" -> new ManagedObjectNotFound().obj(fields.object() == null ? null : moref(fields.object()));
            case "SecurityError" -> new SecurityError();
            default -> new RuntimeFault();
        };
        if (fault.message() != null) {
            typed.setFaultMessage(List.of(new LocalizableMessage().key("io.vcgate.task-error").message(fault.message())));
        }
        return typed;
    }

    private static ManagedObjectReference ref(MoRef ref) {
        return ref == null ? null : moref(ref);
    }
}
