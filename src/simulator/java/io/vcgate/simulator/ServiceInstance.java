package io.vcgate.simulator;

import javax.xml.datatype.XMLGregorianCalendar;

import io.vcgate.vim25.AboutInfo;
import io.vcgate.vim25.CurrentTimeRequestType;
import io.vcgate.vim25.RetrieveServiceContentRequestType;
import io.vcgate.vim25.RuntimeFaultFaultMsg;
import io.vcgate.vim25.ServiceContent;

/** The simulated ServiceInstance: the ServiceContent (no session needed) and the current time. */
final class ServiceInstance implements SoapDispatcher.ManagedObject {

    @Override
    public void register(SoapDispatcher dispatcher) {
        dispatcher.on("RetrieveServiceContent", RetrieveServiceContentRequestType.class, this::retrieveServiceContent);
        dispatcher.on("CurrentTime", CurrentTimeRequestType.class, this::currentTime);
    }

    private ServiceContent retrieveServiceContent(SoapCall call, RetrieveServiceContentRequestType request) {
        call.ledger().call(VcenterApi.SOAP, "RetrieveServiceContent", null, null);
        ServiceContent content = new ServiceContent();
        content.setRootFolder(Vim.moref("Folder", "group-d1"));
        content.setPropertyCollector(Vim.moref("PropertyCollector", "propertyCollector"));
        content.setSessionManager(Vim.moref("SessionManager", "SessionManager"));
        content.setGuestCustomizationManager(Vim.moref("VirtualMachineGuestCustomizationManager", "guestCustomizationManager"));
        content.setEventManager(Vim.moref("EventManager", "EventManager"));
        String apiVersion = call.state().apiVersion();
        String version = apiVersion.substring(0, apiVersion.lastIndexOf('.'));
        AboutInfo about = new AboutInfo();
        about.setName("VMware vCenter Server (vcgate simulator)");
        about.setFullName("VMware vCenter Server " + version + " (vcgate simulator)");
        about.setVendor("vcgate");
        about.setVersion(version);
        about.setBuild("0");
        about.setOsType("linux-x64");
        about.setProductLineId("vpx");
        about.setApiType("VirtualCenter");
        about.setApiVersion(apiVersion);
        about.setInstanceUuid("00000000-0000-4000-8000-00000000vcgt");
        content.setAbout(about);
        return content;
    }

    private XMLGregorianCalendar currentTime(SoapCall call, CurrentTimeRequestType request) throws RuntimeFaultFaultMsg {
        call.requireUser("CurrentTime");
        return Vim.time(SimulatorState.now());
    }
}
