package io.vcgate.compat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DoorsSmokeTest {

    @Test
    void viJson() {
        given().get("/sdk/vim25/9.0.0.0/ServiceInstance/ServiceInstance/content").then().log().ifValidationFails().statusCode(200)
                .body("_typeName", equalTo("ServiceContent"));
        String id = given().contentType("application/json").body("{\"userName\":\"administrator@vsphere.local\",\"password\":\"VMware1!\"}")
                .post("/sdk/vim25/9.0.0.0/SessionManager/SessionManager/Login").then().log().ifValidationFails().statusCode(200)
                .body("_typeName", equalTo("UserSession")).extract().header("vmware-api-session-id");
        String task = given().header("vmware-api-session-id", id).contentType("application/json")
                .body("{\"vm\":{\"_typeName\":\"ManagedObjectReference\",\"type\":\"VirtualMachine\",\"value\":\"vm-100\"},"
                        + "\"auth\":{\"_typeName\":\"NamePasswordAuthentication\",\"interactiveSession\":false,\"username\":\"root\",\"password\":\"guest-pass\"}}")
                .post("/sdk/vim25/9.0.0.0/VirtualMachineGuestCustomizationManager/guestCustomizationManager/AbortCustomization_Task")
                .then().log().all().extract().path("value");
        given().header("vmware-api-session-id", id).get("/sdk/vim25/9.0.0.0/Task/" + task + "/info").then().log().all().statusCode(200);
        given().header("vmware-api-session-id", "nonsense").get("/sdk/vim25/9.0.0.0/Task/task-1/info").then().log().all().statusCode(500)
                .body("_typeName", equalTo("NotAuthenticated"));
        given().header("vmware-api-session-id", id).post("/sdk/vim25/9.0.0.0/SessionManager/SessionManager/Logout").then().statusCode(204);
        given().header("vmware-api-session-id", id).get("/sdk/vim25/9.0.0.0/Task/task-1/info").then().log().all().statusCode(500);
        given().contentType("application/json").body("{nope").post("/sdk/vim25/9.0.0.0/SessionManager/SessionManager/Login").then().log().all().statusCode(400);
    }

    @Test
    void api() {
        String quoted = given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!").post("/vcenters/legacy/api/session")
                .then().log().all().statusCode(201).extract().asString();
        String id = quoted.substring(1, quoted.length() - 1);
        given().header("vmware-api-session-id", id).get("/vcenters/legacy/api/vcenter/vm/vm-104/guest/customization-live").then().log().all()
                .statusCode(200).body("status", equalTo("FAILED"));
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-104/guest/customization-live").then().log().all()
                .statusCode(401).body("error_type", equalTo("UNAUTHENTICATED"));
        given().header("vmware-api-session-id", id).get("/vcenters/legacy/api/vcenter/vm/vm-999/guest/customization-live").then().log().all()
                .statusCode(404).body("error_type", equalTo("NOT_FOUND")).body("messages[0].id", startsWith("io.vcgate"));
    }

    @Test
    void apiOnTheDefaultVcenter() {
        String quoted = given().auth().preemptive().basic("administrator@vsphere.local", "VMware1!").post("/api/session")
                .then().log().ifValidationFails().statusCode(201).extract().asString();
        String id = quoted.substring(1, quoted.length() - 1);
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-104/guest/customization-live").then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("FAILED"));
        given().header("vmware-api-session-id", id).delete("/api/session").then().log().ifValidationFails().statusCode(204);
        given().header("vmware-api-session-id", id).get("/api/vcenter/vm/vm-104/guest/customization-live").then().log().ifValidationFails()
                .statusCode(401).body("error_type", equalTo("UNAUTHENTICATED"));
    }
}
