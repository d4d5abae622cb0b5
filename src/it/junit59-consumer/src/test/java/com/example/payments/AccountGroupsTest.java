package com.example.payments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.configconformance.client.TestAccount;
import io.configconformance.junit.ConfigEmulator;
import io.configconformance.junit.ConfigEmulatorTest;
import io.configconformance.restassured.RpcSigningFilter;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** A user's own API tests against the emulator, on JUnit 5.9, with REST Assured and the signing filter. */
@ConfigEmulatorTest
class AccountGroupsTest {

    private static RequestSpecification as(ConfigEmulator emulator, TestAccount account,
                                           RpcSigningFilter.Version version) {
        return given().baseUri(emulator.endpoint().toString()).filter(RpcSigningFilter.of(version,
                account.credentials().accessKeyId(), account.credentials().accessKeySecret()));
    }

    @Test
    void theProjectKeepsItsOwnJUnitAndGetsNoCucumberOrLoggingProvider() {
        assertEquals("@junit.version@", Test.class.getPackage().getImplementationVersion());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("io.cucumber.java.en.Given"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.simple.SimpleLogger"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
    }

    private static RequestSpecification createGlobalGroup(ConfigEmulator emulator) {
        return as(emulator, emulator.management(), RpcSigningFilter.Version.V3)
                .formParam("Action", "CreateAggregator").formParam("Version", "2020-09-07")
                .formParam("AggregatorName", "payments").formParam("Description", "payment accounts")
                .formParam("AggregatorType", "RD");
    }

    @Test
    void createsAnAccountGroupSignedWithV3(ConfigEmulator emulator) {
        createGlobalGroup(emulator).when().post("/")
                .then().statusCode(200).body("AggregatorId", startsWith("ca-"));
    }

    @Test
    void seesNoGroupOfAnotherTestAndSignsWithV1(ConfigEmulator emulator) {
        as(emulator, emulator.management(), RpcSigningFilter.Version.V1)
                .queryParam("Action", "ListAggregators").queryParam("Version", "2020-09-07")
                .queryParam("MaxResults", 10)
                .when().get("/")
                .then().statusCode(200).body("AggregatorsResult.Aggregators.size()", equalTo(0));
    }

    @Test
    void anInjectedFaultIsAnsweredAsTheServiceWould(ConfigEmulator emulator) {
        emulator.control().injectFault("CreateAggregator", "ServiceUnavailable", 1,
                emulator.management().accountId());
        createGlobalGroup(emulator).when().post("/")
                .then().statusCode(503).body("Code", equalTo("ServiceUnavailable"));
    }
}
