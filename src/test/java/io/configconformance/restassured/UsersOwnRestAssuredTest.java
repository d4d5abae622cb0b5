package io.configconformance.restassured;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.configconformance.client.TestAccount;
import io.configconformance.junit.ConfigEmulator;
import io.configconformance.junit.ConfigEmulatorTest;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An API test as a user of the emulator writes it (docs/EMBEDDING.md, the README's tour): REST Assured,
 * the signing filter, the JUnit extension's accounts; the same test runs against a real endpoint with real
 * credentials. It passes with signature V1 and V3, in JSON and in XML.
 */
@ConfigEmulatorTest
class UsersOwnRestAssuredTest {

    private static RequestSpecification spec(ConfigEmulator emulator, TestAccount account,
                                             RpcSigningFilter.Version version) {
        return new RequestSpecBuilder().setBaseUri(emulator.endpoint().toString())
                .addFilter(RpcSigningFilter.of(version, account.credentials().accessKeyId(),
                        account.credentials().accessKeySecret()))
                .build();
    }

    @ParameterizedTest
    @EnumSource(RpcSigningFilter.Version.class)
    void aManagementAccountCreatesAndReadsAnAccountGroup(RpcSigningFilter.Version version, ConfigEmulator emulator) {
        TestAccount management = emulator.management();
        TestAccount member = emulator.members().get(0);
        String aggregatorId = given(spec(emulator, management, version))
                .formParam("Action", "CreateAggregator").formParam("Version", "2020-09-07")
                .formParam("AggregatorName", "payments-accounts").formParam("Description", "Grüße")
                .formParam("AggregatorType", "CUSTOM")
                .formParam("AggregatorAccounts", "[{\"AccountId\":" + member.accountId()
                        + ",\"AccountName\":\"payments\",\"AccountType\":\"ResourceDirectory\"}]")
                .when().post("/")
                .then().log().ifValidationFails().statusCode(200).body("AggregatorId", matchesPattern("ca-[0-9a-f]{20}"))
                .extract().path("AggregatorId");

        given(spec(emulator, management, version))
                .formParam("Action", "GetAggregator").formParam("Version", "2020-09-07")
                .formParam("AggregatorId", aggregatorId).formParam("Format", "XML")
                .when().post("/")
                .then().statusCode(200)
                .body("GetAggregatorResponse.Aggregator.AggregatorName", equalTo("payments-accounts"))
                .body("GetAggregatorResponse.Aggregator.Description", equalTo("Grüße"));
    }

    @ParameterizedTest
    @EnumSource(RpcSigningFilter.Version.class)
    void aWrongSecretIsRefused(RpcSigningFilter.Version version, ConfigEmulator emulator) {
        TestAccount individual = emulator.individual();
        given().baseUri(emulator.endpoint().toString())
                .filter(RpcSigningFilter.of(version, individual.credentials().accessKeyId(), "not-the-secret"))
                .formParam("Action", "GetConfigurationRecorder").formParam("Version", "2020-09-07")
                .when().post("/")
                .then().statusCode(400).body("Code", equalTo("SignatureDoesNotMatch"));
    }

    @ParameterizedTest
    @EnumSource(RpcSigningFilter.Version.class)
    void anIndividualAccountReadsItsRecorder(RpcSigningFilter.Version version, ConfigEmulator emulator) {
        for (int call = 0; call < 10; call++) { // ten signatures: some hold '+', '/' and '=' in the query of V1
            RequestSpecification request = given(spec(emulator, emulator.individual(), version))
                    .param("Action", "GetConfigurationRecorder").param("Version", "2020-09-07");
            (version == RpcSigningFilter.Version.V1 ? request.when().get("/") : request.when().post("/"))
                    .then().statusCode(200)
                    .body("ConfigurationRecorder.ConfigurationRecorderStatus", equalTo("REGISTRABLE"));
        }
    }
}
