package io.configconformance.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to a Cloud Config emulator on a free loopback port. Its tests (and {@code @BeforeAll} /
 * {@code @BeforeEach} methods) take a {@link ConfigEmulator} parameter: the endpoint, the accounts by role and the
 * control client. The emulator is reset before each test, so no test sees another's accounts, resources or faults.
 * docs/EMBEDDING.md.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ConfigEmulatorExtension.class)
public @interface ConfigEmulatorTest {

    /** One emulator for the whole class (reset before each test), or a new one for each test. */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /** How long recorder deployments (BUILDING, REBUILDING) and account-group creations last, in ms. */
    long transitionMillis() default 0;

    /** How many emulators a test class gets. */
    enum Lifecycle { PER_CLASS, PER_TEST }
}
