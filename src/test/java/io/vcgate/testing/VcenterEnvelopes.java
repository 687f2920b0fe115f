package io.vcgate.testing;

/** SOAP answers shaped as a real vCenter's, for WireMock: prefixes, extra elements, types vcgate does not declare. */
public final class VcenterEnvelopes {

    private VcenterEnvelopes() {
    }

    public static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<soapenv:Envelope xmlns:soapenc=\"http://schemas.xmlsoap.org/soap/encoding/\" "
                + "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    /** An 8.0.3 vCenter's ServiceContent (unified sessions, no customization-live), or a 7.0.1 one's without a guest customization manager. */
    public static String serviceContent(boolean withGuestCustomizationManager) {
        return serviceContent(withGuestCustomizationManager ? "8.0.3.0" : "7.0.1.0");
    }

    /** The ServiceContent of a vCenter with this API version ("9.0.0.0": customization-live; before "7.0.2.0": no guest customization manager). */
    public static String serviceContent(String apiVersion) {
        boolean withGuestCustomizationManager = !apiVersion.startsWith("7.0.0") && !apiVersion.startsWith("7.0.1") && !apiVersion.startsWith("6.");
        String version = apiVersion.substring(0, apiVersion.lastIndexOf('.'));
        return envelope("<RetrieveServiceContentResponse xmlns=\"urn:vim25\"><returnval>"
                + "<rootFolder type=\"Folder\">group-d1</rootFolder><propertyCollector type=\"PropertyCollector\">propertyCollector</propertyCollector>"
                + "<viewManager type=\"ViewManager\">ViewManager</viewManager>"
                + "<about><name>VMware vCenter Server</name><fullName>VMware vCenter Server " + version + " build-24022515</fullName>"
                + "<vendor>VMware, Inc.</vendor><version>" + version + "</version><patchLevel></patchLevel><build>24022515</build><localeVersion>INTL</localeVersion>"
                + "<localeBuild>000</localeBuild><osType>linux-x64</osType><productLineId>vpx</productLineId><apiType>VirtualCenter</apiType>"
                + "<apiVersion>" + apiVersion + "</apiVersion>"
                + "<instanceUuid>c6b3b7a2-5d0b-4c8e-9c1f-1d6a0c0e2f11</instanceUuid><licenseProductName>VMware VirtualCenter Server</licenseProductName>"
                + "<licenseProductVersion>8.0</licenseProductVersion><aFieldFromTheFuture>yes</aFieldFromTheFuture></about>"
                + "<sessionManager type=\"SessionManager\">SessionManager</sessionManager>"
                + "<eventManager type=\"EventManager\">EventManager</eventManager>"
                + (withGuestCustomizationManager
                        ? "<guestCustomizationManager type=\"VirtualMachineGuestCustomizationManager\">guestCustomizationManager</guestCustomizationManager>"
                        : "")
                + "<aManagerFromTheFuture type=\"FutureManager\">futureManager</aManagerFromTheFuture>"
                + "</returnval></RetrieveServiceContentResponse>");
    }

    /** QueryEvents on vm-5: a start, an older failure, and the latest one (a subtype with a prefix, a reason and a field from the future). */
    public static String customizationEvents() {
        String common = "<userName>VSPHERE.LOCAL\\vpxd-extension</userName><vm><name>clone-5</name><vm type=\"VirtualMachine\">vm-5</vm></vm>";
        return envelope("<QueryEventsResponse xmlns=\"urn:vim25\">"
                + "<returnval xsi:type=\"CustomizationStartedEvent\"><key>100</key><chainId>100</chainId><createdTime>2026-11-22T10:00:00.000Z</createdTime>"
                + common + "<fullFormattedMessage>Started customization of VM clone-5.</fullFormattedMessage>"
                + "<logLocation>C:\\Windows\\Temp\\vmware-imc\\guestcust.log</logLocation></returnval>"
                + "<returnval xsi:type=\"CustomizationUnknownFailure\"><key>99</key><chainId>99</chainId><createdTime>2026-11-21T10:00:00.000Z</createdTime>"
                + common + "<fullFormattedMessage>An earlier run failed.</fullFormattedMessage></returnval>"
                + "<returnval xsi:type=\"vim25:CustomizationSysprepFailed\" xmlns:vim25=\"urn:vim25\"><key>101</key><chainId>100</chainId>"
                + "<createdTime>2026-11-22T10:05:00.000Z</createdTime>" + common
                + "<fullFormattedMessage>Sysprep failed to run in the guest of VM clone-5.</fullFormattedMessage><changeTag></changeTag>"
                + "<logLocation>C:\\Windows\\Temp\\vmware-imc\\guestcust.log</logLocation><reason>customizationDisabled</reason>"
                + "<sysprepVersion>10.0</sysprepVersion><systemVersion>10.0</systemVersion><aFieldFromTheFuture>1</aFieldFromTheFuture></returnval>"
                + "</QueryEventsResponse>");
    }

    public static String login() {
        return envelope("<LoginResponse xmlns=\"urn:vim25\"><returnval><key>52b9f1a6-session</key><userName>VSPHERE.LOCAL\\Administrator</userName>"
                + "<fullName>Administrator vsphere.local</fullName><loginTime>2026-11-22T10:00:00.000Z</loginTime>"
                + "<lastActiveTime>2026-11-22T10:00:00.000Z</lastActiveTime><locale>en</locale><messageLocale>en</messageLocale>"
                + "<extensionSession>false</extensionSession><ipAddress>10.0.0.5</ipAddress><userAgent>vcgate</userAgent><callCount>0</callCount>"
                + "</returnval></LoginResponse>");
    }

    public static String abortTask(String task) {
        return envelope("<AbortCustomization_TaskResponse xmlns=\"urn:vim25\"><returnval type=\"Task\">" + task + "</returnval></AbortCustomization_TaskResponse>");
    }

    /** A fault vCenter sends as HTTP 500: faultcode ServerFaultCode and a detail element whose xsi:type names the fault. */
    public static String fault(String element, String xsiType, String message) {
        return envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>" + message + "</faultstring><detail>"
                + "<" + element + " xmlns=\"urn:vim25\" xmlns:vim25=\"urn:vim25\" xmlns:ns9=\"urn:vim25\" xsi:type=\"" + xsiType + "\">"
                + "<someDetail>kept out of the answer</someDetail></" + element + "></detail></soapenv:Fault>");
    }

    public static String taskInfoInError(String task, String faultType, String message) {
        return envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects><obj type=\"Task\">" + task + "</obj>"
                + "<propSet><name>info</name><val xsi:type=\"vim25:TaskInfo\" xmlns:vim25=\"urn:vim25\"><key>" + task + "</key>"
                + "<task type=\"Task\">" + task + "</task><name>AbortCustomization_Task</name><descriptionId>vm.GuestCustomizationManager.abortCustomization</descriptionId>"
                + "<entity type=\"VirtualMachine\">vm-42</entity><entityName>clone-42</entityName><state>error</state><cancelled>false</cancelled>"
                + "<cancelable>false</cancelable><error><fault xsi:type=\"vim25:" + faultType + "\"><requestedState>poweredOn</requestedState>"
                + "<existingState>poweredOff</existingState></fault><localizedMessage>" + message + "</localizedMessage></error>"
                + "<reason xsi:type=\"TaskReasonSchedule\"><name>nightly</name><scheduledTask type=\"ScheduledTask\">schedule-1</scheduledTask></reason>"
                + "<queueTime>2026-11-22T10:00:00.000Z</queueTime><startTime>2026-11-22T10:00:00.100Z</startTime>"
                + "<completeTime>2026-11-22T10:00:01.000Z</completeTime><eventChainId>4711</eventChainId><unknownElement>1</unknownElement></val></propSet>"
                + "</objects></returnval></RetrievePropertiesExResponse>");
    }

    /** A Task's info, {@code success} or {@code running}, on vm-100. */
    public static String taskInfo(String task, String state) {
        return envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects><obj type=\"Task\">" + task + "</obj>"
                + "<propSet><name>info</name><val xsi:type=\"TaskInfo\"><key>" + task + "</key>"
                + "<task type=\"Task\">" + task + "</task><name>AbortCustomization_Task</name><descriptionId>vm.GuestCustomizationManager.abortCustomization</descriptionId>"
                + "<entity type=\"VirtualMachine\">vm-100</entity><entityName>clone-100</entityName><state>" + state + "</state><cancelled>false</cancelled>"
                + "<cancelable>false</cancelable>" + ("success".equals(state) ? "<progress>100</progress>" : "<progress>40</progress>")
                + "<reason xsi:type=\"TaskReasonUser\"><userName>VSPHERE.LOCAL\\Administrator</userName></reason>"
                + "<queueTime>2026-11-22T10:00:00.000Z</queueTime><startTime>2026-11-22T10:00:00.100Z</startTime>"
                + ("success".equals(state) ? "<completeTime>2026-11-22T10:00:01.000Z</completeTime>" : "")
                + "<eventChainId>4712</eventChainId></val></propSet></objects></returnval></RetrievePropertiesExResponse>");
    }

    /** A VM's guest.customizationInfo, as vCenter 7.0.3 answers RetrievePropertiesEx for it. */
    public static String customizationInfo(String vm, String status) {
        return envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects><obj type=\"VirtualMachine\">" + vm + "</obj>"
                + "<propSet><name>guest.customizationInfo</name><val xsi:type=\"GuestInfoCustomizationInfo\">"
                + "<customizationStatus>" + status + "</customizationStatus></val></propSet></objects></returnval></RetrievePropertiesExResponse>");
    }
}
