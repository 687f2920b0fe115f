import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fast stand-in vCenter for the benchmark, in its own process: canned, vCenter-shaped answers to
 * the calls vcgate makes (REST session and customization-live; SOAP RetrieveServiceContent, Login,
 * AbortCustomization_Task, RetrievePropertiesEx for Task info), so measurements show the cost of the
 * gateway, not of a simulator. Not for tests: it checks no credentials and keeps no state.
 *
 *   java -Dsun.net.httpserver.nodelay=true src/bench/StandIn.java 18090
 *
 * (Without nodelay the JDK server's small answers meet delayed ACKs: about 40 ms each.)
 */
public class StandIn {

    static final AtomicLong TASKS = new AtomicLong(5000);
    /** Calls answered as vCenter (not counting /count itself): the benchmark's vCenter calls per facade call. */
    static final AtomicLong CALLS = new AtomicLong();

    static final String SOAP_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><soapenv:Body>";
    static final String SOAP_TAIL = "</soapenv:Body></soapenv:Envelope>";

    static final String SERVICE_CONTENT = SOAP_HEAD + "<RetrieveServiceContentResponse xmlns=\"urn:vim25\"><returnval>"
            + "<rootFolder type=\"Folder\">group-d1</rootFolder><propertyCollector type=\"PropertyCollector\">propertyCollector</propertyCollector>"
            + "<about><name>VMware vCenter Server</name><fullName>stand-in</fullName><vendor>VMware, Inc.</vendor><version>9.0.0</version>"
            + "<build>1</build><osType>linux-x64</osType><productLineId>vpx</productLineId><apiType>VirtualCenter</apiType><apiVersion>9.0.0.0</apiVersion></about>"
            + "<sessionManager type=\"SessionManager\">SessionManager</sessionManager>"
            + "<guestCustomizationManager type=\"VirtualMachineGuestCustomizationManager\">guestCustomizationManager</guestCustomizationManager>"
            + "</returnval></RetrieveServiceContentResponse>" + SOAP_TAIL;
    static final String LOGIN = SOAP_HEAD + "<LoginResponse xmlns=\"urn:vim25\"><returnval><key>k</key><userName>u</userName><fullName>u</fullName>"
            + "<loginTime>2026-11-22T10:00:00Z</loginTime><lastActiveTime>2026-11-22T10:00:00Z</lastActiveTime><locale>en</locale>"
            + "<messageLocale>en</messageLocale></returnval></LoginResponse>" + SOAP_TAIL;
    static final String TASK_INFO = SOAP_HEAD + "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects><obj type=\"Task\">%s</obj>"
            + "<propSet><name>info</name><val xsi:type=\"TaskInfo\"><key>%s</key><task type=\"Task\">%s</task><descriptionId>vm.GuestCustomizationManager.abortCustomization</descriptionId>"
            + "<entity type=\"VirtualMachine\">vm-100</entity><state>queued</state><cancelled>false</cancelled><cancelable>false</cancelable><progress>0</progress>"
            + "<reason xsi:type=\"TaskReasonUser\"><userName>u</userName></reason><queueTime>2026-11-22T10:00:00Z</queueTime><eventChainId>1</eventChainId>"
            + "</val></propSet></objects></returnval></RetrievePropertiesExResponse>" + SOAP_TAIL;
    static final String LIVE = "{\"status\":\"RUNNING\",\"start_time\":\"2026-11-22T10:10:00.000Z\"}";

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "18090");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(Integer.parseInt(System.getProperty("threads", "16"))));
        server.createContext("/api/session", ex -> reply(ex, ex.getRequestMethod().equals("DELETE") ? 204 : 201, "application/json",
                "\"0123456789abcdef0123456789abcdef\""));
        server.createContext("/api/vcenter/vm/", ex -> reply(ex, 200, "application/json", LIVE));
        server.createContext("/sdk", StandIn::soap);
        server.createContext("/count", ex -> {
            byte[] count = Long.toString(CALLS.get()).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, count.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(count);
            }
        });
        server.start();
        System.out.println("stand-in vCenter on http://127.0.0.1:" + port);
    }

    static void soap(HttpExchange ex) throws IOException {
        String body;
        try (InputStream in = ex.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (body.contains("RetrieveServiceContent")) {
            reply(ex, 200, "text/xml; charset=utf-8", SERVICE_CONTENT);
        } else if (body.contains("Login")) {
            ex.getResponseHeaders().add("Set-Cookie", "vmware_soap_session=\"52a8b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c\"; Path=/; HttpOnly");
            reply(ex, 200, "text/xml; charset=utf-8", LOGIN);
        } else if (body.contains("AbortCustomization_Task")) {
            reply(ex, 200, "text/xml; charset=utf-8", SOAP_HEAD + "<AbortCustomization_TaskResponse xmlns=\"urn:vim25\"><returnval type=\"Task\">task-"
                    + TASKS.incrementAndGet() + "</returnval></AbortCustomization_TaskResponse>" + SOAP_TAIL);
        } else if (body.contains("RetrievePropertiesEx")) {
            int at = body.indexOf("task-");
            String task = at < 0 ? "task-1" : body.substring(at, body.indexOf('<', at));
            reply(ex, 200, "text/xml; charset=utf-8", String.format(TASK_INFO, task, task, task));
        } else {
            reply(ex, 200, "text/xml; charset=utf-8", SOAP_HEAD + SOAP_TAIL);
        }
    }

    static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        CALLS.incrementAndGet();
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestURI().getPath().equals("/sdk")) {
            ex.getRequestBody().readAllBytes();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        if (status == 204) {
            ex.sendResponseHeaders(204, -1);
        } else {
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }
}
