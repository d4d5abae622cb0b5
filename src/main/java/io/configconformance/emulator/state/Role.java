package io.configconformance.emulator.state;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is calling, as far as Cloud Config's authorisation rules care. The reference pages name these situations in
 * their error tables: individual edition, the management (master) account of a resource directory, a member of
 * that directory, a RAM user without Config permissions (NoPermission) and an account that no longer exists
 * (AccountNotExisted).
 */
public enum Role {
    INDIVIDUAL,
    MANAGEMENT,
    MEMBER,
    UNAUTHORIZED,
    NONEXISTENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String value) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(value)).findFirst();
    }
}
