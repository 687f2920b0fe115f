package io.vcgate.vim25;

import javax.xml.namespace.QName;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlElementDecl;
import jakarta.xml.bind.annotation.XmlRegistry;


/**
 * This object contains factory methods for each 
 * Java content interface and Java element interface 
 * generated in the io.vcgate.vim25 package. 
 * <p>An ObjectFactory allows you to programmatically 
 * construct new instances of the Java representation 
 * for XML content. The Java representation of XML 
 * content can consist of schema derived interfaces 
 * and classes representing the binding of schema 
 * type definitions, element declarations and model 
 * groups.  Factory methods for each of these are 
 * provided in this class.
 * 
 */
@XmlRegistry
public class ObjectFactory {

    private static final QName _RuntimeFaultFault_QNAME = new QName("urn:vim25", "RuntimeFaultFault");
    private static final QName _InvalidCollectorVersionFault_QNAME = new QName("urn:vim25", "InvalidCollectorVersionFault");
    private static final QName _InvalidPropertyFault_QNAME = new QName("urn:vim25", "InvalidPropertyFault");
    private static final QName _CreateFilter_QNAME = new QName("urn:vim25", "CreateFilter");
    private static final QName _CancelWaitForUpdates_QNAME = new QName("urn:vim25", "CancelWaitForUpdates");
    private static final QName _WaitForUpdatesEx_QNAME = new QName("urn:vim25", "WaitForUpdatesEx");
    private static final QName _RetrievePropertiesEx_QNAME = new QName("urn:vim25", "RetrievePropertiesEx");
    private static final QName _ContinueRetrievePropertiesEx_QNAME = new QName("urn:vim25", "ContinueRetrievePropertiesEx");
    private static final QName _CancelRetrievePropertiesEx_QNAME = new QName("urn:vim25", "CancelRetrievePropertiesEx");
    private static final QName _DestroyPropertyFilter_QNAME = new QName("urn:vim25", "DestroyPropertyFilter");
    private static final QName _CurrentTime_QNAME = new QName("urn:vim25", "CurrentTime");
    private static final QName _RetrieveServiceContent_QNAME = new QName("urn:vim25", "RetrieveServiceContent");
    private static final QName _Login_QNAME = new QName("urn:vim25", "Login");
    private static final QName _Logout_QNAME = new QName("urn:vim25", "Logout");
    private static final QName _SessionIsActive_QNAME = new QName("urn:vim25", "SessionIsActive");
    private static final QName _QueryEvents_QNAME = new QName("urn:vim25", "QueryEvents");
    private static final QName _CustomizationFaultFault_QNAME = new QName("urn:vim25", "CustomizationFaultFault");
    private static final QName _GuestPermissionDeniedFault_QNAME = new QName("urn:vim25", "GuestPermissionDeniedFault");
    private static final QName _InvalidGuestLoginFault_QNAME = new QName("urn:vim25", "InvalidGuestLoginFault");
    private static final QName _InvalidLocaleFault_QNAME = new QName("urn:vim25", "InvalidLocaleFault");
    private static final QName _InvalidLoginFault_QNAME = new QName("urn:vim25", "InvalidLoginFault");
    private static final QName _InvalidStateFault_QNAME = new QName("urn:vim25", "InvalidStateFault");
    private static final QName _TaskInProgressFault_QNAME = new QName("urn:vim25", "TaskInProgressFault");
    private static final QName _AbortCustomizationTask_QNAME = new QName("urn:vim25", "AbortCustomization_Task");

    /**
     * Create a new ObjectFactory that can be used to create new instances of schema derived classes for package: io.vcgate.vim25
     * 
     */
    public ObjectFactory() {
    }

    /**
     * Create an instance of {@link RuntimeFault }
     * 
     * @return
     *     the new instance of {@link RuntimeFault }
     */
    public RuntimeFault createRuntimeFault() {
        return new RuntimeFault();
    }

    /**
     * Create an instance of {@link InvalidCollectorVersion }
     * 
     * @return
     *     the new instance of {@link InvalidCollectorVersion }
     */
    public InvalidCollectorVersion createInvalidCollectorVersion() {
        return new InvalidCollectorVersion();
    }

    /**
     * Create an instance of {@link InvalidProperty }
     * 
     * @return
     *     the new instance of {@link InvalidProperty }
     */
    public InvalidProperty createInvalidProperty() {
        return new InvalidProperty();
    }

    /**
     * Create an instance of {@link CreateFilterRequestType }
     * 
     * @return
     *     the new instance of {@link CreateFilterRequestType }
     */
    public CreateFilterRequestType createCreateFilterRequestType() {
        return new CreateFilterRequestType();
    }

    /**
     * Create an instance of {@link CreateFilterResponse }
     * 
     * @return
     *     the new instance of {@link CreateFilterResponse }
     */
    public CreateFilterResponse createCreateFilterResponse() {
        return new CreateFilterResponse();
    }

    /**
     * Create an instance of {@link ManagedObjectReference }
     * 
     * @return
     *     the new instance of {@link ManagedObjectReference }
     */
    public ManagedObjectReference createManagedObjectReference() {
        return new ManagedObjectReference();
    }

    /**
     * Create an instance of {@link CancelWaitForUpdatesRequestType }
     * 
     * @return
     *     the new instance of {@link CancelWaitForUpdatesRequestType }
     */
    public CancelWaitForUpdatesRequestType createCancelWaitForUpdatesRequestType() {
        return new CancelWaitForUpdatesRequestType();
    }

    /**
     * Create an instance of {@link CancelWaitForUpdatesResponse }
     * 
     * @return
     *     the new instance of {@link CancelWaitForUpdatesResponse }
     */
    public CancelWaitForUpdatesResponse createCancelWaitForUpdatesResponse() {
        return new CancelWaitForUpdatesResponse();
    }

    /**
     * Create an instance of {@link WaitForUpdatesExRequestType }
     * 
     * @return
     *     the new instance of {@link WaitForUpdatesExRequestType }
     */
    public WaitForUpdatesExRequestType createWaitForUpdatesExRequestType() {
        return new WaitForUpdatesExRequestType();
    }

    /**
     * Create an instance of {@link WaitForUpdatesExResponse }
     * 
     * @return
     *     the new instance of {@link WaitForUpdatesExResponse }
     */
    public WaitForUpdatesExResponse createWaitForUpdatesExResponse() {
        return new WaitForUpdatesExResponse();
    }

    /**
     * Create an instance of {@link UpdateSet }
     * 
     * @return
     *     the new instance of {@link UpdateSet }
     */
    public UpdateSet createUpdateSet() {
        return new UpdateSet();
    }

    /**
     * Create an instance of {@link RetrievePropertiesExRequestType }
     * 
     * @return
     *     the new instance of {@link RetrievePropertiesExRequestType }
     */
    public RetrievePropertiesExRequestType createRetrievePropertiesExRequestType() {
        return new RetrievePropertiesExRequestType();
    }

    /**
     * Create an instance of {@link RetrievePropertiesExResponse }
     * 
     * @return
     *     the new instance of {@link RetrievePropertiesExResponse }
     */
    public RetrievePropertiesExResponse createRetrievePropertiesExResponse() {
        return new RetrievePropertiesExResponse();
    }

    /**
     * Create an instance of {@link RetrieveResult }
     * 
     * @return
     *     the new instance of {@link RetrieveResult }
     */
    public RetrieveResult createRetrieveResult() {
        return new RetrieveResult();
    }

    /**
     * Create an instance of {@link ContinueRetrievePropertiesExRequestType }
     * 
     * @return
     *     the new instance of {@link ContinueRetrievePropertiesExRequestType }
     */
    public ContinueRetrievePropertiesExRequestType createContinueRetrievePropertiesExRequestType() {
        return new ContinueRetrievePropertiesExRequestType();
    }

    /**
     * Create an instance of {@link ContinueRetrievePropertiesExResponse }
     * 
     * @return
     *     the new instance of {@link ContinueRetrievePropertiesExResponse }
     */
    public ContinueRetrievePropertiesExResponse createContinueRetrievePropertiesExResponse() {
        return new ContinueRetrievePropertiesExResponse();
    }

    /**
     * Create an instance of {@link CancelRetrievePropertiesExRequestType }
     * 
     * @return
     *     the new instance of {@link CancelRetrievePropertiesExRequestType }
     */
    public CancelRetrievePropertiesExRequestType createCancelRetrievePropertiesExRequestType() {
        return new CancelRetrievePropertiesExRequestType();
    }

    /**
     * Create an instance of {@link CancelRetrievePropertiesExResponse }
     * 
     * @return
     *     the new instance of {@link CancelRetrievePropertiesExResponse }
     */
    public CancelRetrievePropertiesExResponse createCancelRetrievePropertiesExResponse() {
        return new CancelRetrievePropertiesExResponse();
    }

    /**
     * Create an instance of {@link DestroyPropertyFilterRequestType }
     * 
     * @return
     *     the new instance of {@link DestroyPropertyFilterRequestType }
     */
    public DestroyPropertyFilterRequestType createDestroyPropertyFilterRequestType() {
        return new DestroyPropertyFilterRequestType();
    }

    /**
     * Create an instance of {@link DestroyPropertyFilterResponse }
     * 
     * @return
     *     the new instance of {@link DestroyPropertyFilterResponse }
     */
    public DestroyPropertyFilterResponse createDestroyPropertyFilterResponse() {
        return new DestroyPropertyFilterResponse();
    }

    /**
     * Create an instance of {@link CurrentTimeRequestType }
     * 
     * @return
     *     the new instance of {@link CurrentTimeRequestType }
     */
    public CurrentTimeRequestType createCurrentTimeRequestType() {
        return new CurrentTimeRequestType();
    }

    /**
     * Create an instance of {@link CurrentTimeResponse }
     * 
     * @return
     *     the new instance of {@link CurrentTimeResponse }
     */
    public CurrentTimeResponse createCurrentTimeResponse() {
        return new CurrentTimeResponse();
    }

    /**
     * Create an instance of {@link RetrieveServiceContentRequestType }
     * 
     * @return
     *     the new instance of {@link RetrieveServiceContentRequestType }
     */
    public RetrieveServiceContentRequestType createRetrieveServiceContentRequestType() {
        return new RetrieveServiceContentRequestType();
    }

    /**
     * Create an instance of {@link RetrieveServiceContentResponse }
     * 
     * @return
     *     the new instance of {@link RetrieveServiceContentResponse }
     */
    public RetrieveServiceContentResponse createRetrieveServiceContentResponse() {
        return new RetrieveServiceContentResponse();
    }

    /**
     * Create an instance of {@link ServiceContent }
     * 
     * @return
     *     the new instance of {@link ServiceContent }
     */
    public ServiceContent createServiceContent() {
        return new ServiceContent();
    }

    /**
     * Create an instance of {@link LoginRequestType }
     * 
     * @return
     *     the new instance of {@link LoginRequestType }
     */
    public LoginRequestType createLoginRequestType() {
        return new LoginRequestType();
    }

    /**
     * Create an instance of {@link LoginResponse }
     * 
     * @return
     *     the new instance of {@link LoginResponse }
     */
    public LoginResponse createLoginResponse() {
        return new LoginResponse();
    }

    /**
     * Create an instance of {@link UserSession }
     * 
     * @return
     *     the new instance of {@link UserSession }
     */
    public UserSession createUserSession() {
        return new UserSession();
    }

    /**
     * Create an instance of {@link LogoutRequestType }
     * 
     * @return
     *     the new instance of {@link LogoutRequestType }
     */
    public LogoutRequestType createLogoutRequestType() {
        return new LogoutRequestType();
    }

    /**
     * Create an instance of {@link LogoutResponse }
     * 
     * @return
     *     the new instance of {@link LogoutResponse }
     */
    public LogoutResponse createLogoutResponse() {
        return new LogoutResponse();
    }

    /**
     * Create an instance of {@link SessionIsActiveRequestType }
     * 
     * @return
     *     the new instance of {@link SessionIsActiveRequestType }
     */
    public SessionIsActiveRequestType createSessionIsActiveRequestType() {
        return new SessionIsActiveRequestType();
    }

    /**
     * Create an instance of {@link SessionIsActiveResponse }
     * 
     * @return
     *     the new instance of {@link SessionIsActiveResponse }
     */
    public SessionIsActiveResponse createSessionIsActiveResponse() {
        return new SessionIsActiveResponse();
    }

    /**
     * Create an instance of {@link QueryEventsRequestType }
     * 
     * @return
     *     the new instance of {@link QueryEventsRequestType }
     */
    public QueryEventsRequestType createQueryEventsRequestType() {
        return new QueryEventsRequestType();
    }

    /**
     * Create an instance of {@link QueryEventsResponse }
     * 
     * @return
     *     the new instance of {@link QueryEventsResponse }
     */
    public QueryEventsResponse createQueryEventsResponse() {
        return new QueryEventsResponse();
    }

    /**
     * Create an instance of {@link Event }
     * 
     * @return
     *     the new instance of {@link Event }
     */
    public Event createEvent() {
        return new Event();
    }

    /**
     * Create an instance of {@link CustomizationFault }
     * 
     * @return
     *     the new instance of {@link CustomizationFault }
     */
    public CustomizationFault createCustomizationFault() {
        return new CustomizationFault();
    }

    /**
     * Create an instance of {@link GuestPermissionDenied }
     * 
     * @return
     *     the new instance of {@link GuestPermissionDenied }
     */
    public GuestPermissionDenied createGuestPermissionDenied() {
        return new GuestPermissionDenied();
    }

    /**
     * Create an instance of {@link InvalidGuestLogin }
     * 
     * @return
     *     the new instance of {@link InvalidGuestLogin }
     */
    public InvalidGuestLogin createInvalidGuestLogin() {
        return new InvalidGuestLogin();
    }

    /**
     * Create an instance of {@link InvalidLocale }
     * 
     * @return
     *     the new instance of {@link InvalidLocale }
     */
    public InvalidLocale createInvalidLocale() {
        return new InvalidLocale();
    }

    /**
     * Create an instance of {@link InvalidLogin }
     * 
     * @return
     *     the new instance of {@link InvalidLogin }
     */
    public InvalidLogin createInvalidLogin() {
        return new InvalidLogin();
    }

    /**
     * Create an instance of {@link InvalidState }
     * 
     * @return
     *     the new instance of {@link InvalidState }
     */
    public InvalidState createInvalidState() {
        return new InvalidState();
    }

    /**
     * Create an instance of {@link TaskInProgress }
     * 
     * @return
     *     the new instance of {@link TaskInProgress }
     */
    public TaskInProgress createTaskInProgress() {
        return new TaskInProgress();
    }

    /**
     * Create an instance of {@link AbortCustomizationRequestType }
     * 
     * @return
     *     the new instance of {@link AbortCustomizationRequestType }
     */
    public AbortCustomizationRequestType createAbortCustomizationRequestType() {
        return new AbortCustomizationRequestType();
    }

    /**
     * Create an instance of {@link AbortCustomizationTaskResponse }
     * 
     * @return
     *     the new instance of {@link AbortCustomizationTaskResponse }
     */
    public AbortCustomizationTaskResponse createAbortCustomizationTaskResponse() {
        return new AbortCustomizationTaskResponse();
    }

    /**
     * Create an instance of {@link DynamicArray }
     * 
     * @return
     *     the new instance of {@link DynamicArray }
     */
    public DynamicArray createDynamicArray() {
        return new DynamicArray();
    }

    /**
     * Create an instance of {@link DynamicData }
     * 
     * @return
     *     the new instance of {@link DynamicData }
     */
    public DynamicData createDynamicData() {
        return new DynamicData();
    }

    /**
     * Create an instance of {@link DynamicProperty }
     * 
     * @return
     *     the new instance of {@link DynamicProperty }
     */
    public DynamicProperty createDynamicProperty() {
        return new DynamicProperty();
    }

    /**
     * Create an instance of {@link ArrayOfDynamicProperty }
     * 
     * @return
     *     the new instance of {@link ArrayOfDynamicProperty }
     */
    public ArrayOfDynamicProperty createArrayOfDynamicProperty() {
        return new ArrayOfDynamicProperty();
    }

    /**
     * Create an instance of {@link KeyAnyValue }
     * 
     * @return
     *     the new instance of {@link KeyAnyValue }
     */
    public KeyAnyValue createKeyAnyValue() {
        return new KeyAnyValue();
    }

    /**
     * Create an instance of {@link ArrayOfKeyAnyValue }
     * 
     * @return
     *     the new instance of {@link ArrayOfKeyAnyValue }
     */
    public ArrayOfKeyAnyValue createArrayOfKeyAnyValue() {
        return new ArrayOfKeyAnyValue();
    }

    /**
     * Create an instance of {@link LocalizableMessage }
     * 
     * @return
     *     the new instance of {@link LocalizableMessage }
     */
    public LocalizableMessage createLocalizableMessage() {
        return new LocalizableMessage();
    }

    /**
     * Create an instance of {@link ArrayOfLocalizableMessage }
     * 
     * @return
     *     the new instance of {@link ArrayOfLocalizableMessage }
     */
    public ArrayOfLocalizableMessage createArrayOfLocalizableMessage() {
        return new ArrayOfLocalizableMessage();
    }

    /**
     * Create an instance of {@link LocalizedMethodFault }
     * 
     * @return
     *     the new instance of {@link LocalizedMethodFault }
     */
    public LocalizedMethodFault createLocalizedMethodFault() {
        return new LocalizedMethodFault();
    }

    /**
     * Create an instance of {@link MethodFault }
     * 
     * @return
     *     the new instance of {@link MethodFault }
     */
    public MethodFault createMethodFault() {
        return new MethodFault();
    }

    /**
     * Create an instance of {@link ArrayOfMethodFault }
     * 
     * @return
     *     the new instance of {@link ArrayOfMethodFault }
     */
    public ArrayOfMethodFault createArrayOfMethodFault() {
        return new ArrayOfMethodFault();
    }

    /**
     * Create an instance of {@link HostCommunication }
     * 
     * @return
     *     the new instance of {@link HostCommunication }
     */
    public HostCommunication createHostCommunication() {
        return new HostCommunication();
    }

    /**
     * Create an instance of {@link HostNotConnected }
     * 
     * @return
     *     the new instance of {@link HostNotConnected }
     */
    public HostNotConnected createHostNotConnected() {
        return new HostNotConnected();
    }

    /**
     * Create an instance of {@link HostNotReachable }
     * 
     * @return
     *     the new instance of {@link HostNotReachable }
     */
    public HostNotReachable createHostNotReachable() {
        return new HostNotReachable();
    }

    /**
     * Create an instance of {@link InvalidArgument }
     * 
     * @return
     *     the new instance of {@link InvalidArgument }
     */
    public InvalidArgument createInvalidArgument() {
        return new InvalidArgument();
    }

    /**
     * Create an instance of {@link InvalidRequest }
     * 
     * @return
     *     the new instance of {@link InvalidRequest }
     */
    public InvalidRequest createInvalidRequest() {
        return new InvalidRequest();
    }

    /**
     * Create an instance of {@link InvalidType }
     * 
     * @return
     *     the new instance of {@link InvalidType }
     */
    public InvalidType createInvalidType() {
        return new InvalidType();
    }

    /**
     * Create an instance of {@link ManagedObjectNotFound }
     * 
     * @return
     *     the new instance of {@link ManagedObjectNotFound }
     */
    public ManagedObjectNotFound createManagedObjectNotFound() {
        return new ManagedObjectNotFound();
    }

    /**
     * Create an instance of {@link MethodNotFound }
     * 
     * @return
     *     the new instance of {@link MethodNotFound }
     */
    public MethodNotFound createMethodNotFound() {
        return new MethodNotFound();
    }

    /**
     * Create an instance of {@link NotEnoughLicenses }
     * 
     * @return
     *     the new instance of {@link NotEnoughLicenses }
     */
    public NotEnoughLicenses createNotEnoughLicenses() {
        return new NotEnoughLicenses();
    }

    /**
     * Create an instance of {@link NotImplemented }
     * 
     * @return
     *     the new instance of {@link NotImplemented }
     */
    public NotImplemented createNotImplemented() {
        return new NotImplemented();
    }

    /**
     * Create an instance of {@link NotSupported }
     * 
     * @return
     *     the new instance of {@link NotSupported }
     */
    public NotSupported createNotSupported() {
        return new NotSupported();
    }

    /**
     * Create an instance of {@link RequestCanceled }
     * 
     * @return
     *     the new instance of {@link RequestCanceled }
     */
    public RequestCanceled createRequestCanceled() {
        return new RequestCanceled();
    }

    /**
     * Create an instance of {@link SecurityError }
     * 
     * @return
     *     the new instance of {@link SecurityError }
     */
    public SecurityError createSecurityError() {
        return new SecurityError();
    }

    /**
     * Create an instance of {@link SystemError }
     * 
     * @return
     *     the new instance of {@link SystemError }
     */
    public SystemError createSystemError() {
        return new SystemError();
    }

    /**
     * Create an instance of {@link UnexpectedFault }
     * 
     * @return
     *     the new instance of {@link UnexpectedFault }
     */
    public UnexpectedFault createUnexpectedFault() {
        return new UnexpectedFault();
    }

    /**
     * Create an instance of {@link ArrayOfManagedObjectReference }
     * 
     * @return
     *     the new instance of {@link ArrayOfManagedObjectReference }
     */
    public ArrayOfManagedObjectReference createArrayOfManagedObjectReference() {
        return new ArrayOfManagedObjectReference();
    }

    /**
     * Create an instance of {@link ArrayOfAnyURI }
     * 
     * @return
     *     the new instance of {@link ArrayOfAnyURI }
     */
    public ArrayOfAnyURI createArrayOfAnyURI() {
        return new ArrayOfAnyURI();
    }

    /**
     * Create an instance of {@link ArrayOfBoolean }
     * 
     * @return
     *     the new instance of {@link ArrayOfBoolean }
     */
    public ArrayOfBoolean createArrayOfBoolean() {
        return new ArrayOfBoolean();
    }

    /**
     * Create an instance of {@link ArrayOfByte }
     * 
     * @return
     *     the new instance of {@link ArrayOfByte }
     */
    public ArrayOfByte createArrayOfByte() {
        return new ArrayOfByte();
    }

    /**
     * Create an instance of {@link ArrayOfShort }
     * 
     * @return
     *     the new instance of {@link ArrayOfShort }
     */
    public ArrayOfShort createArrayOfShort() {
        return new ArrayOfShort();
    }

    /**
     * Create an instance of {@link ArrayOfInt }
     * 
     * @return
     *     the new instance of {@link ArrayOfInt }
     */
    public ArrayOfInt createArrayOfInt() {
        return new ArrayOfInt();
    }

    /**
     * Create an instance of {@link ArrayOfLong }
     * 
     * @return
     *     the new instance of {@link ArrayOfLong }
     */
    public ArrayOfLong createArrayOfLong() {
        return new ArrayOfLong();
    }

    /**
     * Create an instance of {@link ArrayOfDouble }
     * 
     * @return
     *     the new instance of {@link ArrayOfDouble }
     */
    public ArrayOfDouble createArrayOfDouble() {
        return new ArrayOfDouble();
    }

    /**
     * Create an instance of {@link ArrayOfString }
     * 
     * @return
     *     the new instance of {@link ArrayOfString }
     */
    public ArrayOfString createArrayOfString() {
        return new ArrayOfString();
    }

    /**
     * Create an instance of {@link ArrayOfUri }
     * 
     * @return
     *     the new instance of {@link ArrayOfUri }
     */
    public ArrayOfUri createArrayOfUri() {
        return new ArrayOfUri();
    }

    /**
     * Create an instance of {@link ArrayOfBase64Binary }
     * 
     * @return
     *     the new instance of {@link ArrayOfBase64Binary }
     */
    public ArrayOfBase64Binary createArrayOfBase64Binary() {
        return new ArrayOfBase64Binary();
    }

    /**
     * Create an instance of {@link ArrayOfAnyType }
     * 
     * @return
     *     the new instance of {@link ArrayOfAnyType }
     */
    public ArrayOfAnyType createArrayOfAnyType() {
        return new ArrayOfAnyType();
    }

    /**
     * Create an instance of {@link PropertyFilterSpec }
     * 
     * @return
     *     the new instance of {@link PropertyFilterSpec }
     */
    public PropertyFilterSpec createPropertyFilterSpec() {
        return new PropertyFilterSpec();
    }

    /**
     * Create an instance of {@link ArrayOfPropertyFilterSpec }
     * 
     * @return
     *     the new instance of {@link ArrayOfPropertyFilterSpec }
     */
    public ArrayOfPropertyFilterSpec createArrayOfPropertyFilterSpec() {
        return new ArrayOfPropertyFilterSpec();
    }

    /**
     * Create an instance of {@link PropertySpec }
     * 
     * @return
     *     the new instance of {@link PropertySpec }
     */
    public PropertySpec createPropertySpec() {
        return new PropertySpec();
    }

    /**
     * Create an instance of {@link ArrayOfPropertySpec }
     * 
     * @return
     *     the new instance of {@link ArrayOfPropertySpec }
     */
    public ArrayOfPropertySpec createArrayOfPropertySpec() {
        return new ArrayOfPropertySpec();
    }

    /**
     * Create an instance of {@link ObjectSpec }
     * 
     * @return
     *     the new instance of {@link ObjectSpec }
     */
    public ObjectSpec createObjectSpec() {
        return new ObjectSpec();
    }

    /**
     * Create an instance of {@link ArrayOfObjectSpec }
     * 
     * @return
     *     the new instance of {@link ArrayOfObjectSpec }
     */
    public ArrayOfObjectSpec createArrayOfObjectSpec() {
        return new ArrayOfObjectSpec();
    }

    /**
     * Create an instance of {@link SelectionSpec }
     * 
     * @return
     *     the new instance of {@link SelectionSpec }
     */
    public SelectionSpec createSelectionSpec() {
        return new SelectionSpec();
    }

    /**
     * Create an instance of {@link ArrayOfSelectionSpec }
     * 
     * @return
     *     the new instance of {@link ArrayOfSelectionSpec }
     */
    public ArrayOfSelectionSpec createArrayOfSelectionSpec() {
        return new ArrayOfSelectionSpec();
    }

    /**
     * Create an instance of {@link TraversalSpec }
     * 
     * @return
     *     the new instance of {@link TraversalSpec }
     */
    public TraversalSpec createTraversalSpec() {
        return new TraversalSpec();
    }

    /**
     * Create an instance of {@link ObjectContent }
     * 
     * @return
     *     the new instance of {@link ObjectContent }
     */
    public ObjectContent createObjectContent() {
        return new ObjectContent();
    }

    /**
     * Create an instance of {@link ArrayOfObjectContent }
     * 
     * @return
     *     the new instance of {@link ArrayOfObjectContent }
     */
    public ArrayOfObjectContent createArrayOfObjectContent() {
        return new ArrayOfObjectContent();
    }

    /**
     * Create an instance of {@link PropertyFilterUpdate }
     * 
     * @return
     *     the new instance of {@link PropertyFilterUpdate }
     */
    public PropertyFilterUpdate createPropertyFilterUpdate() {
        return new PropertyFilterUpdate();
    }

    /**
     * Create an instance of {@link ArrayOfPropertyFilterUpdate }
     * 
     * @return
     *     the new instance of {@link ArrayOfPropertyFilterUpdate }
     */
    public ArrayOfPropertyFilterUpdate createArrayOfPropertyFilterUpdate() {
        return new ArrayOfPropertyFilterUpdate();
    }

    /**
     * Create an instance of {@link ObjectUpdate }
     * 
     * @return
     *     the new instance of {@link ObjectUpdate }
     */
    public ObjectUpdate createObjectUpdate() {
        return new ObjectUpdate();
    }

    /**
     * Create an instance of {@link ArrayOfObjectUpdate }
     * 
     * @return
     *     the new instance of {@link ArrayOfObjectUpdate }
     */
    public ArrayOfObjectUpdate createArrayOfObjectUpdate() {
        return new ArrayOfObjectUpdate();
    }

    /**
     * Create an instance of {@link PropertyChange }
     * 
     * @return
     *     the new instance of {@link PropertyChange }
     */
    public PropertyChange createPropertyChange() {
        return new PropertyChange();
    }

    /**
     * Create an instance of {@link ArrayOfPropertyChange }
     * 
     * @return
     *     the new instance of {@link ArrayOfPropertyChange }
     */
    public ArrayOfPropertyChange createArrayOfPropertyChange() {
        return new ArrayOfPropertyChange();
    }

    /**
     * Create an instance of {@link MissingProperty }
     * 
     * @return
     *     the new instance of {@link MissingProperty }
     */
    public MissingProperty createMissingProperty() {
        return new MissingProperty();
    }

    /**
     * Create an instance of {@link ArrayOfMissingProperty }
     * 
     * @return
     *     the new instance of {@link ArrayOfMissingProperty }
     */
    public ArrayOfMissingProperty createArrayOfMissingProperty() {
        return new ArrayOfMissingProperty();
    }

    /**
     * Create an instance of {@link MissingObject }
     * 
     * @return
     *     the new instance of {@link MissingObject }
     */
    public MissingObject createMissingObject() {
        return new MissingObject();
    }

    /**
     * Create an instance of {@link ArrayOfMissingObject }
     * 
     * @return
     *     the new instance of {@link ArrayOfMissingObject }
     */
    public ArrayOfMissingObject createArrayOfMissingObject() {
        return new ArrayOfMissingObject();
    }

    /**
     * Create an instance of {@link WaitOptions }
     * 
     * @return
     *     the new instance of {@link WaitOptions }
     */
    public WaitOptions createWaitOptions() {
        return new WaitOptions();
    }

    /**
     * Create an instance of {@link RetrieveOptions }
     * 
     * @return
     *     the new instance of {@link RetrieveOptions }
     */
    public RetrieveOptions createRetrieveOptions() {
        return new RetrieveOptions();
    }

    /**
     * Create an instance of {@link RetrievePropertiesRequestType }
     * 
     * @return
     *     the new instance of {@link RetrievePropertiesRequestType }
     */
    public RetrievePropertiesRequestType createRetrievePropertiesRequestType() {
        return new RetrievePropertiesRequestType();
    }

    /**
     * Create an instance of {@link CheckForUpdatesRequestType }
     * 
     * @return
     *     the new instance of {@link CheckForUpdatesRequestType }
     */
    public CheckForUpdatesRequestType createCheckForUpdatesRequestType() {
        return new CheckForUpdatesRequestType();
    }

    /**
     * Create an instance of {@link WaitForUpdatesRequestType }
     * 
     * @return
     *     the new instance of {@link WaitForUpdatesRequestType }
     */
    public WaitForUpdatesRequestType createWaitForUpdatesRequestType() {
        return new WaitForUpdatesRequestType();
    }

    /**
     * Create an instance of {@link CreatePropertyCollectorRequestType }
     * 
     * @return
     *     the new instance of {@link CreatePropertyCollectorRequestType }
     */
    public CreatePropertyCollectorRequestType createCreatePropertyCollectorRequestType() {
        return new CreatePropertyCollectorRequestType();
    }

    /**
     * Create an instance of {@link DestroyPropertyCollectorRequestType }
     * 
     * @return
     *     the new instance of {@link DestroyPropertyCollectorRequestType }
     */
    public DestroyPropertyCollectorRequestType createDestroyPropertyCollectorRequestType() {
        return new DestroyPropertyCollectorRequestType();
    }

    /**
     * Create an instance of {@link AboutInfo }
     * 
     * @return
     *     the new instance of {@link AboutInfo }
     */
    public AboutInfo createAboutInfo() {
        return new AboutInfo();
    }

    /**
     * Create an instance of {@link TaskInfo }
     * 
     * @return
     *     the new instance of {@link TaskInfo }
     */
    public TaskInfo createTaskInfo() {
        return new TaskInfo();
    }

    /**
     * Create an instance of {@link ArrayOfTaskInfo }
     * 
     * @return
     *     the new instance of {@link ArrayOfTaskInfo }
     */
    public ArrayOfTaskInfo createArrayOfTaskInfo() {
        return new ArrayOfTaskInfo();
    }

    /**
     * Create an instance of {@link ArrayOfTaskInfoState }
     * 
     * @return
     *     the new instance of {@link ArrayOfTaskInfoState }
     */
    public ArrayOfTaskInfoState createArrayOfTaskInfoState() {
        return new ArrayOfTaskInfoState();
    }

    /**
     * Create an instance of {@link TaskReason }
     * 
     * @return
     *     the new instance of {@link TaskReason }
     */
    public TaskReason createTaskReason() {
        return new TaskReason();
    }

    /**
     * Create an instance of {@link TaskReasonUser }
     * 
     * @return
     *     the new instance of {@link TaskReasonUser }
     */
    public TaskReasonUser createTaskReasonUser() {
        return new TaskReasonUser();
    }

    /**
     * Create an instance of {@link ArrayOfUserSession }
     * 
     * @return
     *     the new instance of {@link ArrayOfUserSession }
     */
    public ArrayOfUserSession createArrayOfUserSession() {
        return new ArrayOfUserSession();
    }

    /**
     * Create an instance of {@link ArrayOfEvent }
     * 
     * @return
     *     the new instance of {@link ArrayOfEvent }
     */
    public ArrayOfEvent createArrayOfEvent() {
        return new ArrayOfEvent();
    }

    /**
     * Create an instance of {@link VmEvent }
     * 
     * @return
     *     the new instance of {@link VmEvent }
     */
    public VmEvent createVmEvent() {
        return new VmEvent();
    }

    /**
     * Create an instance of {@link CustomizationEvent }
     * 
     * @return
     *     the new instance of {@link CustomizationEvent }
     */
    public CustomizationEvent createCustomizationEvent() {
        return new CustomizationEvent();
    }

    /**
     * Create an instance of {@link CustomizationStartedEvent }
     * 
     * @return
     *     the new instance of {@link CustomizationStartedEvent }
     */
    public CustomizationStartedEvent createCustomizationStartedEvent() {
        return new CustomizationStartedEvent();
    }

    /**
     * Create an instance of {@link CustomizationSucceeded }
     * 
     * @return
     *     the new instance of {@link CustomizationSucceeded }
     */
    public CustomizationSucceeded createCustomizationSucceeded() {
        return new CustomizationSucceeded();
    }

    /**
     * Create an instance of {@link CustomizationFailed }
     * 
     * @return
     *     the new instance of {@link CustomizationFailed }
     */
    public CustomizationFailed createCustomizationFailed() {
        return new CustomizationFailed();
    }

    /**
     * Create an instance of {@link CustomizationUnknownFailure }
     * 
     * @return
     *     the new instance of {@link CustomizationUnknownFailure }
     */
    public CustomizationUnknownFailure createCustomizationUnknownFailure() {
        return new CustomizationUnknownFailure();
    }

    /**
     * Create an instance of {@link CustomizationSysprepFailed }
     * 
     * @return
     *     the new instance of {@link CustomizationSysprepFailed }
     */
    public CustomizationSysprepFailed createCustomizationSysprepFailed() {
        return new CustomizationSysprepFailed();
    }

    /**
     * Create an instance of {@link CustomizationLinuxIdentityFailed }
     * 
     * @return
     *     the new instance of {@link CustomizationLinuxIdentityFailed }
     */
    public CustomizationLinuxIdentityFailed createCustomizationLinuxIdentityFailed() {
        return new CustomizationLinuxIdentityFailed();
    }

    /**
     * Create an instance of {@link CustomizationNetworkSetupFailed }
     * 
     * @return
     *     the new instance of {@link CustomizationNetworkSetupFailed }
     */
    public CustomizationNetworkSetupFailed createCustomizationNetworkSetupFailed() {
        return new CustomizationNetworkSetupFailed();
    }

    /**
     * Create an instance of {@link EventArgument }
     * 
     * @return
     *     the new instance of {@link EventArgument }
     */
    public EventArgument createEventArgument() {
        return new EventArgument();
    }

    /**
     * Create an instance of {@link EntityEventArgument }
     * 
     * @return
     *     the new instance of {@link EntityEventArgument }
     */
    public EntityEventArgument createEntityEventArgument() {
        return new EntityEventArgument();
    }

    /**
     * Create an instance of {@link DatacenterEventArgument }
     * 
     * @return
     *     the new instance of {@link DatacenterEventArgument }
     */
    public DatacenterEventArgument createDatacenterEventArgument() {
        return new DatacenterEventArgument();
    }

    /**
     * Create an instance of {@link ComputeResourceEventArgument }
     * 
     * @return
     *     the new instance of {@link ComputeResourceEventArgument }
     */
    public ComputeResourceEventArgument createComputeResourceEventArgument() {
        return new ComputeResourceEventArgument();
    }

    /**
     * Create an instance of {@link HostEventArgument }
     * 
     * @return
     *     the new instance of {@link HostEventArgument }
     */
    public HostEventArgument createHostEventArgument() {
        return new HostEventArgument();
    }

    /**
     * Create an instance of {@link ArrayOfHostEventArgument }
     * 
     * @return
     *     the new instance of {@link ArrayOfHostEventArgument }
     */
    public ArrayOfHostEventArgument createArrayOfHostEventArgument() {
        return new ArrayOfHostEventArgument();
    }

    /**
     * Create an instance of {@link VmEventArgument }
     * 
     * @return
     *     the new instance of {@link VmEventArgument }
     */
    public VmEventArgument createVmEventArgument() {
        return new VmEventArgument();
    }

    /**
     * Create an instance of {@link ArrayOfVmEventArgument }
     * 
     * @return
     *     the new instance of {@link ArrayOfVmEventArgument }
     */
    public ArrayOfVmEventArgument createArrayOfVmEventArgument() {
        return new ArrayOfVmEventArgument();
    }

    /**
     * Create an instance of {@link DatastoreEventArgument }
     * 
     * @return
     *     the new instance of {@link DatastoreEventArgument }
     */
    public DatastoreEventArgument createDatastoreEventArgument() {
        return new DatastoreEventArgument();
    }

    /**
     * Create an instance of {@link NetworkEventArgument }
     * 
     * @return
     *     the new instance of {@link NetworkEventArgument }
     */
    public NetworkEventArgument createNetworkEventArgument() {
        return new NetworkEventArgument();
    }

    /**
     * Create an instance of {@link DvsEventArgument }
     * 
     * @return
     *     the new instance of {@link DvsEventArgument }
     */
    public DvsEventArgument createDvsEventArgument() {
        return new DvsEventArgument();
    }

    /**
     * Create an instance of {@link EventFilterSpec }
     * 
     * @return
     *     the new instance of {@link EventFilterSpec }
     */
    public EventFilterSpec createEventFilterSpec() {
        return new EventFilterSpec();
    }

    /**
     * Create an instance of {@link EventFilterSpecByEntity }
     * 
     * @return
     *     the new instance of {@link EventFilterSpecByEntity }
     */
    public EventFilterSpecByEntity createEventFilterSpecByEntity() {
        return new EventFilterSpecByEntity();
    }

    /**
     * Create an instance of {@link EventFilterSpecByTime }
     * 
     * @return
     *     the new instance of {@link EventFilterSpecByTime }
     */
    public EventFilterSpecByTime createEventFilterSpecByTime() {
        return new EventFilterSpecByTime();
    }

    /**
     * Create an instance of {@link EventFilterSpecByUsername }
     * 
     * @return
     *     the new instance of {@link EventFilterSpecByUsername }
     */
    public EventFilterSpecByUsername createEventFilterSpecByUsername() {
        return new EventFilterSpecByUsername();
    }

    /**
     * Create an instance of {@link GuestOperationsFault }
     * 
     * @return
     *     the new instance of {@link GuestOperationsFault }
     */
    public GuestOperationsFault createGuestOperationsFault() {
        return new GuestOperationsFault();
    }

    /**
     * Create an instance of {@link InvalidPowerState }
     * 
     * @return
     *     the new instance of {@link InvalidPowerState }
     */
    public InvalidPowerState createInvalidPowerState() {
        return new InvalidPowerState();
    }

    /**
     * Create an instance of {@link NoPermission }
     * 
     * @return
     *     the new instance of {@link NoPermission }
     */
    public NoPermission createNoPermission() {
        return new NoPermission();
    }

    /**
     * Create an instance of {@link NotAuthenticated }
     * 
     * @return
     *     the new instance of {@link NotAuthenticated }
     */
    public NotAuthenticated createNotAuthenticated() {
        return new NotAuthenticated();
    }

    /**
     * Create an instance of {@link VimFault }
     * 
     * @return
     *     the new instance of {@link VimFault }
     */
    public VimFault createVimFault() {
        return new VimFault();
    }

    /**
     * Create an instance of {@link GuestInfoCustomizationInfo }
     * 
     * @return
     *     the new instance of {@link GuestInfoCustomizationInfo }
     */
    public GuestInfoCustomizationInfo createGuestInfoCustomizationInfo() {
        return new GuestInfoCustomizationInfo();
    }

    /**
     * Create an instance of {@link GuestAuthentication }
     * 
     * @return
     *     the new instance of {@link GuestAuthentication }
     */
    public GuestAuthentication createGuestAuthentication() {
        return new GuestAuthentication();
    }

    /**
     * Create an instance of {@link NamePasswordAuthentication }
     * 
     * @return
     *     the new instance of {@link NamePasswordAuthentication }
     */
    public NamePasswordAuthentication createNamePasswordAuthentication() {
        return new NamePasswordAuthentication();
    }

    /**
     * Create an instance of {@link SAMLTokenAuthentication }
     * 
     * @return
     *     the new instance of {@link SAMLTokenAuthentication }
     */
    public SAMLTokenAuthentication createSAMLTokenAuthentication() {
        return new SAMLTokenAuthentication();
    }

    /**
     * Create an instance of {@link SSPIAuthentication }
     * 
     * @return
     *     the new instance of {@link SSPIAuthentication }
     */
    public SSPIAuthentication createSSPIAuthentication() {
        return new SSPIAuthentication();
    }

    /**
     * Create an instance of {@link TicketedSessionAuthentication }
     * 
     * @return
     *     the new instance of {@link TicketedSessionAuthentication }
     */
    public TicketedSessionAuthentication createTicketedSessionAuthentication() {
        return new TicketedSessionAuthentication();
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link RuntimeFault }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link RuntimeFault }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "RuntimeFaultFault")
    public JAXBElement<RuntimeFault> createRuntimeFaultFault(RuntimeFault value) {
        return new JAXBElement<>(_RuntimeFaultFault_QNAME, RuntimeFault.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link InvalidCollectorVersion }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link InvalidCollectorVersion }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "InvalidCollectorVersionFault")
    public JAXBElement<InvalidCollectorVersion> createInvalidCollectorVersionFault(InvalidCollectorVersion value) {
        return new JAXBElement<>(_InvalidCollectorVersionFault_QNAME, InvalidCollectorVersion.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link InvalidProperty }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link InvalidProperty }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "InvalidPropertyFault")
    public JAXBElement<InvalidProperty> createInvalidPropertyFault(InvalidProperty value) {
        return new JAXBElement<>(_InvalidPropertyFault_QNAME, InvalidProperty.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link CreateFilterRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link CreateFilterRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "CreateFilter")
    public JAXBElement<CreateFilterRequestType> createCreateFilter(CreateFilterRequestType value) {
        return new JAXBElement<>(_CreateFilter_QNAME, CreateFilterRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link CancelWaitForUpdatesRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link CancelWaitForUpdatesRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "CancelWaitForUpdates")
    public JAXBElement<CancelWaitForUpdatesRequestType> createCancelWaitForUpdates(CancelWaitForUpdatesRequestType value) {
        return new JAXBElement<>(_CancelWaitForUpdates_QNAME, CancelWaitForUpdatesRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link WaitForUpdatesExRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link WaitForUpdatesExRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "WaitForUpdatesEx")
    public JAXBElement<WaitForUpdatesExRequestType> createWaitForUpdatesEx(WaitForUpdatesExRequestType value) {
        return new JAXBElement<>(_WaitForUpdatesEx_QNAME, WaitForUpdatesExRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link RetrievePropertiesExRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link RetrievePropertiesExRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "RetrievePropertiesEx")
    public JAXBElement<RetrievePropertiesExRequestType> createRetrievePropertiesEx(RetrievePropertiesExRequestType value) {
        return new JAXBElement<>(_RetrievePropertiesEx_QNAME, RetrievePropertiesExRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link ContinueRetrievePropertiesExRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link ContinueRetrievePropertiesExRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "ContinueRetrievePropertiesEx")
    public JAXBElement<ContinueRetrievePropertiesExRequestType> createContinueRetrievePropertiesEx(ContinueRetrievePropertiesExRequestType value) {
        return new JAXBElement<>(_ContinueRetrievePropertiesEx_QNAME, ContinueRetrievePropertiesExRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link CancelRetrievePropertiesExRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link CancelRetrievePropertiesExRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "CancelRetrievePropertiesEx")
    public JAXBElement<CancelRetrievePropertiesExRequestType> createCancelRetrievePropertiesEx(CancelRetrievePropertiesExRequestType value) {
        return new JAXBElement<>(_CancelRetrievePropertiesEx_QNAME, CancelRetrievePropertiesExRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link DestroyPropertyFilterRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link DestroyPropertyFilterRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "DestroyPropertyFilter")
    public JAXBElement<DestroyPropertyFilterRequestType> createDestroyPropertyFilter(DestroyPropertyFilterRequestType value) {
        return new JAXBElement<>(_DestroyPropertyFilter_QNAME, DestroyPropertyFilterRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link CurrentTimeRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link CurrentTimeRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "CurrentTime")
    public JAXBElement<CurrentTimeRequestType> createCurrentTime(CurrentTimeRequestType value) {
        return new JAXBElement<>(_CurrentTime_QNAME, CurrentTimeRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link RetrieveServiceContentRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link RetrieveServiceContentRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "RetrieveServiceContent")
    public JAXBElement<RetrieveServiceContentRequestType> createRetrieveServiceContent(RetrieveServiceContentRequestType value) {
        return new JAXBElement<>(_RetrieveServiceContent_QNAME, RetrieveServiceContentRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link LoginRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link LoginRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "Login")
    public JAXBElement<LoginRequestType> createLogin(LoginRequestType value) {
        return new JAXBElement<>(_Login_QNAME, LoginRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link LogoutRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link LogoutRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "Logout")
    public JAXBElement<LogoutRequestType> createLogout(LogoutRequestType value) {
        return new JAXBElement<>(_Logout_QNAME, LogoutRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link SessionIsActiveRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link SessionIsActiveRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "SessionIsActive")
    public JAXBElement<SessionIsActiveRequestType> createSessionIsActive(SessionIsActiveRequestType value) {
        return new JAXBElement<>(_SessionIsActive_QNAME, SessionIsActiveRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link QueryEventsRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link QueryEventsRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "QueryEvents")
    public JAXBElement<QueryEventsRequestType> createQueryEvents(QueryEventsRequestType value) {
        return new JAXBElement<>(_QueryEvents_QNAME, QueryEventsRequestType.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link CustomizationFault }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link CustomizationFault }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "CustomizationFaultFault")
    public JAXBElement<CustomizationFault> createCustomizationFaultFault(CustomizationFault value) {
        return new JAXBElement<>(_CustomizationFaultFault_QNAME, CustomizationFault.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link GuestPermissionDenied }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link GuestPermissionDenied }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "GuestPermissionDeniedFault")
    public JAXBElement<GuestPermissionDenied> createGuestPermissionDeniedFault(GuestPermissionDenied value) {
        return new JAXBElement<>(_GuestPermissionDeniedFault_QNAME, GuestPermissionDenied.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link InvalidGuestLogin }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link InvalidGuestLogin }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "InvalidGuestLoginFault")
    public JAXBElement<InvalidGuestLogin> createInvalidGuestLoginFault(InvalidGuestLogin value) {
        return new JAXBElement<>(_InvalidGuestLoginFault_QNAME, InvalidGuestLogin.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link InvalidLocale }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link InvalidLocale }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "InvalidLocaleFault")
    public JAXBElement<InvalidLocale> createInvalidLocaleFault(InvalidLocale value) {
        return new JAXBElement<>(_InvalidLocaleFault_QNAME, InvalidLocale.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link InvalidLogin }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link InvalidLogin }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "InvalidLoginFault")
    public JAXBElement<InvalidLogin> createInvalidLoginFault(InvalidLogin value) {
        return new JAXBElement<>(_InvalidLoginFault_QNAME, InvalidLogin.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link InvalidState }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link InvalidState }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "InvalidStateFault")
    public JAXBElement<InvalidState> createInvalidStateFault(InvalidState value) {
        return new JAXBElement<>(_InvalidStateFault_QNAME, InvalidState.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link TaskInProgress }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link TaskInProgress }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "TaskInProgressFault")
    public JAXBElement<TaskInProgress> createTaskInProgressFault(TaskInProgress value) {
        return new JAXBElement<>(_TaskInProgressFault_QNAME, TaskInProgress.class, null, value);
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link AbortCustomizationRequestType }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link AbortCustomizationRequestType }{@code >}
     */
    @XmlElementDecl(namespace = "urn:vim25", name = "AbortCustomization_Task")
    public JAXBElement<AbortCustomizationRequestType> createAbortCustomizationTask(AbortCustomizationRequestType value) {
        return new JAXBElement<>(_AbortCustomizationTask_QNAME, AbortCustomizationRequestType.class, null, value);
    }

}
