package io.vcgate.vijson.model;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Possible values: - &#x60;Alarm&#x60; - &#x60;AlarmManager&#x60; - &#x60;AuthorizationManager&#x60; - &#x60;CertificateManager&#x60; - &#x60;ClusterComputeResource&#x60; - &#x60;ClusterEVCManager&#x60; - &#x60;ClusterProfile&#x60; - &#x60;ClusterProfileManager&#x60; - &#x60;ComputeResource&#x60; - &#x60;ContainerView&#x60; - &#x60;CryptoManager&#x60; - &#x60;CryptoManagerHost&#x60; - &#x60;CryptoManagerHostKMS&#x60; - &#x60;CryptoManagerKmip&#x60; - &#x60;CustomFieldsManager&#x60; - &#x60;CustomizationSpecManager&#x60; - &#x60;Datacenter&#x60; - &#x60;Datastore&#x60; - &#x60;DatastoreNamespaceManager&#x60; - &#x60;DiagnosticManager&#x60; - &#x60;DirectPathProfileManager&#x60;: ***Since:*** vSphere API Release 9.0.0.0 - &#x60;DistributedVirtualPortgroup&#x60; - &#x60;DistributedVirtualSwitch&#x60; - &#x60;DistributedVirtualSwitchManager&#x60; - &#x60;EnvironmentBrowser&#x60; - &#x60;EventHistoryCollector&#x60; - &#x60;EventManager&#x60; - &#x60;ExtensibleManagedObject&#x60; - &#x60;ExtensionManager&#x60; - &#x60;FailoverClusterConfigurator&#x60; - &#x60;FailoverClusterManager&#x60; - &#x60;FileManager&#x60; - &#x60;Folder&#x60; - &#x60;GuestAliasManager&#x60; - &#x60;GuestAuthManager&#x60; - &#x60;GuestFileManager&#x60; - &#x60;GuestOperationsManager&#x60; - &#x60;GuestProcessManager&#x60; - &#x60;GuestWindowsRegistryManager&#x60; - &#x60;HealthUpdateManager&#x60; - &#x60;HistoryCollector&#x60; - &#x60;HostAccessManager&#x60; - &#x60;HostActiveDirectoryAuthentication&#x60; - &#x60;HostAssignableHardwareManager&#x60; - &#x60;HostAuthenticationManager&#x60; - &#x60;HostAuthenticationStore&#x60; - &#x60;HostAutoStartManager&#x60; - &#x60;HostBootDeviceSystem&#x60; - &#x60;HostCacheConfigurationManager&#x60; - &#x60;HostCertificateManager&#x60; - &#x60;HostCpuSchedulerSystem&#x60; - &#x60;HostDatastoreBrowser&#x60; - &#x60;HostDatastoreSystem&#x60; - &#x60;HostDateTimeSystem&#x60; - &#x60;HostDiagnosticSystem&#x60; - &#x60;HostDirectoryStore&#x60; - &#x60;HostEsxAgentHostManager&#x60; - &#x60;HostFirewallSystem&#x60; - &#x60;HostFirmwareSystem&#x60; - &#x60;HostGraphicsManager&#x60; - &#x60;HostHealthStatusSystem&#x60; - &#x60;HostImageConfigManager&#x60; - &#x60;HostKernelModuleSystem&#x60; - &#x60;HostLocalAccountManager&#x60; - &#x60;HostLocalAuthentication&#x60; - &#x60;HostMemorySystem&#x60; - &#x60;HostNetworkSystem&#x60; - &#x60;HostNvdimmSystem&#x60; - &#x60;HostPatchManager&#x60; - &#x60;HostPciPassthruSystem&#x60; - &#x60;HostPowerSystem&#x60; - &#x60;HostProfile&#x60; - &#x60;HostProfileManager&#x60; - &#x60;HostServiceSystem&#x60; - &#x60;HostSnmpSystem&#x60; - &#x60;HostSpecificationManager&#x60; - &#x60;HostStorageSystem&#x60; - &#x60;HostSystem&#x60; - &#x60;HostVFlashManager&#x60; - &#x60;HostVMotionSystem&#x60; - &#x60;HostVStorageObjectManager&#x60; - &#x60;HostVirtualNicManager&#x60; - &#x60;HostVsanHealthSystem&#x60; - &#x60;HostVsanInternalSystem&#x60; - &#x60;HostVsanSystem&#x60; - &#x60;HttpNfcLease&#x60; - &#x60;InventoryView&#x60; - &#x60;IoFilterManager&#x60; - &#x60;IpPoolManager&#x60; - &#x60;IscsiManager&#x60; - &#x60;LicenseAssignmentManager&#x60; - &#x60;LicenseManager&#x60; - &#x60;ListView&#x60; - &#x60;LocalizationManager&#x60; - &#x60;ManagedEntity&#x60; - &#x60;ManagedObjectView&#x60; - &#x60;MessageBusProxy&#x60; - &#x60;Network&#x60; - &#x60;OpaqueNetwork&#x60; - &#x60;OptionManager&#x60; - &#x60;OverheadMemoryManager&#x60; - &#x60;OvfManager&#x60; - &#x60;PerformanceManager&#x60; - &#x60;Profile&#x60; - &#x60;ProfileComplianceManager&#x60; - &#x60;ProfileManager&#x60; - &#x60;PropertyCollector&#x60; - &#x60;PropertyFilter&#x60; - &#x60;ResourcePlanningManager&#x60; - &#x60;ResourcePool&#x60; - &#x60;ScheduledTask&#x60; - &#x60;ScheduledTaskManager&#x60; - &#x60;SearchIndex&#x60; - &#x60;ServiceInstance&#x60; - &#x60;ServiceManager&#x60; - &#x60;SessionManager&#x60; - &#x60;SimpleCommand&#x60; - &#x60;SiteInfoManager&#x60; - &#x60;StoragePod&#x60; - &#x60;StorageQueryManager&#x60; - &#x60;StorageResourceManager&#x60; - &#x60;Task&#x60; - &#x60;TaskHistoryCollector&#x60; - &#x60;TaskManager&#x60; - &#x60;TenantTenantManager&#x60; - &#x60;UserDirectory&#x60; - &#x60;VStorageObjectManagerBase&#x60; - &#x60;VcenterVStorageObjectManager&#x60; - &#x60;View&#x60; - &#x60;ViewManager&#x60; - &#x60;VimClusterVsanVcDiskManagementSystem&#x60; - &#x60;VimClusterVsanVcStretchedClusterSystem&#x60; - &#x60;VirtualApp&#x60; - &#x60;VirtualDiskManager&#x60; - &#x60;VirtualMachine&#x60; - &#x60;VirtualMachineCompatibilityChecker&#x60; - &#x60;VirtualMachineGuestCustomizationManager&#x60; - &#x60;VirtualMachineProvisioningChecker&#x60; - &#x60;VirtualMachineSnapshot&#x60; - &#x60;VirtualizationManager&#x60; - &#x60;VmwareDistributedVirtualSwitch&#x60; - &#x60;VsanCapabilitySystem&#x60; - &#x60;VsanClusterHealthSystem&#x60; - &#x60;VsanClusterMgmtInternalSystem&#x60; - &#x60;VsanIscsiTargetSystem&#x60; - &#x60;VsanObjectSystem&#x60; - &#x60;VsanPerformanceManager&#x60; - &#x60;VsanSpaceReportSystem&#x60; - &#x60;VsanSystemEx&#x60; - &#x60;VsanUpgradeSystem&#x60; - &#x60;VsanUpgradeSystemEx&#x60; - &#x60;VsanVcClusterConfigSystem&#x60; - &#x60;VsanVcClusterHealthSystem&#x60; - &#x60;VsanVcsaDeployerSystem&#x60; - &#x60;Agency&#x60; - &#x60;Agent&#x60; - &#x60;EamObject&#x60; - &#x60;EamTask&#x60; - &#x60;EsxAgentManager&#x60; - &#x60;PbmCapabilityMetadataManager&#x60; - &#x60;PbmComplianceManager&#x60; - &#x60;PbmPlacementSolver&#x60; - &#x60;PbmProfileProfileManager&#x60; - &#x60;PbmProvider&#x60; - &#x60;PbmReplicationManager&#x60; - &#x60;PbmServiceInstance&#x60; - &#x60;PbmSessionManager&#x60; - &#x60;SmsProvider&#x60; - &#x60;SmsServiceInstance&#x60; - &#x60;SmsSessionManager&#x60; - &#x60;SmsStorageManager&#x60; - &#x60;SmsTask&#x60; - &#x60;VasaProvider&#x60; - &#x60;ManagedObject&#x60; - &#x60;CnsVolumeManager&#x60; - &#x60;HostSpbm&#x60; - &#x60;VsanClusterPowerSystem&#x60; - &#x60;VsanDiagnosticsSystem&#x60; - &#x60;VsanFileServiceSystem&#x60; - &#x60;VsanHostVdsSystem&#x60; - &#x60;VsanIoInsightManager&#x60; - &#x60;VsanMassCollector&#x60; - &#x60;VsanObjectManager&#x60;: ***Since:*** 8.0.0.4 - &#x60;VsanPhoneHomeSystem&#x60; - &#x60;VsanPolicyManager&#x60; - &#x60;VsanRemoteDatastoreSystem&#x60; - &#x60;VsanResourceCheckSystem&#x60; - &#x60;VsanUpdateManager&#x60; - &#x60;VsanVdsSystem&#x60; - &#x60;VsanVumSystem&#x60; - &#x60;VslmServiceInstance&#x60; - &#x60;VslmSessionManager&#x60; - &#x60;VslmStorageLifecycleManager&#x60; - &#x60;VslmTask&#x60; - &#x60;VslmVStorageObjectManager&#x60; 
 */
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public enum MoTypesEnum {
  
  ALARM("Alarm"),
  
  ALARM_MANAGER("AlarmManager"),
  
  AUTHORIZATION_MANAGER("AuthorizationManager"),
  
  CERTIFICATE_MANAGER("CertificateManager"),
  
  CLUSTER_COMPUTE_RESOURCE("ClusterComputeResource"),
  
  CLUSTER_EVC_MANAGER("ClusterEVCManager"),
  
  CLUSTER_PROFILE("ClusterProfile"),
  
  CLUSTER_PROFILE_MANAGER("ClusterProfileManager"),
  
  COMPUTE_RESOURCE("ComputeResource"),
  
  CONTAINER_VIEW("ContainerView"),
  
  CRYPTO_MANAGER("CryptoManager"),
  
  CRYPTO_MANAGER_HOST("CryptoManagerHost"),
  
  CRYPTO_MANAGER_HOST_KMS("CryptoManagerHostKMS"),
  
  CRYPTO_MANAGER_KMIP("CryptoManagerKmip"),
  
  CUSTOM_FIELDS_MANAGER("CustomFieldsManager"),
  
  CUSTOMIZATION_SPEC_MANAGER("CustomizationSpecManager"),
  
  DATACENTER("Datacenter"),
  
  DATASTORE("Datastore"),
  
  DATASTORE_NAMESPACE_MANAGER("DatastoreNamespaceManager"),
  
  DIAGNOSTIC_MANAGER("DiagnosticManager"),
  
  DIRECT_PATH_PROFILE_MANAGER("DirectPathProfileManager"),
  
  DISTRIBUTED_VIRTUAL_PORTGROUP("DistributedVirtualPortgroup"),
  
  DISTRIBUTED_VIRTUAL_SWITCH("DistributedVirtualSwitch"),
  
  DISTRIBUTED_VIRTUAL_SWITCH_MANAGER("DistributedVirtualSwitchManager"),
  
  ENVIRONMENT_BROWSER("EnvironmentBrowser"),
  
  EVENT_HISTORY_COLLECTOR("EventHistoryCollector"),
  
  EVENT_MANAGER("EventManager"),
  
  EXTENSIBLE_MANAGED_OBJECT("ExtensibleManagedObject"),
  
  EXTENSION_MANAGER("ExtensionManager"),
  
  FAILOVER_CLUSTER_CONFIGURATOR("FailoverClusterConfigurator"),
  
  FAILOVER_CLUSTER_MANAGER("FailoverClusterManager"),
  
  FILE_MANAGER("FileManager"),
  
  FOLDER("Folder"),
  
  GUEST_ALIAS_MANAGER("GuestAliasManager"),
  
  GUEST_AUTH_MANAGER("GuestAuthManager"),
  
  GUEST_FILE_MANAGER("GuestFileManager"),
  
  GUEST_OPERATIONS_MANAGER("GuestOperationsManager"),
  
  GUEST_PROCESS_MANAGER("GuestProcessManager"),
  
  GUEST_WINDOWS_REGISTRY_MANAGER("GuestWindowsRegistryManager"),
  
  HEALTH_UPDATE_MANAGER("HealthUpdateManager"),
  
  HISTORY_COLLECTOR("HistoryCollector"),
  
  HOST_ACCESS_MANAGER("HostAccessManager"),
  
  HOST_ACTIVE_DIRECTORY_AUTHENTICATION("HostActiveDirectoryAuthentication"),
  
  HOST_ASSIGNABLE_HARDWARE_MANAGER("HostAssignableHardwareManager"),
  
  HOST_AUTHENTICATION_MANAGER("HostAuthenticationManager"),
  
  HOST_AUTHENTICATION_STORE("HostAuthenticationStore"),
  
  HOST_AUTO_START_MANAGER("HostAutoStartManager"),
  
  HOST_BOOT_DEVICE_SYSTEM("HostBootDeviceSystem"),
  
  HOST_CACHE_CONFIGURATION_MANAGER("HostCacheConfigurationManager"),
  
  HOST_CERTIFICATE_MANAGER("HostCertificateManager"),
  
  HOST_CPU_SCHEDULER_SYSTEM("HostCpuSchedulerSystem"),
  
  HOST_DATASTORE_BROWSER("HostDatastoreBrowser"),
  
  HOST_DATASTORE_SYSTEM("HostDatastoreSystem"),
  
  HOST_DATE_TIME_SYSTEM("HostDateTimeSystem"),
  
  HOST_DIAGNOSTIC_SYSTEM("HostDiagnosticSystem"),
  
  HOST_DIRECTORY_STORE("HostDirectoryStore"),
  
  HOST_ESX_AGENT_HOST_MANAGER("HostEsxAgentHostManager"),
  
  HOST_FIREWALL_SYSTEM("HostFirewallSystem"),
  
  HOST_FIRMWARE_SYSTEM("HostFirmwareSystem"),
  
  HOST_GRAPHICS_MANAGER("HostGraphicsManager"),
  
  HOST_HEALTH_STATUS_SYSTEM("HostHealthStatusSystem"),
  
  HOST_IMAGE_CONFIG_MANAGER("HostImageConfigManager"),
  
  HOST_KERNEL_MODULE_SYSTEM("HostKernelModuleSystem"),
  
  HOST_LOCAL_ACCOUNT_MANAGER("HostLocalAccountManager"),
  
  HOST_LOCAL_AUTHENTICATION("HostLocalAuthentication"),
  
  HOST_MEMORY_SYSTEM("HostMemorySystem"),
  
  HOST_NETWORK_SYSTEM("HostNetworkSystem"),
  
  HOST_NVDIMM_SYSTEM("HostNvdimmSystem"),
  
  HOST_PATCH_MANAGER("HostPatchManager"),
  
  HOST_PCI_PASSTHRU_SYSTEM("HostPciPassthruSystem"),
  
  HOST_POWER_SYSTEM("HostPowerSystem"),
  
  HOST_PROFILE("HostProfile"),
  
  HOST_PROFILE_MANAGER("HostProfileManager"),
  
  HOST_SERVICE_SYSTEM("HostServiceSystem"),
  
  HOST_SNMP_SYSTEM("HostSnmpSystem"),
  
  HOST_SPECIFICATION_MANAGER("HostSpecificationManager"),
  
  HOST_STORAGE_SYSTEM("HostStorageSystem"),
  
  HOST_SYSTEM("HostSystem"),
  
  HOST_V_FLASH_MANAGER("HostVFlashManager"),
  
  HOST_V_MOTION_SYSTEM("HostVMotionSystem"),
  
  HOST_V_STORAGE_OBJECT_MANAGER("HostVStorageObjectManager"),
  
  HOST_VIRTUAL_NIC_MANAGER("HostVirtualNicManager"),
  
  HOST_VSAN_HEALTH_SYSTEM("HostVsanHealthSystem"),
  
  HOST_VSAN_INTERNAL_SYSTEM("HostVsanInternalSystem"),
  
  HOST_VSAN_SYSTEM("HostVsanSystem"),
  
  HTTP_NFC_LEASE("HttpNfcLease"),
  
  INVENTORY_VIEW("InventoryView"),
  
  IO_FILTER_MANAGER("IoFilterManager"),
  
  IP_POOL_MANAGER("IpPoolManager"),
  
  ISCSI_MANAGER("IscsiManager"),
  
  LICENSE_ASSIGNMENT_MANAGER("LicenseAssignmentManager"),
  
  LICENSE_MANAGER("LicenseManager"),
  
  LIST_VIEW("ListView"),
  
  LOCALIZATION_MANAGER("LocalizationManager"),
  
  MANAGED_ENTITY("ManagedEntity"),
  
  MANAGED_OBJECT_VIEW("ManagedObjectView"),
  
  MESSAGE_BUS_PROXY("MessageBusProxy"),
  
  NETWORK("Network"),
  
  OPAQUE_NETWORK("OpaqueNetwork"),
  
  OPTION_MANAGER("OptionManager"),
  
  OVERHEAD_MEMORY_MANAGER("OverheadMemoryManager"),
  
  OVF_MANAGER("OvfManager"),
  
  PERFORMANCE_MANAGER("PerformanceManager"),
  
  PROFILE("Profile"),
  
  PROFILE_COMPLIANCE_MANAGER("ProfileComplianceManager"),
  
  PROFILE_MANAGER("ProfileManager"),
  
  PROPERTY_COLLECTOR("PropertyCollector"),
  
  PROPERTY_FILTER("PropertyFilter"),
  
  RESOURCE_PLANNING_MANAGER("ResourcePlanningManager"),
  
  RESOURCE_POOL("ResourcePool"),
  
  SCHEDULED_TASK("ScheduledTask"),
  
  SCHEDULED_TASK_MANAGER("ScheduledTaskManager"),
  
  SEARCH_INDEX("SearchIndex"),
  
  SERVICE_INSTANCE("ServiceInstance"),
  
  SERVICE_MANAGER("ServiceManager"),
  
  SESSION_MANAGER("SessionManager"),
  
  SIMPLE_COMMAND("SimpleCommand"),
  
  SITE_INFO_MANAGER("SiteInfoManager"),
  
  STORAGE_POD("StoragePod"),
  
  STORAGE_QUERY_MANAGER("StorageQueryManager"),
  
  STORAGE_RESOURCE_MANAGER("StorageResourceManager"),
  
  TASK("Task"),
  
  TASK_HISTORY_COLLECTOR("TaskHistoryCollector"),
  
  TASK_MANAGER("TaskManager"),
  
  TENANT_TENANT_MANAGER("TenantTenantManager"),
  
  USER_DIRECTORY("UserDirectory"),
  
  V_STORAGE_OBJECT_MANAGER_BASE("VStorageObjectManagerBase"),
  
  VCENTER_V_STORAGE_OBJECT_MANAGER("VcenterVStorageObjectManager"),
  
  VIEW("View"),
  
  VIEW_MANAGER("ViewManager"),
  
  VIM_CLUSTER_VSAN_VC_DISK_MANAGEMENT_SYSTEM("VimClusterVsanVcDiskManagementSystem"),
  
  VIM_CLUSTER_VSAN_VC_STRETCHED_CLUSTER_SYSTEM("VimClusterVsanVcStretchedClusterSystem"),
  
  VIRTUAL_APP("VirtualApp"),
  
  VIRTUAL_DISK_MANAGER("VirtualDiskManager"),
  
  VIRTUAL_MACHINE("VirtualMachine"),
  
  VIRTUAL_MACHINE_COMPATIBILITY_CHECKER("VirtualMachineCompatibilityChecker"),
  
  VIRTUAL_MACHINE_GUEST_CUSTOMIZATION_MANAGER("VirtualMachineGuestCustomizationManager"),
  
  VIRTUAL_MACHINE_PROVISIONING_CHECKER("VirtualMachineProvisioningChecker"),
  
  VIRTUAL_MACHINE_SNAPSHOT("VirtualMachineSnapshot"),
  
  VIRTUALIZATION_MANAGER("VirtualizationManager"),
  
  VMWARE_DISTRIBUTED_VIRTUAL_SWITCH("VmwareDistributedVirtualSwitch"),
  
  VSAN_CAPABILITY_SYSTEM("VsanCapabilitySystem"),
  
  VSAN_CLUSTER_HEALTH_SYSTEM("VsanClusterHealthSystem"),
  
  VSAN_CLUSTER_MGMT_INTERNAL_SYSTEM("VsanClusterMgmtInternalSystem"),
  
  VSAN_ISCSI_TARGET_SYSTEM("VsanIscsiTargetSystem"),
  
  VSAN_OBJECT_SYSTEM("VsanObjectSystem"),
  
  VSAN_PERFORMANCE_MANAGER("VsanPerformanceManager"),
  
  VSAN_SPACE_REPORT_SYSTEM("VsanSpaceReportSystem"),
  
  VSAN_SYSTEM_EX("VsanSystemEx"),
  
  VSAN_UPGRADE_SYSTEM("VsanUpgradeSystem"),
  
  VSAN_UPGRADE_SYSTEM_EX("VsanUpgradeSystemEx"),
  
  VSAN_VC_CLUSTER_CONFIG_SYSTEM("VsanVcClusterConfigSystem"),
  
  VSAN_VC_CLUSTER_HEALTH_SYSTEM("VsanVcClusterHealthSystem"),
  
  VSAN_VCSA_DEPLOYER_SYSTEM("VsanVcsaDeployerSystem"),
  
  AGENCY("Agency"),
  
  AGENT("Agent"),
  
  EAM_OBJECT("EamObject"),
  
  EAM_TASK("EamTask"),
  
  ESX_AGENT_MANAGER("EsxAgentManager"),
  
  PBM_CAPABILITY_METADATA_MANAGER("PbmCapabilityMetadataManager"),
  
  PBM_COMPLIANCE_MANAGER("PbmComplianceManager"),
  
  PBM_PLACEMENT_SOLVER("PbmPlacementSolver"),
  
  PBM_PROFILE_PROFILE_MANAGER("PbmProfileProfileManager"),
  
  PBM_PROVIDER("PbmProvider"),
  
  PBM_REPLICATION_MANAGER("PbmReplicationManager"),
  
  PBM_SERVICE_INSTANCE("PbmServiceInstance"),
  
  PBM_SESSION_MANAGER("PbmSessionManager"),
  
  SMS_PROVIDER("SmsProvider"),
  
  SMS_SERVICE_INSTANCE("SmsServiceInstance"),
  
  SMS_SESSION_MANAGER("SmsSessionManager"),
  
  SMS_STORAGE_MANAGER("SmsStorageManager"),
  
  SMS_TASK("SmsTask"),
  
  VASA_PROVIDER("VasaProvider"),
  
  MANAGED_OBJECT("ManagedObject"),
  
  CNS_VOLUME_MANAGER("CnsVolumeManager"),
  
  HOST_SPBM("HostSpbm"),
  
  VSAN_CLUSTER_POWER_SYSTEM("VsanClusterPowerSystem"),
  
  VSAN_DIAGNOSTICS_SYSTEM("VsanDiagnosticsSystem"),
  
  VSAN_FILE_SERVICE_SYSTEM("VsanFileServiceSystem"),
  
  VSAN_HOST_VDS_SYSTEM("VsanHostVdsSystem"),
  
  VSAN_IO_INSIGHT_MANAGER("VsanIoInsightManager"),
  
  VSAN_MASS_COLLECTOR("VsanMassCollector"),
  
  VSAN_OBJECT_MANAGER("VsanObjectManager"),
  
  VSAN_PHONE_HOME_SYSTEM("VsanPhoneHomeSystem"),
  
  VSAN_POLICY_MANAGER("VsanPolicyManager"),
  
  VSAN_REMOTE_DATASTORE_SYSTEM("VsanRemoteDatastoreSystem"),
  
  VSAN_RESOURCE_CHECK_SYSTEM("VsanResourceCheckSystem"),
  
  VSAN_UPDATE_MANAGER("VsanUpdateManager"),
  
  VSAN_VDS_SYSTEM("VsanVdsSystem"),
  
  VSAN_VUM_SYSTEM("VsanVumSystem"),
  
  VSLM_SERVICE_INSTANCE("VslmServiceInstance"),
  
  VSLM_SESSION_MANAGER("VslmSessionManager"),
  
  VSLM_STORAGE_LIFECYCLE_MANAGER("VslmStorageLifecycleManager"),
  
  VSLM_TASK("VslmTask"),
  
  VSLM_V_STORAGE_OBJECT_MANAGER("VslmVStorageObjectManager");

  private String value;

  MoTypesEnum(String value) {
    this.value = value;
  }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static MoTypesEnum fromString(String s) {
      for (MoTypesEnum b : MoTypesEnum.values()) {
        // using Objects.toString() to be safe if value type non-object type
        // because types like 'int' etc. will be auto-boxed
        if (java.util.Objects.toString(b.value).equals(s)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

  @Override
  @JsonValue
  public String toString() {
    return String.valueOf(value);
  }

  @JsonCreator
  public static MoTypesEnum fromValue(String value) {
    for (MoTypesEnum b : MoTypesEnum.values()) {
      if (b.value.equals(value)) {
        return b;
      }
    }
    throw new IllegalArgumentException("Unexpected value '" + value + "'");
  }
}


