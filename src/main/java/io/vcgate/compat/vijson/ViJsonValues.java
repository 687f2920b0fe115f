package io.vcgate.compat.vijson;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vcgate.core.Caller;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.InvalidInput;
import io.vcgate.core.MoRef;
import io.vcgate.core.ServiceFacts;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.core.Texts;
import io.vcgate.core.VimFaultFields;

/**
 * vcgate's values in VI/JSON and back, as VMware's VI/JSON specification shapes them (specs/vi-json):
 * every data object carries its {@code _typeName}; a managed object reference is
 * {@code {"_typeName":"ManagedObjectReference","type":...,"value":...}}; times are ISO 8601 in UTC.
 *
 * <p>What a client sends is read tolerantly: unknown properties are ignored, and a polymorphic value
 * (the abort's {@code auth}) is taken in both forms clients use, the inline one
 * ({@code {"_typeName":"NamePasswordAuthentication","username":...}}) and the boxed one
 * ({@code {"_typeName":"NamePasswordAuthentication","_value":{...}}}). What it must hold is checked before
 * any call to vCenter: a missing or wrong property is an {@link InvalidInput} naming it (InvalidArgument on
 * the wire), never a value sent on.
 */
public final class ViJsonValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The VM ids the facade takes too: vm-100, a simulator's or a vCenter's managed object id. */
    private static final Pattern MOID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$");
    private static final int MAX_TEXT = 65536;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private ViJsonValues() {
    }

    // --- what clients send -----------------------------------------------------------------------------

    /** A managed object id in a path ({@code moId}) or a reference: what vcgate would send vCenter. */
    public static String moId(String field, String value) {
        if (value == null || !MOID.matcher(value).matches()) {
            throw new InvalidInput(field, "must be a managed object id such as vm-100 (letters, digits, '-' and '_', at most 80)");
        }
        return value;
    }

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
        return moId("vm.value", text(vm, "vm", "value", true));
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

    // --- what vcgate answers ------------------------------------------------------------------------------

    public static ObjectNode moref(MoRef ref) {
        return moref(ref.type(), ref.value());
    }

    public static ObjectNode moref(String type, String value) {
        ObjectNode node = JSON.objectNode();
        node.put("_typeName", "ManagedObjectReference");
        node.put("type", type);
        node.put("value", value);
        return node;
    }

    public static String time(OffsetDateTime time) {
        return time == null ? null : TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** ServiceContent: the managed objects vcgate serves (session manager, guest customization manager) and vCenter's about. */
    public static ObjectNode serviceContent(ServiceFacts facts) {
        ObjectNode node = JSON.objectNode();
        node.put("_typeName", "ServiceContent");
        putRef(node, "rootFolder", facts.rootFolder());
        putRef(node, "propertyCollector", facts.propertyCollector());
        if (facts.about() != null) {
            ServiceFacts.About a = facts.about();
            ObjectNode about = node.putObject("about");
            about.put("_typeName", "AboutInfo");
            about.put("name", a.name());
            about.put("fullName", a.fullName());
            about.put("vendor", a.vendor());
            about.put("version", a.version());
            putText(about, "patchLevel", a.patchLevel());
            about.put("build", a.build());
            putText(about, "localeVersion", a.localeVersion());
            putText(about, "localeBuild", a.localeBuild());
            about.put("osType", a.osType());
            about.put("productLineId", a.productLineId());
            about.put("apiType", a.apiType());
            about.put("apiVersion", a.apiVersion());
            putText(about, "instanceUuid", a.instanceUuid());
            putText(about, "licenseProductName", a.licenseProductName());
            putText(about, "licenseProductVersion", a.licenseProductVersion());
        }
        putRef(node, "sessionManager", facts.sessionManager());
        putRef(node, "guestCustomizationManager", facts.guestCustomizationManager());
        return node;
    }

    /** UserSession: vcgate's own session (its key a digest of vcgate's id, never vCenter's session). */
    public static ObjectNode userSession(String key, String userName, OffsetDateTime loginTime, String ipAddress, String userAgent,
            String locale) {
        ObjectNode node = JSON.objectNode();
        node.put("_typeName", "UserSession");
        node.put("key", key);
        node.put("userName", userName);
        node.put("fullName", userName);
        node.put("loginTime", time(loginTime));
        node.put("lastActiveTime", time(loginTime));
        node.put("locale", locale);
        node.put("messageLocale", locale);
        node.put("extensionSession", false);
        node.put("ipAddress", ipAddress == null ? "" : ipAddress);
        node.put("userAgent", userAgent == null ? "" : userAgent);
        node.put("callCount", 0);
        return node;
    }

    /** TaskInfo, as the VI/JSON specification defines it; {@code error} a MethodFault with its {@code _typeName}. */
    public static ObjectNode taskInfo(TaskSnapshot task) {
        TaskSnapshot.Details details = task.details();
        ObjectNode node = JSON.objectNode();
        node.put("_typeName", "TaskInfo");
        node.put("key", task.id());
        node.set("task", moref("Task", task.id()));
        node.put("descriptionId", details == null || details.descriptionId() == null
                ? "vm.GuestCustomizationManager.abortCustomization" : details.descriptionId());
        if (task.vm() != null) {
            node.set("entity", moref("VirtualMachine", task.vm()));
        }
        if (details != null && details.entityName() != null) {
            node.put("entityName", details.entityName());
        }
        node.put("state", task.state().name().toLowerCase(java.util.Locale.ROOT));
        node.put("cancelled", details != null && details.cancelled());
        node.put("cancelable", details != null && details.cancelable());
        if (task.error() != null) {
            node.set("error", fault(task.error()));
        }
        if (task.progress() != null) {
            node.put("progress", task.progress());
        }
        ObjectNode reason = node.putObject("reason");
        if (details != null && details.reasonUser() != null) {
            reason.put("_typeName", "TaskReasonUser");
            reason.put("userName", details.reasonUser());
        } else {
            reason.put("_typeName", "TaskReasonSystem");
        }
        putText(node, "queueTime", time(task.queuedAt()));
        putText(node, "startTime", time(task.startedAt()));
        putText(node, "completeTime", time(task.completedAt()));
        node.put("eventChainId", details == null ? 0 : details.eventChainId());
        return node;
    }

    /** A Task's fault as a MethodFault: its vim25 name, vCenter's message as its faultMessage, and its own fields. */
    private static ObjectNode fault(TaskSnapshot.Fault fault) {
        ObjectNode node = JSON.objectNode();
        node.put("_typeName", fault.fault() == null ? "SystemError" : fault.fault());
        if (fault.message() != null) {
            ObjectNode message = node.putArray("faultMessage").addObject();
            message.put("_typeName", "LocalizableMessage");
            message.put("key", "io.vcgate.task-error");
            message.put("message", fault.message());
        }
        VimFaultFields fields = fault.fields();
        if (fields.task() != null) {
            node.set("task", moref(fields.task()));
        }
        putText(node, "requestedState", fields.requestedState());
        putText(node, "existingState", fields.existingState());
        return node;
    }

    private static void putRef(ObjectNode node, String name, MoRef ref) {
        if (ref != null) {
            node.set(name, moref(ref));
        }
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
