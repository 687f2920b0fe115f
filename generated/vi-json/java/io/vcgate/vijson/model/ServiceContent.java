package io.vcgate.vijson.model;

import io.vcgate.vijson.model.AboutInfo;
import io.vcgate.vijson.model.DataObject;
import io.vcgate.vijson.model.ManagedObjectReference;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("ServiceContent")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class ServiceContent extends DataObject  {
  private ManagedObjectReference rootFolder;
  private ManagedObjectReference propertyCollector;
  private ManagedObjectReference viewManager;
  private AboutInfo about;
  private ManagedObjectReference setting;
  private ManagedObjectReference userDirectory;
  private ManagedObjectReference sessionManager;
  private ManagedObjectReference authorizationManager;
  private ManagedObjectReference serviceManager;
  private ManagedObjectReference perfManager;
  private ManagedObjectReference scheduledTaskManager;
  private ManagedObjectReference alarmManager;
  private ManagedObjectReference eventManager;
  private ManagedObjectReference taskManager;
  private ManagedObjectReference extensionManager;
  private ManagedObjectReference customizationSpecManager;
  private ManagedObjectReference guestCustomizationManager;
  private ManagedObjectReference customFieldsManager;
  private ManagedObjectReference accountManager;
  private ManagedObjectReference diagnosticManager;
  private ManagedObjectReference licenseManager;
  private ManagedObjectReference searchIndex;
  private ManagedObjectReference fileManager;
  private ManagedObjectReference datastoreNamespaceManager;
  private ManagedObjectReference virtualDiskManager;
  @Deprecated
  private ManagedObjectReference virtualizationManager;
  private ManagedObjectReference snmpSystem;
  private ManagedObjectReference vmProvisioningChecker;
  private ManagedObjectReference vmCompatibilityChecker;
  private ManagedObjectReference ovfManager;
  private ManagedObjectReference ipPoolManager;
  private ManagedObjectReference dvSwitchManager;
  private ManagedObjectReference hostProfileManager;
  private ManagedObjectReference clusterProfileManager;
  private ManagedObjectReference complianceManager;
  private ManagedObjectReference localizationManager;
  private ManagedObjectReference storageResourceManager;
  private ManagedObjectReference guestOperationsManager;
  private ManagedObjectReference overheadMemoryManager;
  private ManagedObjectReference certificateManager;
  private ManagedObjectReference ioFilterManager;
  private ManagedObjectReference vStorageObjectManager;
  private ManagedObjectReference hostSpecManager;
  private ManagedObjectReference cryptoManager;
  private ManagedObjectReference healthUpdateManager;
  private ManagedObjectReference failoverClusterConfigurator;
  private ManagedObjectReference failoverClusterManager;
  private ManagedObjectReference tenantManager;
  private ManagedObjectReference siteInfoManager;
  private ManagedObjectReference storageQueryManager;
  private ManagedObjectReference directPathProfileManager;

  public ServiceContent() {
  }

  @JsonCreator
  public ServiceContent(
    @JsonProperty(required = true, value = "rootFolder") ManagedObjectReference rootFolder,
    @JsonProperty(required = true, value = "propertyCollector") ManagedObjectReference propertyCollector,
    @JsonProperty(required = true, value = "about") AboutInfo about,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.rootFolder = rootFolder;
    this.propertyCollector = propertyCollector;
    this.about = about;
  }

  /**
   * Reference to the top of the inventory managed by this service.  Refers instance of *Folder*. 
   **/
  public ServiceContent rootFolder(ManagedObjectReference rootFolder) {
    this.rootFolder = rootFolder;
    return this;
  }

  
  @JsonProperty(required = true, value = "rootFolder")
  public ManagedObjectReference getRootFolder() {
    return rootFolder;
  }

  @JsonProperty(required = true, value = "rootFolder")
  public void setRootFolder(ManagedObjectReference rootFolder) {
    this.rootFolder = rootFolder;
  }

  /**
   * Reference to a per-session object for retrieving properties and updates.  Refers instance of *PropertyCollector*. 
   **/
  public ServiceContent propertyCollector(ManagedObjectReference propertyCollector) {
    this.propertyCollector = propertyCollector;
    return this;
  }

  
  @JsonProperty(required = true, value = "propertyCollector")
  public ManagedObjectReference getPropertyCollector() {
    return propertyCollector;
  }

  @JsonProperty(required = true, value = "propertyCollector")
  public void setPropertyCollector(ManagedObjectReference propertyCollector) {
    this.propertyCollector = propertyCollector;
  }

  /**
   * A singleton managed object for tracking custom sets of objects.  Refers instance of *ViewManager*. 
   **/
  public ServiceContent viewManager(ManagedObjectReference viewManager) {
    this.viewManager = viewManager;
    return this;
  }

  
  @JsonProperty("viewManager")
  public ManagedObjectReference getViewManager() {
    return viewManager;
  }

  @JsonProperty("viewManager")
  public void setViewManager(ManagedObjectReference viewManager) {
    this.viewManager = viewManager;
  }

  /**
   * Information about the service, such as the software version. 
   **/
  public ServiceContent about(AboutInfo about) {
    this.about = about;
    return this;
  }

  
  @JsonProperty(required = true, value = "about")
  public AboutInfo getAbout() {
    return about;
  }

  @JsonProperty(required = true, value = "about")
  public void setAbout(AboutInfo about) {
    this.about = about;
  }

  /**
   * Generic configuration for a management server.  This is for example by vCenter to store the vCenter Settings. This is not used for a stand-alone host, instead the vim.host.ConfigManager.advancedOption is used.  See also *HostConfigManager*.  Refers instance of *OptionManager*. 
   **/
  public ServiceContent setting(ManagedObjectReference setting) {
    this.setting = setting;
    return this;
  }

  
  @JsonProperty("setting")
  public ManagedObjectReference getSetting() {
    return setting;
  }

  @JsonProperty("setting")
  public void setSetting(ManagedObjectReference setting) {
    this.setting = setting;
  }

  /**
   * A user directory managed object.  Refers instance of *UserDirectory*. 
   **/
  public ServiceContent userDirectory(ManagedObjectReference userDirectory) {
    this.userDirectory = userDirectory;
    return this;
  }

  
  @JsonProperty("userDirectory")
  public ManagedObjectReference getUserDirectory() {
    return userDirectory;
  }

  @JsonProperty("userDirectory")
  public void setUserDirectory(ManagedObjectReference userDirectory) {
    this.userDirectory = userDirectory;
  }

  /**
   * Managed object for logging in and managing sessions.  Refers instance of *SessionManager*. 
   **/
  public ServiceContent sessionManager(ManagedObjectReference sessionManager) {
    this.sessionManager = sessionManager;
    return this;
  }

  
  @JsonProperty("sessionManager")
  public ManagedObjectReference getSessionManager() {
    return sessionManager;
  }

  @JsonProperty("sessionManager")
  public void setSessionManager(ManagedObjectReference sessionManager) {
    this.sessionManager = sessionManager;
  }

  /**
   * Manages permissions for managed entities in the service.  Refers instance of *AuthorizationManager*. 
   **/
  public ServiceContent authorizationManager(ManagedObjectReference authorizationManager) {
    this.authorizationManager = authorizationManager;
    return this;
  }

  
  @JsonProperty("authorizationManager")
  public ManagedObjectReference getAuthorizationManager() {
    return authorizationManager;
  }

  @JsonProperty("authorizationManager")
  public void setAuthorizationManager(ManagedObjectReference authorizationManager) {
    this.authorizationManager = authorizationManager;
  }

  /**
   * A singleton managed object that manages local services.  Refers instance of *ServiceManager*. 
   **/
  public ServiceContent serviceManager(ManagedObjectReference serviceManager) {
    this.serviceManager = serviceManager;
    return this;
  }

  
  @JsonProperty("serviceManager")
  public ManagedObjectReference getServiceManager() {
    return serviceManager;
  }

  @JsonProperty("serviceManager")
  public void setServiceManager(ManagedObjectReference serviceManager) {
    this.serviceManager = serviceManager;
  }

  /**
   * A singleton managed object that manages the collection and reporting of performance statistics.  Refers instance of *PerformanceManager*. 
   **/
  public ServiceContent perfManager(ManagedObjectReference perfManager) {
    this.perfManager = perfManager;
    return this;
  }

  
  @JsonProperty("perfManager")
  public ManagedObjectReference getPerfManager() {
    return perfManager;
  }

  @JsonProperty("perfManager")
  public void setPerfManager(ManagedObjectReference perfManager) {
    this.perfManager = perfManager;
  }

  /**
   * A singleton managed object that manages scheduled tasks.  Refers instance of *ScheduledTaskManager*. 
   **/
  public ServiceContent scheduledTaskManager(ManagedObjectReference scheduledTaskManager) {
    this.scheduledTaskManager = scheduledTaskManager;
    return this;
  }

  
  @JsonProperty("scheduledTaskManager")
  public ManagedObjectReference getScheduledTaskManager() {
    return scheduledTaskManager;
  }

  @JsonProperty("scheduledTaskManager")
  public void setScheduledTaskManager(ManagedObjectReference scheduledTaskManager) {
    this.scheduledTaskManager = scheduledTaskManager;
  }

  /**
   * A singleton managed object that manages alarms.  Refers instance of *AlarmManager*. 
   **/
  public ServiceContent alarmManager(ManagedObjectReference alarmManager) {
    this.alarmManager = alarmManager;
    return this;
  }

  
  @JsonProperty("alarmManager")
  public ManagedObjectReference getAlarmManager() {
    return alarmManager;
  }

  @JsonProperty("alarmManager")
  public void setAlarmManager(ManagedObjectReference alarmManager) {
    this.alarmManager = alarmManager;
  }

  /**
   * A singleton managed object that manages events.  Refers instance of *EventManager*. 
   **/
  public ServiceContent eventManager(ManagedObjectReference eventManager) {
    this.eventManager = eventManager;
    return this;
  }

  
  @JsonProperty("eventManager")
  public ManagedObjectReference getEventManager() {
    return eventManager;
  }

  @JsonProperty("eventManager")
  public void setEventManager(ManagedObjectReference eventManager) {
    this.eventManager = eventManager;
  }

  /**
   * A singleton managed object that manages tasks.  Refers instance of *TaskManager*. 
   **/
  public ServiceContent taskManager(ManagedObjectReference taskManager) {
    this.taskManager = taskManager;
    return this;
  }

  
  @JsonProperty("taskManager")
  public ManagedObjectReference getTaskManager() {
    return taskManager;
  }

  @JsonProperty("taskManager")
  public void setTaskManager(ManagedObjectReference taskManager) {
    this.taskManager = taskManager;
  }

  /**
   * A singleton managed object that manages extensions.  Refers instance of *ExtensionManager*. 
   **/
  public ServiceContent extensionManager(ManagedObjectReference extensionManager) {
    this.extensionManager = extensionManager;
    return this;
  }

  
  @JsonProperty("extensionManager")
  public ManagedObjectReference getExtensionManager() {
    return extensionManager;
  }

  @JsonProperty("extensionManager")
  public void setExtensionManager(ManagedObjectReference extensionManager) {
    this.extensionManager = extensionManager;
  }

  /**
   * A singleton managed object that manages saved guest customization specifications.  Refers instance of *CustomizationSpecManager*. 
   **/
  public ServiceContent customizationSpecManager(ManagedObjectReference customizationSpecManager) {
    this.customizationSpecManager = customizationSpecManager;
    return this;
  }

  
  @JsonProperty("customizationSpecManager")
  public ManagedObjectReference getCustomizationSpecManager() {
    return customizationSpecManager;
  }

  @JsonProperty("customizationSpecManager")
  public void setCustomizationSpecManager(ManagedObjectReference customizationSpecManager) {
    this.customizationSpecManager = customizationSpecManager;
  }

  /**
   * A singleton managed object that manages guest customization of a running VM.  The typical usage is for the guest customization after the InstantClone operation. See *VirtualMachine.InstantClone_Task*.  Refers instance of *VirtualMachineGuestCustomizationManager*. 
   **/
  public ServiceContent guestCustomizationManager(ManagedObjectReference guestCustomizationManager) {
    this.guestCustomizationManager = guestCustomizationManager;
    return this;
  }

  
  @JsonProperty("guestCustomizationManager")
  public ManagedObjectReference getGuestCustomizationManager() {
    return guestCustomizationManager;
  }

  @JsonProperty("guestCustomizationManager")
  public void setGuestCustomizationManager(ManagedObjectReference guestCustomizationManager) {
    this.guestCustomizationManager = guestCustomizationManager;
  }

  /**
   * A singleton managed object that managed custom fields.  Refers instance of *CustomFieldsManager*. 
   **/
  public ServiceContent customFieldsManager(ManagedObjectReference customFieldsManager) {
    this.customFieldsManager = customFieldsManager;
    return this;
  }

  
  @JsonProperty("customFieldsManager")
  public ManagedObjectReference getCustomFieldsManager() {
    return customFieldsManager;
  }

  @JsonProperty("customFieldsManager")
  public void setCustomFieldsManager(ManagedObjectReference customFieldsManager) {
    this.customFieldsManager = customFieldsManager;
  }

  /**
   * A singleton managed object that manages host local user and group accounts.  Refers instance of *HostLocalAccountManager*. 
   **/
  public ServiceContent accountManager(ManagedObjectReference accountManager) {
    this.accountManager = accountManager;
    return this;
  }

  
  @JsonProperty("accountManager")
  public ManagedObjectReference getAccountManager() {
    return accountManager;
  }

  @JsonProperty("accountManager")
  public void setAccountManager(ManagedObjectReference accountManager) {
    this.accountManager = accountManager;
  }

  /**
   * A singleton managed object that provides access to low-level log files.  Refers instance of *DiagnosticManager*. 
   **/
  public ServiceContent diagnosticManager(ManagedObjectReference diagnosticManager) {
    this.diagnosticManager = diagnosticManager;
    return this;
  }

  
  @JsonProperty("diagnosticManager")
  public ManagedObjectReference getDiagnosticManager() {
    return diagnosticManager;
  }

  @JsonProperty("diagnosticManager")
  public void setDiagnosticManager(ManagedObjectReference diagnosticManager) {
    this.diagnosticManager = diagnosticManager;
  }

  /**
   * A singleton managed object that manages licensing  Refers instance of *LicenseManager*. 
   **/
  public ServiceContent licenseManager(ManagedObjectReference licenseManager) {
    this.licenseManager = licenseManager;
    return this;
  }

  
  @JsonProperty("licenseManager")
  public ManagedObjectReference getLicenseManager() {
    return licenseManager;
  }

  @JsonProperty("licenseManager")
  public void setLicenseManager(ManagedObjectReference licenseManager) {
    this.licenseManager = licenseManager;
  }

  /**
   * A singleton managed object that allows search of the inventory  Refers instance of *SearchIndex*. 
   **/
  public ServiceContent searchIndex(ManagedObjectReference searchIndex) {
    this.searchIndex = searchIndex;
    return this;
  }

  
  @JsonProperty("searchIndex")
  public ManagedObjectReference getSearchIndex() {
    return searchIndex;
  }

  @JsonProperty("searchIndex")
  public void setSearchIndex(ManagedObjectReference searchIndex) {
    this.searchIndex = searchIndex;
  }

  /**
   * A singleton managed object that allows management of files present on datastores.  Refers instance of *FileManager*. 
   **/
  public ServiceContent fileManager(ManagedObjectReference fileManager) {
    this.fileManager = fileManager;
    return this;
  }

  
  @JsonProperty("fileManager")
  public ManagedObjectReference getFileManager() {
    return fileManager;
  }

  @JsonProperty("fileManager")
  public void setFileManager(ManagedObjectReference fileManager) {
    this.fileManager = fileManager;
  }

  /**
   * Datastore Namespace manager.  A singleton managed object that is used to manage manipulations related to datastores&#39; namespaces.  Refers instance of *DatastoreNamespaceManager*. 
   **/
  public ServiceContent datastoreNamespaceManager(ManagedObjectReference datastoreNamespaceManager) {
    this.datastoreNamespaceManager = datastoreNamespaceManager;
    return this;
  }

  
  @JsonProperty("datastoreNamespaceManager")
  public ManagedObjectReference getDatastoreNamespaceManager() {
    return datastoreNamespaceManager;
  }

  @JsonProperty("datastoreNamespaceManager")
  public void setDatastoreNamespaceManager(ManagedObjectReference datastoreNamespaceManager) {
    this.datastoreNamespaceManager = datastoreNamespaceManager;
  }

  /**
   * A singleton managed object that allows management of virtual disks on datastores.  Refers instance of *VirtualDiskManager*. 
   **/
  public ServiceContent virtualDiskManager(ManagedObjectReference virtualDiskManager) {
    this.virtualDiskManager = virtualDiskManager;
    return this;
  }

  
  @JsonProperty("virtualDiskManager")
  public ManagedObjectReference getVirtualDiskManager() {
    return virtualDiskManager;
  }

  @JsonProperty("virtualDiskManager")
  public void setVirtualDiskManager(ManagedObjectReference virtualDiskManager) {
    this.virtualDiskManager = virtualDiskManager;
  }

  /**
   * Deprecated as of VI API 2.5, use the VMware vCenter Converter plug-in.  A singleton managed object that manages the discovery, analysis, recommendation and virtualization of physical machines  Refers instance of *VirtualizationManager*. 
   * @deprecated
   **/
  @Deprecated
  public ServiceContent virtualizationManager(ManagedObjectReference virtualizationManager) {
    this.virtualizationManager = virtualizationManager;
    return this;
  }

  /**
   * @deprecated
   */
  @Deprecated
  
  @JsonProperty("virtualizationManager")
  public ManagedObjectReference getVirtualizationManager() {
    return virtualizationManager;
  }

  /**
   * @deprecated
   */
  @Deprecated
  @JsonProperty("virtualizationManager")
  public void setVirtualizationManager(ManagedObjectReference virtualizationManager) {
    this.virtualizationManager = virtualizationManager;
  }

  /**
   * A singleton managed object that allows SNMP configuration.  Not set if not supported on a particular platform.  Refers instance of *HostSnmpSystem*. 
   **/
  public ServiceContent snmpSystem(ManagedObjectReference snmpSystem) {
    this.snmpSystem = snmpSystem;
    return this;
  }

  
  @JsonProperty("snmpSystem")
  public ManagedObjectReference getSnmpSystem() {
    return snmpSystem;
  }

  @JsonProperty("snmpSystem")
  public void setSnmpSystem(ManagedObjectReference snmpSystem) {
    this.snmpSystem = snmpSystem;
  }

  /**
   * A singleton managed object that can answer questions about the feasibility of certain provisioning operations.  Refers instance of *VirtualMachineProvisioningChecker*. 
   **/
  public ServiceContent vmProvisioningChecker(ManagedObjectReference vmProvisioningChecker) {
    this.vmProvisioningChecker = vmProvisioningChecker;
    return this;
  }

  
  @JsonProperty("vmProvisioningChecker")
  public ManagedObjectReference getVmProvisioningChecker() {
    return vmProvisioningChecker;
  }

  @JsonProperty("vmProvisioningChecker")
  public void setVmProvisioningChecker(ManagedObjectReference vmProvisioningChecker) {
    this.vmProvisioningChecker = vmProvisioningChecker;
  }

  /**
   * A singleton managed object that can answer questions about compatibility of a virtual machine with a host.  Refers instance of *VirtualMachineCompatibilityChecker*. 
   **/
  public ServiceContent vmCompatibilityChecker(ManagedObjectReference vmCompatibilityChecker) {
    this.vmCompatibilityChecker = vmCompatibilityChecker;
    return this;
  }

  
  @JsonProperty("vmCompatibilityChecker")
  public ManagedObjectReference getVmCompatibilityChecker() {
    return vmCompatibilityChecker;
  }

  @JsonProperty("vmCompatibilityChecker")
  public void setVmCompatibilityChecker(ManagedObjectReference vmCompatibilityChecker) {
    this.vmCompatibilityChecker = vmCompatibilityChecker;
  }

  /**
   * A singleton managed object that can generate OVF descriptors (export) and create vApps (single-VM or vApp container-based) from OVF descriptors (import).  Refers instance of *OvfManager*. 
   **/
  public ServiceContent ovfManager(ManagedObjectReference ovfManager) {
    this.ovfManager = ovfManager;
    return this;
  }

  
  @JsonProperty("ovfManager")
  public ManagedObjectReference getOvfManager() {
    return ovfManager;
  }

  @JsonProperty("ovfManager")
  public void setOvfManager(ManagedObjectReference ovfManager) {
    this.ovfManager = ovfManager;
  }

  /**
   * A singleton managed object that supports management of IpPool objects.  IP pools are used when allocating IPv4 and IPv6 addresses to vApps.  Refers instance of *IpPoolManager*. 
   **/
  public ServiceContent ipPoolManager(ManagedObjectReference ipPoolManager) {
    this.ipPoolManager = ipPoolManager;
    return this;
  }

  
  @JsonProperty("ipPoolManager")
  public ManagedObjectReference getIpPoolManager() {
    return ipPoolManager;
  }

  @JsonProperty("ipPoolManager")
  public void setIpPoolManager(ManagedObjectReference ipPoolManager) {
    this.ipPoolManager = ipPoolManager;
  }

  /**
   * A singleton managed object that provides relevant information of DistributedVirtualSwitch.  Refers instance of *DistributedVirtualSwitchManager*. 
   **/
  public ServiceContent dvSwitchManager(ManagedObjectReference dvSwitchManager) {
    this.dvSwitchManager = dvSwitchManager;
    return this;
  }

  
  @JsonProperty("dvSwitchManager")
  public ManagedObjectReference getDvSwitchManager() {
    return dvSwitchManager;
  }

  @JsonProperty("dvSwitchManager")
  public void setDvSwitchManager(ManagedObjectReference dvSwitchManager) {
    this.dvSwitchManager = dvSwitchManager;
  }

  /**
   * A singleton managed object that manages the host profiles.  Refers instance of *HostProfileManager*. 
   **/
  public ServiceContent hostProfileManager(ManagedObjectReference hostProfileManager) {
    this.hostProfileManager = hostProfileManager;
    return this;
  }

  
  @JsonProperty("hostProfileManager")
  public ManagedObjectReference getHostProfileManager() {
    return hostProfileManager;
  }

  @JsonProperty("hostProfileManager")
  public void setHostProfileManager(ManagedObjectReference hostProfileManager) {
    this.hostProfileManager = hostProfileManager;
  }

  /**
   * A singleton managed object that manages the cluster profiles.  Refers instance of *ClusterProfileManager*. 
   **/
  public ServiceContent clusterProfileManager(ManagedObjectReference clusterProfileManager) {
    this.clusterProfileManager = clusterProfileManager;
    return this;
  }

  
  @JsonProperty("clusterProfileManager")
  public ManagedObjectReference getClusterProfileManager() {
    return clusterProfileManager;
  }

  @JsonProperty("clusterProfileManager")
  public void setClusterProfileManager(ManagedObjectReference clusterProfileManager) {
    this.clusterProfileManager = clusterProfileManager;
  }

  /**
   * A singleton managed object that manages compliance aspects of entities.  Refers instance of *ProfileComplianceManager*. 
   **/
  public ServiceContent complianceManager(ManagedObjectReference complianceManager) {
    this.complianceManager = complianceManager;
    return this;
  }

  
  @JsonProperty("complianceManager")
  public ManagedObjectReference getComplianceManager() {
    return complianceManager;
  }

  @JsonProperty("complianceManager")
  public void setComplianceManager(ManagedObjectReference complianceManager) {
    this.complianceManager = complianceManager;
  }

  /**
   * A singleton managed object that provides methods for retrieving message catalogs for client-side localization support.  Refers instance of *LocalizationManager*. 
   **/
  public ServiceContent localizationManager(ManagedObjectReference localizationManager) {
    this.localizationManager = localizationManager;
    return this;
  }

  
  @JsonProperty("localizationManager")
  public ManagedObjectReference getLocalizationManager() {
    return localizationManager;
  }

  @JsonProperty("localizationManager")
  public void setLocalizationManager(ManagedObjectReference localizationManager) {
    this.localizationManager = localizationManager;
  }

  /**
   * A singleton managed object that provides methods for storage resource management.  Refers instance of *StorageResourceManager*. 
   **/
  public ServiceContent storageResourceManager(ManagedObjectReference storageResourceManager) {
    this.storageResourceManager = storageResourceManager;
    return this;
  }

  
  @JsonProperty("storageResourceManager")
  public ManagedObjectReference getStorageResourceManager() {
    return storageResourceManager;
  }

  @JsonProperty("storageResourceManager")
  public void setStorageResourceManager(ManagedObjectReference storageResourceManager) {
    this.storageResourceManager = storageResourceManager;
  }

  /**
   * A singleton managed object that provides methods for guest operations.  Refers instance of *GuestOperationsManager*. 
   **/
  public ServiceContent guestOperationsManager(ManagedObjectReference guestOperationsManager) {
    this.guestOperationsManager = guestOperationsManager;
    return this;
  }

  
  @JsonProperty("guestOperationsManager")
  public ManagedObjectReference getGuestOperationsManager() {
    return guestOperationsManager;
  }

  @JsonProperty("guestOperationsManager")
  public void setGuestOperationsManager(ManagedObjectReference guestOperationsManager) {
    this.guestOperationsManager = guestOperationsManager;
  }

  /**
   * A singleton managed object that provides methods for looking up static VM overhead memory.  Refers instance of *OverheadMemoryManager*. 
   **/
  public ServiceContent overheadMemoryManager(ManagedObjectReference overheadMemoryManager) {
    this.overheadMemoryManager = overheadMemoryManager;
    return this;
  }

  
  @JsonProperty("overheadMemoryManager")
  public ManagedObjectReference getOverheadMemoryManager() {
    return overheadMemoryManager;
  }

  @JsonProperty("overheadMemoryManager")
  public void setOverheadMemoryManager(ManagedObjectReference overheadMemoryManager) {
    this.overheadMemoryManager = overheadMemoryManager;
  }

  /**
   * host certificate manager A singleton managed object to manage the certificates between the Certificate Server and the host.  Refers instance of *CertificateManager*. 
   **/
  public ServiceContent certificateManager(ManagedObjectReference certificateManager) {
    this.certificateManager = certificateManager;
    return this;
  }

  
  @JsonProperty("certificateManager")
  public ManagedObjectReference getCertificateManager() {
    return certificateManager;
  }

  @JsonProperty("certificateManager")
  public void setCertificateManager(ManagedObjectReference certificateManager) {
    this.certificateManager = certificateManager;
  }

  /**
   * A singleton managed object that manages IO Filters installed on the ESXi hosts and IO Filter configuration of virtual disks.  Refers instance of *IoFilterManager*. 
   **/
  public ServiceContent ioFilterManager(ManagedObjectReference ioFilterManager) {
    this.ioFilterManager = ioFilterManager;
    return this;
  }

  
  @JsonProperty("ioFilterManager")
  public ManagedObjectReference getIoFilterManager() {
    return ioFilterManager;
  }

  @JsonProperty("ioFilterManager")
  public void setIoFilterManager(ManagedObjectReference ioFilterManager) {
    this.ioFilterManager = ioFilterManager;
  }

  /**
   * A singleton managed object that manages all storage objects in the Virtual Infrastructure.  If connected to a vCenter, this is the *VcenterVStorageObjectManager*; If connected to an ESXi host, this is the *HostVStorageObjectManager*.  A storage object in the Virtual Infrastructure is represented by a vStorageObject.  Refers instance of *VStorageObjectManagerBase*. 
   **/
  public ServiceContent vStorageObjectManager(ManagedObjectReference vStorageObjectManager) {
    this.vStorageObjectManager = vStorageObjectManager;
    return this;
  }

  
  @JsonProperty("vStorageObjectManager")
  public ManagedObjectReference getvStorageObjectManager() {
    return vStorageObjectManager;
  }

  @JsonProperty("vStorageObjectManager")
  public void setvStorageObjectManager(ManagedObjectReference vStorageObjectManager) {
    this.vStorageObjectManager = vStorageObjectManager;
  }

  /**
   * A singleton managed object that manages the host specification data.  Refers instance of *HostSpecificationManager*. 
   **/
  public ServiceContent hostSpecManager(ManagedObjectReference hostSpecManager) {
    this.hostSpecManager = hostSpecManager;
    return this;
  }

  
  @JsonProperty("hostSpecManager")
  public ManagedObjectReference getHostSpecManager() {
    return hostSpecManager;
  }

  @JsonProperty("hostSpecManager")
  public void setHostSpecManager(ManagedObjectReference hostSpecManager) {
    this.hostSpecManager = hostSpecManager;
  }

  /**
   * A singleton managed object used to manage cryptographic keys.  Refers instance of *CryptoManager*. 
   **/
  public ServiceContent cryptoManager(ManagedObjectReference cryptoManager) {
    this.cryptoManager = cryptoManager;
    return this;
  }

  
  @JsonProperty("cryptoManager")
  public ManagedObjectReference getCryptoManager() {
    return cryptoManager;
  }

  @JsonProperty("cryptoManager")
  public void setCryptoManager(ManagedObjectReference cryptoManager) {
    this.cryptoManager = cryptoManager;
  }

  /**
   * A singleton managed object that manages the health updates.  Refers instance of *HealthUpdateManager*. 
   **/
  public ServiceContent healthUpdateManager(ManagedObjectReference healthUpdateManager) {
    this.healthUpdateManager = healthUpdateManager;
    return this;
  }

  
  @JsonProperty("healthUpdateManager")
  public ManagedObjectReference getHealthUpdateManager() {
    return healthUpdateManager;
  }

  @JsonProperty("healthUpdateManager")
  public void setHealthUpdateManager(ManagedObjectReference healthUpdateManager) {
    this.healthUpdateManager = healthUpdateManager;
  }

  /**
   * A singleton managed object that manages the VCHA Cluster configuration.  Refers instance of *FailoverClusterConfigurator*. 
   **/
  public ServiceContent failoverClusterConfigurator(ManagedObjectReference failoverClusterConfigurator) {
    this.failoverClusterConfigurator = failoverClusterConfigurator;
    return this;
  }

  
  @JsonProperty("failoverClusterConfigurator")
  public ManagedObjectReference getFailoverClusterConfigurator() {
    return failoverClusterConfigurator;
  }

  @JsonProperty("failoverClusterConfigurator")
  public void setFailoverClusterConfigurator(ManagedObjectReference failoverClusterConfigurator) {
    this.failoverClusterConfigurator = failoverClusterConfigurator;
  }

  /**
   * A singleton managed object for managing a configured VCHA Cluster.  Refers instance of *FailoverClusterManager*. 
   **/
  public ServiceContent failoverClusterManager(ManagedObjectReference failoverClusterManager) {
    this.failoverClusterManager = failoverClusterManager;
    return this;
  }

  
  @JsonProperty("failoverClusterManager")
  public ManagedObjectReference getFailoverClusterManager() {
    return failoverClusterManager;
  }

  @JsonProperty("failoverClusterManager")
  public void setFailoverClusterManager(ManagedObjectReference failoverClusterManager) {
    this.failoverClusterManager = failoverClusterManager;
  }

  /**
   * A singleton managed object used to configure tenants.  Refers instance of *TenantTenantManager*. 
   **/
  public ServiceContent tenantManager(ManagedObjectReference tenantManager) {
    this.tenantManager = tenantManager;
    return this;
  }

  
  @JsonProperty("tenantManager")
  public ManagedObjectReference getTenantManager() {
    return tenantManager;
  }

  @JsonProperty("tenantManager")
  public void setTenantManager(ManagedObjectReference tenantManager) {
    this.tenantManager = tenantManager;
  }

  /**
   * A singleton managed object used to manage site related capabilities.  Refers instance of *SiteInfoManager*. 
   **/
  public ServiceContent siteInfoManager(ManagedObjectReference siteInfoManager) {
    this.siteInfoManager = siteInfoManager;
    return this;
  }

  
  @JsonProperty("siteInfoManager")
  public ManagedObjectReference getSiteInfoManager() {
    return siteInfoManager;
  }

  @JsonProperty("siteInfoManager")
  public void setSiteInfoManager(ManagedObjectReference siteInfoManager) {
    this.siteInfoManager = siteInfoManager;
  }

  /**
   * A singleton managed object used to query storage related entities.  Refers instance of *StorageQueryManager*. 
   **/
  public ServiceContent storageQueryManager(ManagedObjectReference storageQueryManager) {
    this.storageQueryManager = storageQueryManager;
    return this;
  }

  
  @JsonProperty("storageQueryManager")
  public ManagedObjectReference getStorageQueryManager() {
    return storageQueryManager;
  }

  @JsonProperty("storageQueryManager")
  public void setStorageQueryManager(ManagedObjectReference storageQueryManager) {
    this.storageQueryManager = storageQueryManager;
  }

  /**
   * A singleton managed object used to query DirectPath profiles.  ***Since:*** vSphere API Release 9.0.0.0  Refers instance of *DirectPathProfileManager*. 
   **/
  public ServiceContent directPathProfileManager(ManagedObjectReference directPathProfileManager) {
    this.directPathProfileManager = directPathProfileManager;
    return this;
  }

  
  @JsonProperty("directPathProfileManager")
  public ManagedObjectReference getDirectPathProfileManager() {
    return directPathProfileManager;
  }

  @JsonProperty("directPathProfileManager")
  public void setDirectPathProfileManager(ManagedObjectReference directPathProfileManager) {
    this.directPathProfileManager = directPathProfileManager;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ServiceContent serviceContent = (ServiceContent) o;
    return Objects.equals(this.rootFolder, serviceContent.rootFolder) &&
        Objects.equals(this.propertyCollector, serviceContent.propertyCollector) &&
        Objects.equals(this.viewManager, serviceContent.viewManager) &&
        Objects.equals(this.about, serviceContent.about) &&
        Objects.equals(this.setting, serviceContent.setting) &&
        Objects.equals(this.userDirectory, serviceContent.userDirectory) &&
        Objects.equals(this.sessionManager, serviceContent.sessionManager) &&
        Objects.equals(this.authorizationManager, serviceContent.authorizationManager) &&
        Objects.equals(this.serviceManager, serviceContent.serviceManager) &&
        Objects.equals(this.perfManager, serviceContent.perfManager) &&
        Objects.equals(this.scheduledTaskManager, serviceContent.scheduledTaskManager) &&
        Objects.equals(this.alarmManager, serviceContent.alarmManager) &&
        Objects.equals(this.eventManager, serviceContent.eventManager) &&
        Objects.equals(this.taskManager, serviceContent.taskManager) &&
        Objects.equals(this.extensionManager, serviceContent.extensionManager) &&
        Objects.equals(this.customizationSpecManager, serviceContent.customizationSpecManager) &&
        Objects.equals(this.guestCustomizationManager, serviceContent.guestCustomizationManager) &&
        Objects.equals(this.customFieldsManager, serviceContent.customFieldsManager) &&
        Objects.equals(this.accountManager, serviceContent.accountManager) &&
        Objects.equals(this.diagnosticManager, serviceContent.diagnosticManager) &&
        Objects.equals(this.licenseManager, serviceContent.licenseManager) &&
        Objects.equals(this.searchIndex, serviceContent.searchIndex) &&
        Objects.equals(this.fileManager, serviceContent.fileManager) &&
        Objects.equals(this.datastoreNamespaceManager, serviceContent.datastoreNamespaceManager) &&
        Objects.equals(this.virtualDiskManager, serviceContent.virtualDiskManager) &&
        Objects.equals(this.virtualizationManager, serviceContent.virtualizationManager) &&
        Objects.equals(this.snmpSystem, serviceContent.snmpSystem) &&
        Objects.equals(this.vmProvisioningChecker, serviceContent.vmProvisioningChecker) &&
        Objects.equals(this.vmCompatibilityChecker, serviceContent.vmCompatibilityChecker) &&
        Objects.equals(this.ovfManager, serviceContent.ovfManager) &&
        Objects.equals(this.ipPoolManager, serviceContent.ipPoolManager) &&
        Objects.equals(this.dvSwitchManager, serviceContent.dvSwitchManager) &&
        Objects.equals(this.hostProfileManager, serviceContent.hostProfileManager) &&
        Objects.equals(this.clusterProfileManager, serviceContent.clusterProfileManager) &&
        Objects.equals(this.complianceManager, serviceContent.complianceManager) &&
        Objects.equals(this.localizationManager, serviceContent.localizationManager) &&
        Objects.equals(this.storageResourceManager, serviceContent.storageResourceManager) &&
        Objects.equals(this.guestOperationsManager, serviceContent.guestOperationsManager) &&
        Objects.equals(this.overheadMemoryManager, serviceContent.overheadMemoryManager) &&
        Objects.equals(this.certificateManager, serviceContent.certificateManager) &&
        Objects.equals(this.ioFilterManager, serviceContent.ioFilterManager) &&
        Objects.equals(this.vStorageObjectManager, serviceContent.vStorageObjectManager) &&
        Objects.equals(this.hostSpecManager, serviceContent.hostSpecManager) &&
        Objects.equals(this.cryptoManager, serviceContent.cryptoManager) &&
        Objects.equals(this.healthUpdateManager, serviceContent.healthUpdateManager) &&
        Objects.equals(this.failoverClusterConfigurator, serviceContent.failoverClusterConfigurator) &&
        Objects.equals(this.failoverClusterManager, serviceContent.failoverClusterManager) &&
        Objects.equals(this.tenantManager, serviceContent.tenantManager) &&
        Objects.equals(this.siteInfoManager, serviceContent.siteInfoManager) &&
        Objects.equals(this.storageQueryManager, serviceContent.storageQueryManager) &&
        Objects.equals(this.directPathProfileManager, serviceContent.directPathProfileManager) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rootFolder, propertyCollector, viewManager, about, setting, userDirectory, sessionManager, authorizationManager, serviceManager, perfManager, scheduledTaskManager, alarmManager, eventManager, taskManager, extensionManager, customizationSpecManager, guestCustomizationManager, customFieldsManager, accountManager, diagnosticManager, licenseManager, searchIndex, fileManager, datastoreNamespaceManager, virtualDiskManager, virtualizationManager, snmpSystem, vmProvisioningChecker, vmCompatibilityChecker, ovfManager, ipPoolManager, dvSwitchManager, hostProfileManager, clusterProfileManager, complianceManager, localizationManager, storageResourceManager, guestOperationsManager, overheadMemoryManager, certificateManager, ioFilterManager, vStorageObjectManager, hostSpecManager, cryptoManager, healthUpdateManager, failoverClusterConfigurator, failoverClusterManager, tenantManager, siteInfoManager, storageQueryManager, directPathProfileManager, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ServiceContent {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    rootFolder: ").append(toIndentedString(rootFolder)).append("\n");
    sb.append("    propertyCollector: ").append(toIndentedString(propertyCollector)).append("\n");
    sb.append("    viewManager: ").append(toIndentedString(viewManager)).append("\n");
    sb.append("    about: ").append(toIndentedString(about)).append("\n");
    sb.append("    setting: ").append(toIndentedString(setting)).append("\n");
    sb.append("    userDirectory: ").append(toIndentedString(userDirectory)).append("\n");
    sb.append("    sessionManager: ").append(toIndentedString(sessionManager)).append("\n");
    sb.append("    authorizationManager: ").append(toIndentedString(authorizationManager)).append("\n");
    sb.append("    serviceManager: ").append(toIndentedString(serviceManager)).append("\n");
    sb.append("    perfManager: ").append(toIndentedString(perfManager)).append("\n");
    sb.append("    scheduledTaskManager: ").append(toIndentedString(scheduledTaskManager)).append("\n");
    sb.append("    alarmManager: ").append(toIndentedString(alarmManager)).append("\n");
    sb.append("    eventManager: ").append(toIndentedString(eventManager)).append("\n");
    sb.append("    taskManager: ").append(toIndentedString(taskManager)).append("\n");
    sb.append("    extensionManager: ").append(toIndentedString(extensionManager)).append("\n");
    sb.append("    customizationSpecManager: ").append(toIndentedString(customizationSpecManager)).append("\n");
    sb.append("    guestCustomizationManager: ").append(toIndentedString(guestCustomizationManager)).append("\n");
    sb.append("    customFieldsManager: ").append(toIndentedString(customFieldsManager)).append("\n");
    sb.append("    accountManager: ").append(toIndentedString(accountManager)).append("\n");
    sb.append("    diagnosticManager: ").append(toIndentedString(diagnosticManager)).append("\n");
    sb.append("    licenseManager: ").append(toIndentedString(licenseManager)).append("\n");
    sb.append("    searchIndex: ").append(toIndentedString(searchIndex)).append("\n");
    sb.append("    fileManager: ").append(toIndentedString(fileManager)).append("\n");
    sb.append("    datastoreNamespaceManager: ").append(toIndentedString(datastoreNamespaceManager)).append("\n");
    sb.append("    virtualDiskManager: ").append(toIndentedString(virtualDiskManager)).append("\n");
    sb.append("    virtualizationManager: ").append(toIndentedString(virtualizationManager)).append("\n");
    sb.append("    snmpSystem: ").append(toIndentedString(snmpSystem)).append("\n");
    sb.append("    vmProvisioningChecker: ").append(toIndentedString(vmProvisioningChecker)).append("\n");
    sb.append("    vmCompatibilityChecker: ").append(toIndentedString(vmCompatibilityChecker)).append("\n");
    sb.append("    ovfManager: ").append(toIndentedString(ovfManager)).append("\n");
    sb.append("    ipPoolManager: ").append(toIndentedString(ipPoolManager)).append("\n");
    sb.append("    dvSwitchManager: ").append(toIndentedString(dvSwitchManager)).append("\n");
    sb.append("    hostProfileManager: ").append(toIndentedString(hostProfileManager)).append("\n");
    sb.append("    clusterProfileManager: ").append(toIndentedString(clusterProfileManager)).append("\n");
    sb.append("    complianceManager: ").append(toIndentedString(complianceManager)).append("\n");
    sb.append("    localizationManager: ").append(toIndentedString(localizationManager)).append("\n");
    sb.append("    storageResourceManager: ").append(toIndentedString(storageResourceManager)).append("\n");
    sb.append("    guestOperationsManager: ").append(toIndentedString(guestOperationsManager)).append("\n");
    sb.append("    overheadMemoryManager: ").append(toIndentedString(overheadMemoryManager)).append("\n");
    sb.append("    certificateManager: ").append(toIndentedString(certificateManager)).append("\n");
    sb.append("    ioFilterManager: ").append(toIndentedString(ioFilterManager)).append("\n");
    sb.append("    vStorageObjectManager: ").append(toIndentedString(vStorageObjectManager)).append("\n");
    sb.append("    hostSpecManager: ").append(toIndentedString(hostSpecManager)).append("\n");
    sb.append("    cryptoManager: ").append(toIndentedString(cryptoManager)).append("\n");
    sb.append("    healthUpdateManager: ").append(toIndentedString(healthUpdateManager)).append("\n");
    sb.append("    failoverClusterConfigurator: ").append(toIndentedString(failoverClusterConfigurator)).append("\n");
    sb.append("    failoverClusterManager: ").append(toIndentedString(failoverClusterManager)).append("\n");
    sb.append("    tenantManager: ").append(toIndentedString(tenantManager)).append("\n");
    sb.append("    siteInfoManager: ").append(toIndentedString(siteInfoManager)).append("\n");
    sb.append("    storageQueryManager: ").append(toIndentedString(storageQueryManager)).append("\n");
    sb.append("    directPathProfileManager: ").append(toIndentedString(directPathProfileManager)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
