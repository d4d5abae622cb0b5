package com.example.inventory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Version;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.configconformance.junit.ConfigEmulator;
import io.configconformance.junit.ConfigEmulatorTest;
import io.configconformance.restassured.RpcSigningFilter;
import org.junit.jupiter.api.Test;

/** A project with its own plain WireMock: the emulator runs on that WireMock, beside the project's own stubs. */
@ConfigEmulatorTest
class EmulatorBesideOwnWireMockTest {

    @Test
    void oneWireMockIsOnTheClassPathThePlainOne() {
        assertEquals("@wiremock.version@", Version.getCurrentVersion());
        assertTrue(WireMockServer.class.getProtectionDomain().getCodeSource().getLocation().getPath()
                .endsWith("/wiremock-@wiremock.version@.jar"), "WireMock comes from the plain jar");
        assertThrows(ClassNotFoundException.class, () -> Class.forName("wiremock.org.eclipse.jetty.server.Server"));
    }

    @Test
    void theEmulatorAnswersASignedCall(ConfigEmulator emulator) {
        given().baseUri(emulator.endpoint().toString())
                .filter(RpcSigningFilter.v3(emulator.management().credentials()))
                .formParam("Action", "CreateAggregator").formParam("Version", "2020-09-07")
                .formParam("AggregatorName", "inventory").formParam("Description", "inventory accounts")
                .formParam("AggregatorType", "RD")
                .when().post("/")
                .then().statusCode(200).body("AggregatorId", startsWith("ca-"));
    }

    @Test
    void theEmulatorKeepsItsGuardsOnThisWireMock(ConfigEmulator emulator) {
        given().baseUri(emulator.endpoint().toString()).when().get("/__admin/mappings")
                .then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .body("Code", notNullValue()).body("mappings", nullValue());
        given().baseUri(emulator.endpoint().toString()).header("Content-Encoding", "br").body("x")
                .when().post("/")
                .then().statusCode(400).body("Code", notNullValue()).body("Message", containsString("gzip"));
    }

    @Test
    void theProjectsOwnStubsStillWork() {
        WireMockServer own = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort());
        own.start();
        try {
            own.stubFor(get(urlEqualTo("/stock")).willReturn(aResponse().withBody("12")));
            given().baseUri(own.baseUrl()).when().get("/stock").then().statusCode(200).body(equalTo("12"));
        } finally {
            own.stop();
        }
    }
}
