package io.configconformance.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The public JUnit 5 extension: one emulator per class reset before each test, or one per test, and as a field. */
class ConfigEmulatorExtensionTest {

    @Nested
    @ConfigEmulatorTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class OnePerClass {

        private static final List<URI> SEEN = new ArrayList<>();

        @BeforeAll
        static void beforeAll(ConfigEmulator emulator) {
            SEEN.add(emulator.endpoint());
        }

        @Test
        @Order(1)
        void givesTheAccountsByRoleAndAControlClient(ConfigEmulator emulator, EmulatorControl control) {
            assertEquals(1300000000000001L, emulator.individual().accountId());
            assertEquals(1300000000000002L, emulator.management().accountId());
            assertEquals(2, emulator.members().size());
            assertEquals("unauthorized", emulator.unauthorized().role());
            assertEquals("nonexistent", emulator.nonexistent().role());
            assertEquals("127.0.0.1:" + emulator.endpoint().getPort(), emulator.hostAndPort());
            assertSame(emulator.control(), control);
            assertEquals(0, control.settings().path("AggregatorCreationMillis").asLong(), "settle at once");
            TestAccount extra = control.createAccount("individual");
            control.injectFault("CreateAggregator", "ServiceUnavailable", 1, emulator.management().accountId());
            assertTrue(emulator.accounts("individual").contains(extra));
        }

        @Test
        @Order(2)
        void resetsBeforeEachTest(ConfigEmulator emulator) {
            assertEquals(List.of(1300000000000001L), emulator.accounts("individual").stream()
                    .map(TestAccount::accountId).toList(), "the account the first test made is gone");
            assertTrue(emulator.control().faults().isEmpty(), "and so is its fault");
            assertEquals(0, emulator.control().settings().path("AggregatorCreationMillis").asLong());
            assertEquals(List.of(emulator.endpoint()), SEEN, "the same emulator all along");
        }
    }

    @Nested
    @ConfigEmulatorTest(lifecycle = ConfigEmulatorTest.Lifecycle.PER_TEST, transitionMillis = 60_000)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class OnePerTest {

        private static final List<URI> SEEN = new ArrayList<>();

        @Test
        @Order(1)
        void first(ConfigEmulator emulator) {
            SEEN.add(emulator.endpoint());
            assertEquals(60_000, emulator.control().settings().path("RecorderTransitionMillis").asLong());
        }

        @Test
        @Order(2)
        void second(ConfigEmulator emulator) {
            assertNotEquals(SEEN.get(0), emulator.endpoint(), "a new emulator");
        }
    }

    @Nested
    class AsAField {

        @RegisterExtension
        static final ConfigEmulatorExtension EMULATOR = ConfigEmulatorExtension.perClass()
                .withTransition(Duration.ofMillis(5));

        @Test
        void isReachableThroughTheField() {
            assertEquals(5, EMULATOR.emulator().control().settings().path("RecorderTransitionMillis").asLong());
        }
    }
}
