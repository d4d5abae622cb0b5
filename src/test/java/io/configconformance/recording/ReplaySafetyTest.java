package io.configconformance.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code replay} serves a recording someone else may have made, on a port any web page can reach: like the emulator
 * it answers no WireMock admin route (stubs, shutdown, files), reflects no Origin, and serves nothing outside its
 * folder, whatever links the folder holds.
 */
class ReplaySafetyTest {

    private static final Path ONE_SCENARIO = Path.of("recordings", "emulator", "protocol", "request_authentication",
            "signaturedoesnotmatch-a-request-signed-with-the-wrong-accesskeysecret-is-refused-2019-01-08-xml-v3.json");
    private static final String STUB = "{\"request\":{\"url\":\"/planted\"},\"response\":{\"status\":200,"
            + "\"body\":\"planted by a web page\"}}";

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    private Path recording() throws IOException {
        Path dir = temp.resolve("recording");
        Files.createDirectories(dir.resolve("protocol"));
        Files.copy(ONE_SCENARIO, dir.resolve("protocol").resolve("refused.json"));
        return dir;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/__admin/mappings", "/__admin/settings", "/__admin/requests", "/__files/README.md"})
    void noAdminRouteOrFileAnswersAGet(String path) throws Exception {
        try (ReplayServer replay = ReplayServer.start(recording(), "127.0.0.1", 0)) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(replay.baseUri().resolve(path)).GET());
            assertEquals(404, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"Code\":\"NotRecorded\""), answer.body());
            assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), answer.headers().map()
                    .toString());
        }
    }

    @Test
    void aCrossSitePostAddsNoStubAndShutsNothingDown() throws Exception {
        try (ReplayServer replay = ReplayServer.start(recording(), "127.0.0.1", 0)) {
            URI base = replay.baseUri();
            for (String path : new String[] {"/__admin/mappings", "/__admin/mappings/import", "/__admin/shutdown",
                "/__admin/reset"}) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(STUB)));
                assertEquals(404, answer.statusCode(), path + ": " + answer.body());
                assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
            }
            HttpResponse<String> planted = send(HttpRequest.newBuilder(base.resolve("/planted")).GET());
            assertFalse(planted.body().contains("planted by a web page"), planted.body());
            assertTrue(planted.body().contains("NotRecorded"), "the replay still answers: " + planted.body());
        }
    }

    /** A link to a recording-shaped file beside the folder, and one to a system file. */
    @ParameterizedTest
    @ValueSource(strings = {"../secret.json", "/etc/passwd"})
    void aLinkedFileIsRefused(String target) throws Exception {
        Path dir = recording();
        Files.writeString(temp.resolve("secret.json"), Files.readString(ONE_SCENARIO)
                .replace("SignatureDoesNotMatch", "SecretOutside"));
        Files.createSymbolicLink(dir.resolve("protocol").resolve("link.json"), Path.of(target));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ReplayServer.start(dir, "127.0.0.1", 0).close());
        assertTrue(refused.getMessage().contains("link.json is a symbolic link"), refused.getMessage());
        assertFalse(refused.getMessage().contains("root:"), "nothing of the linked file is shown");
    }

    @Test
    void aLinkedFolderIsNotFollowed() throws Exception {
        Path dir = recording();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.copy(ONE_SCENARIO, outside.resolve("other.json"));
        Files.createSymbolicLink(dir.resolve("elsewhere"), outside);
        try (ReplayServer replay = ReplayServer.start(dir, "127.0.0.1", 0)) {
            assertEquals(1, replay.scenarios(), "only the folder's own file is served");
        }
    }
}
