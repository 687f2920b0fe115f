package io.vcgate.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.vcgate.vijson.model.AboutInfo;
import io.vcgate.vijson.model.InvalidState;
import io.vcgate.vijson.model.LocalizableMessage;
import io.vcgate.vijson.model.ManagedObjectReference;
import io.vcgate.vijson.model.MoTypesEnum;
import io.vcgate.vijson.model.ServiceContent;
import io.vcgate.vijson.model.TaskInfo;
import io.vcgate.vijson.model.TaskInfoStateEnum;
import io.vcgate.vijson.model.TaskReasonUser;
import io.vcgate.vijson.model.UserSession;

/**
 * The models generated from the VI/JSON contract (generated/vi-json, io.vcgate.vijson.model) serialize to
 * the JSON the contract describes: each object carries its `_typeName` once, set by Jackson from the class
 * (no caller sets it), nested and polymorphic values included (TaskInfo.error holds a subtype of
 * MethodFault). Each object is also checked against the contract's schema its `_typeName` names: it holds
 * every required property and no undeclared one. (swagger-request-validator cannot validate this contract:
 * its discriminator check recurses through `X allOf DataObject allOf Any` until the stack overflows.) The
 * mapper is configured as the gateway's (quarkus.jackson.serialization-inclusion=non_null, ISO dates).
 */
class ViJsonModelsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final JsonNode SCHEMAS = schemas();

    private static final OffsetDateTime QUEUED = OffsetDateTime.parse("2026-12-03T05:00:00Z");

    @Test
    void managedObjectReference() throws Exception {
        assertSerializes(moRef(MoTypesEnum.TASK, "task-7"),
                "{\"_typeName\":\"ManagedObjectReference\",\"type\":\"Task\",\"value\":\"task-7\"}");
    }

    @Test
    void userSession() throws Exception {
        UserSession session = new UserSession().key("52a1").userName("VSPHERE.LOCAL\\Administrator")
                .fullName("Administrator vsphere.local").loginTime(QUEUED).lastActiveTime(QUEUED).locale("en")
                .messageLocale("en").extensionSession(false).ipAddress("10.0.0.9").userAgent("vcgate").callCount(1L);
        assertSerializes(session, "{\"_typeName\":\"UserSession\",\"key\":\"52a1\","
                + "\"userName\":\"VSPHERE.LOCAL\\\\Administrator\",\"fullName\":\"Administrator vsphere.local\","
                + "\"loginTime\":\"2026-12-03T05:00:00Z\",\"lastActiveTime\":\"2026-12-03T05:00:00Z\",\"locale\":\"en\","
                + "\"messageLocale\":\"en\",\"extensionSession\":false,\"ipAddress\":\"10.0.0.9\",\"userAgent\":\"vcgate\","
                + "\"callCount\":1}");
    }

    @Test
    void taskInfoWithAnError() throws Exception {
        InvalidState fault = new InvalidState();
        fault.setFaultMessage(List.of(new LocalizableMessage().key("com.vmware.vim.vpxd.vm.notRunning")
                .message("The VM is not powered on.")));
        TaskInfo info = new TaskInfo().key("task-7").task(moRef(MoTypesEnum.TASK, "task-7"))
                .descriptionId("VirtualMachineGuestCustomizationManager.abortCustomization")
                .entity(moRef(MoTypesEnum.VIRTUAL_MACHINE, "vm-42")).entityName("web-01")
                .state(TaskInfoStateEnum.ERROR).cancelled(false).cancelable(false).error(fault)
                .reason(new TaskReasonUser().userName("VSPHERE.LOCAL\\Administrator")).queueTime(QUEUED)
                .eventChainId(1201);
        assertSerializes(info, "{\"_typeName\":\"TaskInfo\",\"key\":\"task-7\","
                + "\"task\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"Task\",\"value\":\"task-7\"},"
                + "\"descriptionId\":\"VirtualMachineGuestCustomizationManager.abortCustomization\","
                + "\"entity\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"VirtualMachine\",\"value\":\"vm-42\"},"
                + "\"entityName\":\"web-01\",\"locked\":[],\"state\":\"error\",\"cancelled\":false,\"cancelable\":false,"
                + "\"error\":{\"_typeName\":\"InvalidState\",\"faultMessage\":[{\"_typeName\":\"LocalizableMessage\","
                + "\"key\":\"com.vmware.vim.vpxd.vm.notRunning\",\"arg\":[],\"message\":\"The VM is not powered on.\"}]},"
                + "\"progressDetails\":[],"
                + "\"reason\":{\"_typeName\":\"TaskReasonUser\",\"userName\":\"VSPHERE.LOCAL\\\\Administrator\"},"
                + "\"queueTime\":\"2026-12-03T05:00:00Z\",\"eventChainId\":1201}");
    }

    @Test
    void serviceContent() throws Exception {
        AboutInfo about = new AboutInfo().name("VMware vCenter Server").fullName("VMware vCenter Server 9.0.0")
                .vendor("VMware, Inc.").version("9.0.0.0").build("24798170").osType("linux-x64")
                .productLineId("vpx").apiType("VirtualCenter").apiVersion("9.0.0.0");
        ServiceContent content = new ServiceContent()
                .rootFolder(moRef(MoTypesEnum.FOLDER, "group-d1"))
                .propertyCollector(moRef(MoTypesEnum.PROPERTY_COLLECTOR, "propertyCollector"))
                .about(about)
                .sessionManager(moRef(MoTypesEnum.SESSION_MANAGER, "SessionManager"))
                .guestCustomizationManager(moRef(MoTypesEnum.VIRTUAL_MACHINE_GUEST_CUSTOMIZATION_MANAGER,
                        "GuestCustomizationManager"));
        assertSerializes(content, "{\"_typeName\":\"ServiceContent\","
                + "\"rootFolder\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"Folder\",\"value\":\"group-d1\"},"
                + "\"propertyCollector\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"PropertyCollector\","
                + "\"value\":\"propertyCollector\"},"
                + "\"about\":{\"_typeName\":\"AboutInfo\",\"name\":\"VMware vCenter Server\","
                + "\"fullName\":\"VMware vCenter Server 9.0.0\",\"vendor\":\"VMware, Inc.\",\"version\":\"9.0.0.0\","
                + "\"build\":\"24798170\",\"osType\":\"linux-x64\",\"productLineId\":\"vpx\","
                + "\"apiType\":\"VirtualCenter\",\"apiVersion\":\"9.0.0.0\"},"
                + "\"sessionManager\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"SessionManager\","
                + "\"value\":\"SessionManager\"},"
                + "\"guestCustomizationManager\":{\"_typeName\":\"ManagedObjectReference\","
                + "\"type\":\"VirtualMachineGuestCustomizationManager\",\"value\":\"GuestCustomizationManager\"}}");
    }

    private static ManagedObjectReference moRef(MoTypesEnum type, String value) {
        return new ManagedObjectReference().type(type).value(value);
    }

    /**
     * Serializes, checks the JSON equals the expected one (parsed strictly: a repeated key fails), has one
     * `_typeName` per object, and that each object fits the contract's schema of that name.
     */
    private static void assertSerializes(Object model, String expected) throws Exception {
        String json = JSON.writeValueAsString(model);
        JsonNode actual = JSON.readTree(json);
        assertEquals(JSON.readTree(expected), actual, json);
        assertEquals(objects(actual), json.split("\"_typeName\"", -1).length - 1, "one _typeName per object: " + json);
        assertFitsContract(actual);
    }

    private static void assertFitsContract(JsonNode node) {
        if (node.isObject()) {
            String type = node.path("_typeName").asText();
            assertTrue(SCHEMAS.has(type), type + " is a schema of the contract");
            Set<String> declared = new HashSet<>();
            Set<String> required = new HashSet<>();
            collect(SCHEMAS.get(type), declared, required);
            node.fieldNames().forEachRemaining(name -> assertTrue(declared.contains(name), type + " declares " + name));
            required.forEach(name -> assertTrue(node.has(name), type + " has its required " + name));
        }
        node.forEach(ViJsonModelsTest::assertFitsContract);
    }

    /** The properties a schema declares and requires, its allOf ancestors' included. */
    private static void collect(JsonNode schema, Set<String> declared, Set<String> required) {
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (JsonNode parent : schema.path("allOf")) {
            collect(SCHEMAS.get(parent.get("$ref").asText().replace("#/components/schemas/", "")), declared, required);
        }
    }

    private static JsonNode schemas() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("specs/vi-json/vi-json.openapi.yaml").toFile())
                    .path("components").path("schemas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int objects(JsonNode node) {
        int count = node.isObject() ? 1 : 0;
        for (JsonNode child : node) {
            count += objects(child);
        }
        return count;
    }
}
