package io.vcgate.vijson.model;

import io.vcgate.vijson.model.DataObject;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("AboutInfo")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class AboutInfo extends DataObject  {
  private String name;
  private String fullName;
  private String vendor;
  private String version;
  private String patchLevel;
  private String build;
  private String localeVersion;
  private String localeBuild;
  private String osType;
  private String productLineId;
  private String apiType;
  private String apiVersion;
  private String instanceUuid;
  private String licenseProductName;
  private String licenseProductVersion;

  public AboutInfo() {
  }

  @JsonCreator
  public AboutInfo(
    @JsonProperty(required = true, value = "name") String name,
    @JsonProperty(required = true, value = "fullName") String fullName,
    @JsonProperty(required = true, value = "vendor") String vendor,
    @JsonProperty(required = true, value = "version") String version,
    @JsonProperty(required = true, value = "build") String build,
    @JsonProperty(required = true, value = "osType") String osType,
    @JsonProperty(required = true, value = "productLineId") String productLineId,
    @JsonProperty(required = true, value = "apiType") String apiType,
    @JsonProperty(required = true, value = "apiVersion") String apiVersion,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.name = name;
    this.fullName = fullName;
    this.vendor = vendor;
    this.version = version;
    this.build = build;
    this.osType = osType;
    this.productLineId = productLineId;
    this.apiType = apiType;
    this.apiVersion = apiVersion;
  }

  /**
   * Short form of the product name. 
   **/
  public AboutInfo name(String name) {
    this.name = name;
    return this;
  }

  
  @JsonProperty(required = true, value = "name")
  public String getName() {
    return name;
  }

  @JsonProperty(required = true, value = "name")
  public void setName(String name) {
    this.name = name;
  }

  /**
   * The complete product name, including the version information. 
   **/
  public AboutInfo fullName(String fullName) {
    this.fullName = fullName;
    return this;
  }

  
  @JsonProperty(required = true, value = "fullName")
  public String getFullName() {
    return fullName;
  }

  @JsonProperty(required = true, value = "fullName")
  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  /**
   * Name of the vendor of this product. 
   **/
  public AboutInfo vendor(String vendor) {
    this.vendor = vendor;
    return this;
  }

  
  @JsonProperty(required = true, value = "vendor")
  public String getVendor() {
    return vendor;
  }

  @JsonProperty(required = true, value = "vendor")
  public void setVendor(String vendor) {
    this.vendor = vendor;
  }

  /**
   * Dot-separated product version string.  For example, \&quot;10.0.2.0\&quot;. 
   **/
  public AboutInfo version(String version) {
    this.version = version;
    return this;
  }

  
  @JsonProperty(required = true, value = "version")
  public String getVersion() {
    return version;
  }

  @JsonProperty(required = true, value = "version")
  public void setVersion(String version) {
    this.version = version;
  }

  /**
   * Patch level for the server.  ***Since:*** vSphere API Release 7.0.2.0 
   **/
  public AboutInfo patchLevel(String patchLevel) {
    this.patchLevel = patchLevel;
    return this;
  }

  
  @JsonProperty("patchLevel")
  public String getPatchLevel() {
    return patchLevel;
  }

  @JsonProperty("patchLevel")
  public void setPatchLevel(String patchLevel) {
    this.patchLevel = patchLevel;
  }

  /**
   * Build string for the server on which this call is made.  For example, x.y.z-num. This string does not apply to the API. 
   **/
  public AboutInfo build(String build) {
    this.build = build;
    return this;
  }

  
  @JsonProperty(required = true, value = "build")
  public String getBuild() {
    return build;
  }

  @JsonProperty(required = true, value = "build")
  public void setBuild(String build) {
    this.build = build;
  }

  /**
   * Version of the message catalog for the current session&#39;s locale. 
   **/
  public AboutInfo localeVersion(String localeVersion) {
    this.localeVersion = localeVersion;
    return this;
  }

  
  @JsonProperty("localeVersion")
  public String getLocaleVersion() {
    return localeVersion;
  }

  @JsonProperty("localeVersion")
  public void setLocaleVersion(String localeVersion) {
    this.localeVersion = localeVersion;
  }

  /**
   * Build number for the current session&#39;s locale.  Typically, this is a small number reflecting a localization change from the normal product build. 
   **/
  public AboutInfo localeBuild(String localeBuild) {
    this.localeBuild = localeBuild;
    return this;
  }

  
  @JsonProperty("localeBuild")
  public String getLocaleBuild() {
    return localeBuild;
  }

  @JsonProperty("localeBuild")
  public void setLocaleBuild(String localeBuild) {
    this.localeBuild = localeBuild;
  }

  /**
   * Operating system type and architecture.  Examples of values are: - \&quot;win32-x86\&quot; - For x86-based Windows systems. - \&quot;linux-x86\&quot; - For x86-based Linux systems. - \&quot;vmnix-x86\&quot; - For the x86 ESX Server microkernel. - \&quot;vmnix-arm64\&quot; - For the arm64 ESX Server microkernel. 
   **/
  public AboutInfo osType(String osType) {
    this.osType = osType;
    return this;
  }

  
  @JsonProperty(required = true, value = "osType")
  public String getOsType() {
    return osType;
  }

  @JsonProperty(required = true, value = "osType")
  public void setOsType(String osType) {
    this.osType = osType;
  }

  /**
   * The product ID is a unique identifier for a product line.  Examples of values are: - \&quot;gsx\&quot; - For the VMware Server product. - \&quot;esx\&quot; - For the ESX product. - \&quot;embeddedEsx\&quot; - For the ESXi product. - \&quot;esxio\&quot; - For the ESXio product. - \&quot;vpx\&quot; - For the VirtualCenter product. 
   **/
  public AboutInfo productLineId(String productLineId) {
    this.productLineId = productLineId;
    return this;
  }

  
  @JsonProperty(required = true, value = "productLineId")
  public String getProductLineId() {
    return productLineId;
  }

  @JsonProperty(required = true, value = "productLineId")
  public void setProductLineId(String productLineId) {
    this.productLineId = productLineId;
  }

  /**
   * Indicates whether or not the service instance represents a standalone host.  If the service instance represents a standalone host, then the physical inventory for that service instance is fixed to that single host. VirtualCenter server provides additional features over single hosts. For example, VirtualCenter offers multi-host management.  Examples of values are: - \&quot;VirtualCenter\&quot; - For a VirtualCenter instance. - \&quot;HostAgent\&quot; - For host agent on an ESX Server or VMware Server host. 
   **/
  public AboutInfo apiType(String apiType) {
    this.apiType = apiType;
    return this;
  }

  
  @JsonProperty(required = true, value = "apiType")
  public String getApiType() {
    return apiType;
  }

  @JsonProperty(required = true, value = "apiType")
  public void setApiType(String apiType) {
    this.apiType = apiType;
  }

  /**
   * The newest long-term supported API version provided by the server.  The version format is \&quot;x.y.z.a\&quot;, where \&quot;x\&quot;, \&quot;y\&quot;, and \&quot;z\&quot; are numbers that do not exceed 99, and \&quot;a\&quot; does not exceed 9999. 
   **/
  public AboutInfo apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  
  @JsonProperty(required = true, value = "apiVersion")
  public String getApiVersion() {
    return apiVersion;
  }

  @JsonProperty(required = true, value = "apiVersion")
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /**
   * A globally unique identifier associated with this service instance. 
   **/
  public AboutInfo instanceUuid(String instanceUuid) {
    this.instanceUuid = instanceUuid;
    return this;
  }

  
  @JsonProperty("instanceUuid")
  public String getInstanceUuid() {
    return instanceUuid;
  }

  @JsonProperty("instanceUuid")
  public void setInstanceUuid(String instanceUuid) {
    this.instanceUuid = instanceUuid;
  }

  /**
   * The license product name 
   **/
  public AboutInfo licenseProductName(String licenseProductName) {
    this.licenseProductName = licenseProductName;
    return this;
  }

  
  @JsonProperty("licenseProductName")
  public String getLicenseProductName() {
    return licenseProductName;
  }

  @JsonProperty("licenseProductName")
  public void setLicenseProductName(String licenseProductName) {
    this.licenseProductName = licenseProductName;
  }

  /**
   * The license product version 
   **/
  public AboutInfo licenseProductVersion(String licenseProductVersion) {
    this.licenseProductVersion = licenseProductVersion;
    return this;
  }

  
  @JsonProperty("licenseProductVersion")
  public String getLicenseProductVersion() {
    return licenseProductVersion;
  }

  @JsonProperty("licenseProductVersion")
  public void setLicenseProductVersion(String licenseProductVersion) {
    this.licenseProductVersion = licenseProductVersion;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AboutInfo aboutInfo = (AboutInfo) o;
    return Objects.equals(this.name, aboutInfo.name) &&
        Objects.equals(this.fullName, aboutInfo.fullName) &&
        Objects.equals(this.vendor, aboutInfo.vendor) &&
        Objects.equals(this.version, aboutInfo.version) &&
        Objects.equals(this.patchLevel, aboutInfo.patchLevel) &&
        Objects.equals(this.build, aboutInfo.build) &&
        Objects.equals(this.localeVersion, aboutInfo.localeVersion) &&
        Objects.equals(this.localeBuild, aboutInfo.localeBuild) &&
        Objects.equals(this.osType, aboutInfo.osType) &&
        Objects.equals(this.productLineId, aboutInfo.productLineId) &&
        Objects.equals(this.apiType, aboutInfo.apiType) &&
        Objects.equals(this.apiVersion, aboutInfo.apiVersion) &&
        Objects.equals(this.instanceUuid, aboutInfo.instanceUuid) &&
        Objects.equals(this.licenseProductName, aboutInfo.licenseProductName) &&
        Objects.equals(this.licenseProductVersion, aboutInfo.licenseProductVersion) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, fullName, vendor, version, patchLevel, build, localeVersion, localeBuild, osType, productLineId, apiType, apiVersion, instanceUuid, licenseProductName, licenseProductVersion, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class AboutInfo {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    fullName: ").append(toIndentedString(fullName)).append("\n");
    sb.append("    vendor: ").append(toIndentedString(vendor)).append("\n");
    sb.append("    version: ").append(toIndentedString(version)).append("\n");
    sb.append("    patchLevel: ").append(toIndentedString(patchLevel)).append("\n");
    sb.append("    build: ").append(toIndentedString(build)).append("\n");
    sb.append("    localeVersion: ").append(toIndentedString(localeVersion)).append("\n");
    sb.append("    localeBuild: ").append(toIndentedString(localeBuild)).append("\n");
    sb.append("    osType: ").append(toIndentedString(osType)).append("\n");
    sb.append("    productLineId: ").append(toIndentedString(productLineId)).append("\n");
    sb.append("    apiType: ").append(toIndentedString(apiType)).append("\n");
    sb.append("    apiVersion: ").append(toIndentedString(apiVersion)).append("\n");
    sb.append("    instanceUuid: ").append(toIndentedString(instanceUuid)).append("\n");
    sb.append("    licenseProductName: ").append(toIndentedString(licenseProductName)).append("\n");
    sb.append("    licenseProductVersion: ").append(toIndentedString(licenseProductVersion)).append("\n");
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
