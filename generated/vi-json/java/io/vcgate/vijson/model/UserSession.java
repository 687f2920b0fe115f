package io.vcgate.vijson.model;

import io.vcgate.vijson.model.DataObject;
import java.time.OffsetDateTime;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("UserSession")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class UserSession extends DataObject  {
  private String key;
  private String userName;
  private String fullName;
  private OffsetDateTime loginTime;
  private OffsetDateTime lastActiveTime;
  private String locale;
  private String messageLocale;
  private Boolean extensionSession;
  private String ipAddress;
  private String userAgent;
  private Long callCount;

  public UserSession() {
  }

  @JsonCreator
  public UserSession(
    @JsonProperty(required = true, value = "key") String key,
    @JsonProperty(required = true, value = "userName") String userName,
    @JsonProperty(required = true, value = "fullName") String fullName,
    @JsonProperty(required = true, value = "loginTime") OffsetDateTime loginTime,
    @JsonProperty(required = true, value = "lastActiveTime") OffsetDateTime lastActiveTime,
    @JsonProperty(required = true, value = "locale") String locale,
    @JsonProperty(required = true, value = "messageLocale") String messageLocale,
    @JsonProperty(required = true, value = "extensionSession") Boolean extensionSession,
    @JsonProperty(required = true, value = "ipAddress") String ipAddress,
    @JsonProperty(required = true, value = "userAgent") String userAgent,
    @JsonProperty(required = true, value = "callCount") Long callCount,
    @JsonProperty(required = true, value = "_typeName") String typeName
  ) {
    super(
      typeName
    );
    this.key = key;
    this.userName = userName;
    this.fullName = fullName;
    this.loginTime = loginTime;
    this.lastActiveTime = lastActiveTime;
    this.locale = locale;
    this.messageLocale = messageLocale;
    this.extensionSession = extensionSession;
    this.ipAddress = ipAddress;
    this.userAgent = userAgent;
    this.callCount = callCount;
  }

  /**
   * A unique identifier for this session, also known as the session ID. 
   **/
  public UserSession key(String key) {
    this.key = key;
    return this;
  }

  
  @JsonProperty(required = true, value = "key")
  public String getKey() {
    return key;
  }

  @JsonProperty(required = true, value = "key")
  public void setKey(String key) {
    this.key = key;
  }

  /**
   * The user name represented by this session. 
   **/
  public UserSession userName(String userName) {
    this.userName = userName;
    return this;
  }

  
  @JsonProperty(required = true, value = "userName")
  public String getUserName() {
    return userName;
  }

  @JsonProperty(required = true, value = "userName")
  public void setUserName(String userName) {
    this.userName = userName;
  }

  /**
   * The full name of the user, if available. 
   **/
  public UserSession fullName(String fullName) {
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
   * Timestamp when the user last logged on to the server. 
   **/
  public UserSession loginTime(OffsetDateTime loginTime) {
    this.loginTime = loginTime;
    return this;
  }

  
  @JsonProperty(required = true, value = "loginTime")
  public OffsetDateTime getLoginTime() {
    return loginTime;
  }

  @JsonProperty(required = true, value = "loginTime")
  public void setLoginTime(OffsetDateTime loginTime) {
    this.loginTime = loginTime;
  }

  /**
   * Timestamp when the user last executed a command. 
   **/
  public UserSession lastActiveTime(OffsetDateTime lastActiveTime) {
    this.lastActiveTime = lastActiveTime;
    return this;
  }

  
  @JsonProperty(required = true, value = "lastActiveTime")
  public OffsetDateTime getLastActiveTime() {
    return lastActiveTime;
  }

  @JsonProperty(required = true, value = "lastActiveTime")
  public void setLastActiveTime(OffsetDateTime lastActiveTime) {
    this.lastActiveTime = lastActiveTime;
  }

  /**
   * The locale for the session used for data formatting and preferred for messages. 
   **/
  public UserSession locale(String locale) {
    this.locale = locale;
    return this;
  }

  
  @JsonProperty(required = true, value = "locale")
  public String getLocale() {
    return locale;
  }

  @JsonProperty(required = true, value = "locale")
  public void setLocale(String locale) {
    this.locale = locale;
  }

  /**
   * The locale used for messages for the session.  If there are no localized messages for the user-specified locale, then the server determines this locale. 
   **/
  public UserSession messageLocale(String messageLocale) {
    this.messageLocale = messageLocale;
    return this;
  }

  
  @JsonProperty(required = true, value = "messageLocale")
  public String getMessageLocale() {
    return messageLocale;
  }

  @JsonProperty(required = true, value = "messageLocale")
  public void setMessageLocale(String messageLocale) {
    this.messageLocale = messageLocale;
  }

  /**
   * Whether or not this session belongs to a VC Extension. 
   **/
  public UserSession extensionSession(Boolean extensionSession) {
    this.extensionSession = extensionSession;
    return this;
  }

  
  @JsonProperty(required = true, value = "extensionSession")
  public Boolean getExtensionSession() {
    return extensionSession;
  }

  @JsonProperty(required = true, value = "extensionSession")
  public void setExtensionSession(Boolean extensionSession) {
    this.extensionSession = extensionSession;
  }

  /**
   * The client identity.  It could be IP address, or pipe name depended on client binding 
   **/
  public UserSession ipAddress(String ipAddress) {
    this.ipAddress = ipAddress;
    return this;
  }

  
  @JsonProperty(required = true, value = "ipAddress")
  public String getIpAddress() {
    return ipAddress;
  }

  @JsonProperty(required = true, value = "ipAddress")
  public void setIpAddress(String ipAddress) {
    this.ipAddress = ipAddress;
  }

  /**
   * The name of user agent or application 
   **/
  public UserSession userAgent(String userAgent) {
    this.userAgent = userAgent;
    return this;
  }

  
  @JsonProperty(required = true, value = "userAgent")
  public String getUserAgent() {
    return userAgent;
  }

  @JsonProperty(required = true, value = "userAgent")
  public void setUserAgent(String userAgent) {
    this.userAgent = userAgent;
  }

  /**
   * Number of API invocations since the session started 
   **/
  public UserSession callCount(Long callCount) {
    this.callCount = callCount;
    return this;
  }

  
  @JsonProperty(required = true, value = "callCount")
  public Long getCallCount() {
    return callCount;
  }

  @JsonProperty(required = true, value = "callCount")
  public void setCallCount(Long callCount) {
    this.callCount = callCount;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UserSession userSession = (UserSession) o;
    return Objects.equals(this.key, userSession.key) &&
        Objects.equals(this.userName, userSession.userName) &&
        Objects.equals(this.fullName, userSession.fullName) &&
        Objects.equals(this.loginTime, userSession.loginTime) &&
        Objects.equals(this.lastActiveTime, userSession.lastActiveTime) &&
        Objects.equals(this.locale, userSession.locale) &&
        Objects.equals(this.messageLocale, userSession.messageLocale) &&
        Objects.equals(this.extensionSession, userSession.extensionSession) &&
        Objects.equals(this.ipAddress, userSession.ipAddress) &&
        Objects.equals(this.userAgent, userSession.userAgent) &&
        Objects.equals(this.callCount, userSession.callCount) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, userName, fullName, loginTime, lastActiveTime, locale, messageLocale, extensionSession, ipAddress, userAgent, callCount, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class UserSession {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
    sb.append("    userName: ").append(toIndentedString(userName)).append("\n");
    sb.append("    fullName: ").append(toIndentedString(fullName)).append("\n");
    sb.append("    loginTime: ").append(toIndentedString(loginTime)).append("\n");
    sb.append("    lastActiveTime: ").append(toIndentedString(lastActiveTime)).append("\n");
    sb.append("    locale: ").append(toIndentedString(locale)).append("\n");
    sb.append("    messageLocale: ").append(toIndentedString(messageLocale)).append("\n");
    sb.append("    extensionSession: ").append(toIndentedString(extensionSession)).append("\n");
    sb.append("    ipAddress: ").append(toIndentedString(ipAddress)).append("\n");
    sb.append("    userAgent: ").append(toIndentedString(userAgent)).append("\n");
    sb.append("    callCount: ").append(toIndentedString(callCount)).append("\n");
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
