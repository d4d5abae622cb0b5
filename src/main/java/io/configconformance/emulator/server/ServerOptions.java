package io.configconformance.emulator.server;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.security.Authenticator;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.io.IOException;
import java.util.List;

/**
 * The WireMock server setup of the emulator, also used for the benchmark's plain stub so that both are served alike.
 * Everything the emulator does not use is left out, which is most of WireMock's start-up time: no response templating
 * (Handlebars), no proxy client (it would load the JDK's trust store), no stub files, no request journal, no gzip, no
 * cleartext HTTP/2, no XML factory tuning. HTTP/1.1 is what the SDKs speak to the service. An answer with a delay
 * (the emulator's latency, a delay fault) waits on the server thread that serves it: WireMock's asynchronous answers
 * would end with the request guard's own asynchronous body read, which completes the exchange as the chain returns,
 * before a scheduled answer is written (an empty 200).
 */
public final class ServerOptions {

    private ServerOptions() {
    }

    public static WireMockConfiguration lean(String host, int port) {
        return options()
                .bindAddress(host)
                .port(port)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .templatingEnabled(false)
                .gzipDisabled(true)
                .http2PlainDisabled(true)
                .disableOptimizeXmlFactoriesLoading(true)
                .mappingSource(NO_FILES)
                .httpClientFactory(NO_PROXYING)
                .notifier(new ConsoleNotifier(false))
                .adminAuthenticator(NO_ADMIN);
    }

    /**
     * Nobody may use WireMock's admin API over HTTP. The guarded server removes it altogether ({@link GuardedJetty});
     * this is WireMock's published way to refuse it, so a server built without that removal still refuses it.
     */
    private static final Authenticator NO_ADMIN = request -> false;

    private static final HttpClient REFUSING = request -> {
        throw new IOException("the emulator does not proxy");
    };

    private static final HttpClientFactory NO_PROXYING = (options, trustAll, trustedHosts, useSystemProperties) ->
            REFUSING;

    /** Stubs live in memory only: nothing is read from or written to a mappings directory. */
    private static final MappingsSource NO_FILES = new MappingsSource() {
        @Override
        public void loadMappingsInto(StubMappings stubMappings) {
        }

        @Override
        public void save(List<StubMapping> stubMappings) {
        }

        @Override
        public void save(StubMapping stubMapping) {
        }

        @Override
        public void remove(StubMapping stubMapping) {
        }

        @Override
        public void removeAll() {
        }
    };
}
