package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official Alibaba Cloud Java runtimes from Maven Central call the emulator as a user's code would: the older
 * core SDK (V1 in the query, CommonRequest) and the current tea-openapi runtime (V3 by default, V1 with "v2").
 */
class OfficialClientsInteroperabilityTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();


    private static Account individual() {
        return emulator.state().accounts().create(Role.INDIVIDUAL, null);
    }

    private static CommonResponse coreSdkStart(Account account, String secret, FormatType format) throws ClientException {
        DefaultAcsClient client = new DefaultAcsClient(
                DefaultProfile.getProfile("cn-shanghai", account.accessKeyId(), secret));
        CommonRequest request = new CommonRequest();
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysDomain("127.0.0.1:" + emulator.port());
        request.setSysMethod(MethodType.GET);
        request.setSysVersion("2020-09-07");
        request.setSysAction("StartConfigurationRecorder");
        request.setSysAccept(format);
        return client.getCommonResponse(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSON", "XML"})
    void theCoreSdkStartsTheRecorder(String format) throws Exception {
        Account account = individual();
        CommonResponse response = coreSdkStart(account, account.accessKeySecret(), FormatType.valueOf(format));
        assertEquals(200, response.getHttpStatus());
        assertTrue(response.getData().contains("BUILDING"), response.getData());
        if (format.equals("XML")) {
            assertTrue(response.getData().contains("<StartConfigurationRecorderResponse>"), response.getData());
        }
    }

    @Test
    void theCoreSdkReportsAWrongSecretAsSignatureDoesNotMatch() {
        Account account = individual();
        ClientException e = assertThrows(ClientException.class,
                () -> coreSdkStart(account, "not-the-secret", FormatType.JSON));
        assertEquals("SignatureDoesNotMatch", e.getErrCode(), e.getMessage());
        // The SDK raises ServerException for 5xx answers only: a plain ClientException means a 4xx envelope it parsed.
        assertFalse(e instanceof ServerException, "a 4xx answer");
        assertTrue(e.getRequestId() != null && !e.getRequestId().isEmpty(), "RequestId read from the envelope");
    }

    private static Map<String, ?> teaStart(Account account, String secret, String signatureAlgorithm)
            throws Exception {
        com.aliyun.teaopenapi.models.Config config = new com.aliyun.teaopenapi.models.Config()
                .setAccessKeyId(account.accessKeyId())
                .setAccessKeySecret(secret)
                .setEndpoint("127.0.0.1:" + emulator.port())
                .setProtocol("HTTP");
        if (signatureAlgorithm != null) {
            config.setSignatureAlgorithm(signatureAlgorithm);
        }
        Params params = new Params().setAction("StartConfigurationRecorder").setVersion("2020-09-07")
                .setProtocol("HTTP").setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC")
                .setReqBodyType("formData").setBodyType("json");
        return new com.aliyun.teaopenapi.Client(config).callApi(params, new OpenApiRequest(), new RuntimeOptions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "v2"})
    void theTeaRuntimeStartsTheRecorder(String signatureAlgorithm) throws Exception {
        Account account = individual();
        Map<String, ?> response = teaStart(account, account.accessKeySecret(),
                "default".equals(signatureAlgorithm) ? null : signatureAlgorithm);
        assertEquals(200, response.get("statusCode"));
        Map<?, ?> body = (Map<?, ?>) response.get("body");
        Map<?, ?> recorder = (Map<?, ?>) body.get("ConfigurationRecorder");
        assertEquals("BUILDING", recorder.get("ConfigurationRecorderStatus"), body.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "v2"})
    void theTeaRuntimeSeesAWrongSecretAsSignatureDoesNotMatch(String signatureAlgorithm) {
        Account account = individual();
        TeaException e = assertThrows(TeaException.class, () -> teaStart(account, "not-the-secret",
                "default".equals(signatureAlgorithm) ? null : signatureAlgorithm));
        assertEquals("SignatureDoesNotMatch", e.getCode(), e.getMessage());
        assertEquals(400, e.getStatusCode());
    }
}
