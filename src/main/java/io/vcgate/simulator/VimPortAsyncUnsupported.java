package io.vcgate.simulator;

/**
 * The asynchronous variants wsdl2java adds to {@code VimPortType} are client-side only: a server
 * receives each operation once, through its synchronous method. This base class fills them in so the
 * simulator implements the generated interface as it is.
 */
abstract class VimPortAsyncUnsupported implements io.vcgate.vim25.VimPortType {

    @Override
    public jakarta.xml.ws.Response<io.vcgate.vim25.RetrieveServiceContentResponse> retrieveServiceContentAsync( io.vcgate.vim25.ManagedObjectReference _this ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public java.util.concurrent.Future<?> retrieveServiceContentAsync( io.vcgate.vim25.ManagedObjectReference _this, jakarta.xml.ws.AsyncHandler<io.vcgate.vim25.RetrieveServiceContentResponse> asyncHandler ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public jakarta.xml.ws.Response<io.vcgate.vim25.LogoutResponse> logoutAsync( io.vcgate.vim25.ManagedObjectReference _this ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public java.util.concurrent.Future<?> logoutAsync( io.vcgate.vim25.ManagedObjectReference _this, jakarta.xml.ws.AsyncHandler<io.vcgate.vim25.LogoutResponse> asyncHandler ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public jakarta.xml.ws.Response<io.vcgate.vim25.SessionIsActiveResponse> sessionIsActiveAsync( io.vcgate.vim25.ManagedObjectReference _this, java.lang.String sessionID, java.lang.String userName ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public java.util.concurrent.Future<?> sessionIsActiveAsync( io.vcgate.vim25.ManagedObjectReference _this, java.lang.String sessionID, java.lang.String userName, jakarta.xml.ws.AsyncHandler<io.vcgate.vim25.SessionIsActiveResponse> asyncHandler ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public jakarta.xml.ws.Response<io.vcgate.vim25.CancelRetrievePropertiesExResponse> cancelRetrievePropertiesExAsync( io.vcgate.vim25.ManagedObjectReference _this, java.lang.String token ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public java.util.concurrent.Future<?> cancelRetrievePropertiesExAsync( io.vcgate.vim25.ManagedObjectReference _this, java.lang.String token, jakarta.xml.ws.AsyncHandler<io.vcgate.vim25.CancelRetrievePropertiesExResponse> asyncHandler ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public jakarta.xml.ws.Response<io.vcgate.vim25.AbortCustomizationTaskResponse> abortCustomizationTaskAsync( io.vcgate.vim25.ManagedObjectReference _this, io.vcgate.vim25.ManagedObjectReference vm, io.vcgate.vim25.GuestAuthentication auth ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public java.util.concurrent.Future<?> abortCustomizationTaskAsync( io.vcgate.vim25.ManagedObjectReference _this, io.vcgate.vim25.ManagedObjectReference vm, io.vcgate.vim25.GuestAuthentication auth, jakarta.xml.ws.AsyncHandler<io.vcgate.vim25.AbortCustomizationTaskResponse> asyncHandler ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public jakarta.xml.ws.Response<io.vcgate.vim25.ContinueRetrievePropertiesExResponse> continueRetrievePropertiesExAsync( io.vcgate.vim25.ManagedObjectReference _this, java.lang.String token ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public java.util.concurrent.Future<?> continueRetrievePropertiesExAsync( io.vcgate.vim25.ManagedObjectReference _this, java.lang.String token, jakarta.xml.ws.AsyncHandler<io.vcgate.vim25.ContinueRetrievePropertiesExResponse> asyncHandler ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public jakarta.xml.ws.Response<io.vcgate.vim25.LoginResponse> loginAsync( io.vcgate.vim25.ManagedObjectReference _this, java.lang.String userName, java.lang.String password, java.lang.String locale ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public java.util.concurrent.Future<?> loginAsync( io.vcgate.vim25.ManagedObjectReference _this, java.lang.String userName, java.lang.String password, java.lang.String locale, jakarta.xml.ws.AsyncHandler<io.vcgate.vim25.LoginResponse> asyncHandler ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public jakarta.xml.ws.Response<io.vcgate.vim25.CurrentTimeResponse> currentTimeAsync( io.vcgate.vim25.ManagedObjectReference _this ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public java.util.concurrent.Future<?> currentTimeAsync( io.vcgate.vim25.ManagedObjectReference _this, jakarta.xml.ws.AsyncHandler<io.vcgate.vim25.CurrentTimeResponse> asyncHandler ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public jakarta.xml.ws.Response<io.vcgate.vim25.RetrievePropertiesExResponse> retrievePropertiesExAsync( io.vcgate.vim25.ManagedObjectReference _this, java.util.List<io.vcgate.vim25.PropertyFilterSpec> specSet, io.vcgate.vim25.RetrieveOptions options ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }

    @Override
    public java.util.concurrent.Future<?> retrievePropertiesExAsync( io.vcgate.vim25.ManagedObjectReference _this, java.util.List<io.vcgate.vim25.PropertyFilterSpec> specSet, io.vcgate.vim25.RetrieveOptions options, jakarta.xml.ws.AsyncHandler<io.vcgate.vim25.RetrievePropertiesExResponse> asyncHandler ) {
        throw new UnsupportedOperationException("the simulator serves the synchronous operations");
    }
}
