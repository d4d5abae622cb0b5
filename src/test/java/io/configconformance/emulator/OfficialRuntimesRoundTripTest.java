package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.configconformance.client.TestAccount;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation the emulator serves, called by the official Alibaba Cloud Java runtimes as a user's code calls it:
 * tea-openapi's generic callApi with signature V3 (its default) and with "v2" (signature V1 in the query), and the
 * older core SDK's CommonRequest (V1, RegionId, form body). AggregatorAccounts travels as the SDKs send it: a JSON
 * string in the form body with AccountId as a number.
 */
class OfficialRuntimesRoundTripTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Runtime { TEA_V3, TEA_V2, CORE_SDK }

    @ParameterizedTest
    @EnumSource(Runtime.class)
    void everyOperationRoundTrips(Runtime runtime) throws Exception {
        TestAccount individual = emulator.control().createAccount("individual");
        TestAccount management = emulator.control().createAccount("management");
        emulator.control().setRecorderTransition(individual.accountId(), Duration.ZERO);
        emulator.control().setAggregatorCreation(management.accountId(), Duration.ZERO);
        long member = emulator.control().createMember(management.accountId()).accountId();
        String accounts = "[{\"AccountId\":" + member + ",\"AccountName\":\"Alice\",\"AccountType\":\"ResourceDirectory\"}]";

        assertEquals("REGISTRABLE", call(runtime, individual, "PutConfigurationRecorder", "2019-01-08",
                Map.of(), Map.of("ResourceTypes", "ACS::ECS::Instance")).path("ConfigurationRecorder")
                .path("ConfigurationRecorderStatus").asString());
        assertEquals(individual.accountId(), call(runtime, individual, "StartConfigurationRecorder", "2019-01-08",
                Map.of(), Map.of()).path("ConfigurationRecorder").path("AccountId").asLong());
        assertEquals("ACS::ECS::Instance", call(runtime, individual, "DescribeConfigurationRecorder", "2019-01-08",
                Map.of(), Map.of()).path("ConfigurationRecorder").path("ResourceTypes").get(0).asString());
        assertEquals("REGISTERED", call(runtime, individual, "StartConfigurationRecorder", "2020-09-07",
                Map.of(), Map.of()).path("ConfigurationRecorder").path("ConfigurationRecorderStatus").asString());
        assertEquals("REGISTERED", call(runtime, individual, "GetConfigurationRecorder", "2020-09-07",
                Map.of(), Map.of()).path("ConfigurationRecorder").path("ConfigurationRecorderStatus").asString());

        String id = call(runtime, management, "CreateAggregator", "2020-09-07",
                Map.of("AggregatorName", "Test_Group", "Description", "Test account group", "AggregatorType", "CUSTOM"),
                Map.of("AggregatorAccounts", accounts)).path("AggregatorId").asString();
        assertFalse(id.isEmpty());
        assertEquals(id, call(runtime, management, "UpdateAggregator", "2020-09-07",
                Map.of("AggregatorId", id, "AggregatorName", "Renamed"), Map.of("AggregatorAccounts", accounts))
                .path("AggregatorId").asString());
        assertEquals("Renamed", call(runtime, management, "GetAggregator", "2020-09-07", Map.of("AggregatorId", id),
                Map.of()).path("Aggregator").path("AggregatorName").asString());
        assertEquals(id, call(runtime, management, "ListAggregators", "2020-09-07", Map.of("MaxResults", "10"),
                Map.of()).path("AggregatorsResult").path("Aggregators").get(0).path("AggregatorId").asString());
        assertEquals(true, call(runtime, management, "DeleteAggregators", "2020-09-07", Map.of(),
                Map.of("AggregatorIds", id)).path("OperateAggregatorsResult").path("OperateAggregators").get(0)
                .path("Success").asBoolean());
    }

    private static JsonNode call(Runtime runtime, TestAccount account, String action, String version,
                                 Map<String, String> query, Map<String, String> body) throws Exception {
        return runtime == Runtime.CORE_SDK ? coreSdk(account, action, version, query, body)
                : tea(account, runtime == Runtime.TEA_V2 ? "v2" : null, action, version, query, body);
    }

    private static JsonNode tea(TestAccount account, String signatureAlgorithm, String action, String version,
                                Map<String, String> query, Map<String, String> body) throws Exception {
        com.aliyun.teaopenapi.models.Config config = new com.aliyun.teaopenapi.models.Config()
                .setAccessKeyId(account.credentials().accessKeyId())
                .setAccessKeySecret(account.credentials().accessKeySecret())
                .setEndpoint("127.0.0.1:" + emulator.port()).setProtocol("HTTP");
        if (signatureAlgorithm != null) {
            config.setSignatureAlgorithm(signatureAlgorithm);
        }
        Params params = new Params().setAction(action).setVersion(version).setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        OpenApiRequest request = new OpenApiRequest().setQuery(new HashMap<>(query)).setBody(new HashMap<>(body));
        Map<String, ?> response = new com.aliyun.teaopenapi.Client(config).callApi(params, request, new RuntimeOptions());
        assertEquals(200, response.get("statusCode"), action + " " + version);
        return JSON.valueToTree(response.get("body"));
    }

    private static JsonNode coreSdk(TestAccount account, String action, String version, Map<String, String> query,
                                    Map<String, String> body) throws Exception {
        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-shanghai",
                account.credentials().accessKeyId(), account.credentials().accessKeySecret()));
        CommonRequest request = new CommonRequest();
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysDomain("127.0.0.1:" + emulator.port());
        request.setSysMethod(MethodType.POST);
        request.setSysVersion(version);
        request.setSysAction(action);
        request.setSysAccept(FormatType.JSON);
        query.forEach(request::putQueryParameter);
        body.forEach(request::putBodyParameter);
        CommonResponse response = client.getCommonResponse(request);
        assertEquals(200, response.getHttpStatus(), action + " " + version);
        return JSON.readTree(response.getData());
    }
}
