package io.configconformance.junit;

import io.configconformance.client.EmulatorControl;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a Cloud Config emulator on a free loopback port for a test class or for each test, resets it before each
 * test of a class, stops it afterwards and passes it to parameters of type {@link ConfigEmulator} or
 * {@link EmulatorControl}. Used through {@link ConfigEmulatorTest}, or as a field:
 * <pre>{@code
 * @RegisterExtension
 * static final ConfigEmulatorExtension EMULATOR = ConfigEmulatorExtension.perClass();
 * ... EMULATOR.emulator().endpoint() ...
 * }</pre>
 * Only JUnit Jupiter API of 5.9 and later is used, so a project on any JUnit 5 from 5.9 can use it.
 */
public final class ConfigEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ConfigEmulatorExtension.class);
    private static final String KEY = "emulator";

    private final ConfigEmulatorTest.Lifecycle fixedLifecycle;
    private final Duration fixedTransition;
    private ConfigEmulator current;

    /** As {@link ConfigEmulatorTest} declares it (the annotation's attributes, or its defaults). */
    public ConfigEmulatorExtension() {
        this(null, null);
    }

    private ConfigEmulatorExtension(ConfigEmulatorTest.Lifecycle lifecycle, Duration transition) {
        this.fixedLifecycle = lifecycle;
        this.fixedTransition = transition;
    }

    /** One emulator for the class, reset before each test; deployments and group creations settle at once. */
    public static ConfigEmulatorExtension perClass() {
        return new ConfigEmulatorExtension(ConfigEmulatorTest.Lifecycle.PER_CLASS, Duration.ZERO);
    }

    /** A new emulator for each test; deployments and group creations settle at once. */
    public static ConfigEmulatorExtension perTest() {
        return new ConfigEmulatorExtension(ConfigEmulatorTest.Lifecycle.PER_TEST, Duration.ZERO);
    }

    /** The same lifecycle with deployments and group creations that last this long (observable in between). */
    public ConfigEmulatorExtension withTransition(Duration transition) {
        return new ConfigEmulatorExtension(fixedLifecycle, transition);
    }

    /** The running emulator, for a registered field; null outside a test. */
    public ConfigEmulator emulator() {
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (lifecycle(context) == ConfigEmulatorTest.Lifecycle.PER_CLASS) {
            start(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (lifecycle(context) == ConfigEmulatorTest.Lifecycle.PER_TEST) {
            start(context);
        } else {
            running(context).ifPresent(emulator -> {
                current = emulator;
                emulator.reset();
            });
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (lifecycle(context) == ConfigEmulatorTest.Lifecycle.PER_TEST) {
            stop(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (lifecycle(context) == ConfigEmulatorTest.Lifecycle.PER_CLASS) {
            stop(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ConfigEmulator.class || type == EmulatorControl.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ConfigEmulator emulator = running(context).orElseThrow(() -> new ParameterResolutionException(
                "no emulator is running here: with a new emulator per test, none exists in @BeforeAll"));
        return parameter.getParameter().getType() == EmulatorControl.class ? emulator.control() : emulator;
    }

    private void start(ExtensionContext context) {
        Emulator emulator = new Emulator(EmulatorSettings.loopback(0)
                .withRecorderTransition(transition(context))).start();
        EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(10),
                emulator.controlToken().orElse(null));
        ConfigEmulator started = new ConfigEmulator(emulator, control, transition(context));
        context.getStore(NAMESPACE).put(KEY, started);
        current = started;
    }

    private void stop(ExtensionContext context) {
        ConfigEmulator emulator = context.getStore(NAMESPACE).remove(KEY, ConfigEmulator.class);
        if (emulator != null) {
            emulator.stop();
        }
        current = null;
    }

    private static Optional<ConfigEmulator> running(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(KEY, ConfigEmulator.class));
    }

    private ConfigEmulatorTest.Lifecycle lifecycle(ExtensionContext context) {
        return fixedLifecycle != null ? fixedLifecycle : annotation(context)
                .map(ConfigEmulatorTest::lifecycle).orElse(ConfigEmulatorTest.Lifecycle.PER_CLASS);
    }

    private Duration transition(ExtensionContext context) {
        return fixedTransition != null ? fixedTransition : Duration.ofMillis(annotation(context)
                .map(ConfigEmulatorTest::transitionMillis).orElse(0L));
    }

    private static Optional<ConfigEmulatorTest> annotation(ExtensionContext context) {
        for (Optional<Class<?>> type = context.getTestClass(); type.isPresent(); ) {
            ConfigEmulatorTest found = type.get().getAnnotation(ConfigEmulatorTest.class);
            if (found != null) {
                return Optional.of(found);
            }
            type = Optional.ofNullable(type.get().getEnclosingClass());
        }
        return Optional.empty();
    }
}
