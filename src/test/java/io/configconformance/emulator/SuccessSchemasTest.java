package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.validation.JsonSchemaValidator;
import io.configconformance.validation.ResponseFields;
import io.configconformance.validation.SchemaLocations;
import io.configconformance.validation.Violation;
import io.configconformance.validation.XmlSchemaValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation's success answer, in both formats, conforms to the schema the suite holds for it. */
class SuccessSchemasTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final JsonSchemaValidator JSON = new JsonSchemaValidator();
    private static final XmlSchemaValidator XML = new XmlSchemaValidator();

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void everyOperationAnswersWithinItsSchema(ResponseFormat format) {
        TestAccount individual = emulator.control().createAccount("individual");
        TestAccount management = emulator.control().createAccount("management");
        emulator.control().setAggregatorCreation(management.accountId(), Duration.ZERO);
        long member = emulator.control().createMember(management.accountId()).accountId();
        ConfigClient v2019 = client(individual, ApiVersion.V2019_01_08, format);
        ConfigClient v2020 = client(individual, ApiVersion.V2020_09_07, format);
        ConfigClient groups = client(management, ApiVersion.V2020_09_07, format);

        List<ApiResponse> answers = new ArrayList<>();
        answers.add(v2019.putConfigurationRecorder("ACS::ECS::Instance"));
        answers.add(v2019.startConfigurationRecorder());
        answers.add(v2019.describeConfigurationRecorder());
        answers.add(client(management, ApiVersion.V2019_01_08, format).startConfigurationRecorder(true));
        answers.add(client(management, ApiVersion.V2019_01_08, format).describeConfigurationRecorder());
        answers.add(v2020.getConfigurationRecorder());
        answers.add(client(emulator.control().createAccount("individual"), ApiVersion.V2020_09_07, format)
                .startConfigurationRecorder());
        ApiResponse created = groups.createAggregator(AggregatorRequest.create("g", "CUSTOM").withDescription("d")
                .withAccounts(TestGroups.accounts(member)));
        answers.add(created);
        String id = ResponseFields.values(format, created.body(), "AggregatorId").get(0);
        answers.add(groups.updateAggregator(AggregatorRequest.update(id).withName("renamed")));
        answers.add(groups.getAggregator(id));
        answers.add(groups.listAggregators(10));
        answers.add(groups.deleteAggregators(id));

        for (ApiResponse answer : answers) {
            assertEquals(200, answer.status(), answer.describe() + ": " + answer.body());
            String version = answer.version().wireName();
            List<Violation> violations = format == ResponseFormat.XML
                    ? XML.validate(SchemaLocations.xml(version, answer.action()), answer.body())
                    : JSON.validate(SchemaLocations.json(version, answer.action()), answer.body());
            assertTrue(violations.isEmpty(), answer.describe() + ": " + violations + "\n" + answer.body());
        }
    }

    private static ConfigClient client(TestAccount account, ApiVersion version, ResponseFormat format) {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials())
                .withVersion(version).withFormat(format));
    }
}
