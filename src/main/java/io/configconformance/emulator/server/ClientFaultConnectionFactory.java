package io.configconformance.emulator.server;

import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.io.Connection;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.HttpChannelOverHttp;
import wiremock.org.eclipse.jetty.server.HttpConfiguration;
import wiremock.org.eclipse.jetty.server.HttpConnection;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * HTTP/1.1 connections whose unparseable requests are a client's fault: Jetty answers some of them with a 5xx (505 for
 * an unknown HTTP version, 501 for an unknown transfer coding), which would read as the emulator failing. They are
 * answered 400, with the envelope {@link EnvelopeErrorHandler} writes.
 */
final class ClientFaultConnectionFactory extends HttpConnectionFactory {

    ClientFaultConnectionFactory(HttpConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint,
                isRecordHttpComplianceViolations()) {
            @Override
            protected HttpChannelOverHttp newHttpChannel() {
                return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                    @Override
                    public void onBadMessage(BadMessageException failure) {
                        super.onBadMessage(failure.getCode() < 500 ? failure
                                : new BadMessageException(400, failure.getReason(), failure));
                    }
                };
            }
        };
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(connection, connector, endPoint);
    }
}
