package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.Role;
import java.util.Set;

/**
 * Who may call an operation, as the error tables of its page say: an account that no longer exists gets
 * AccountNotExisted; a RAM user without Config permissions the page's denial (NoPermission, or
 * NoPermissionCreateAggregator on page 004); the roles the page refuses its refusal (RDMemberNoPermission on pages
 * 000 and 002, AggregatorMemberNoPermission on page 003). Checked once, by the endpoint, before any injected fault and
 * any parameter: a refused caller never reaches the service's work, so a failure of that work is not what it sees.
 *
 * @param denial  what a caller without Config permissions gets
 * @param refused the roles the page refuses
 * @param refusal what a refused role gets
 */
public record Permission(ApiError denial, Set<Role> refused, ApiError refusal) {

    /** Anyone with Config permissions. */
    public static final Permission CONFIG_USERS = new Permission(Errors.NO_PERMISSION, Set.of(), null);

    /** Anyone with Config permissions but the member accounts of a resource directory. */
    public static Permission notMembers(ApiError refusal) {
        return new Permission(Errors.NO_PERMISSION, Set.of(Role.MEMBER), refusal);
    }

    /** Only the management account of a resource directory; everyone else gets the same error. */
    public static Permission managementOnly(ApiError refusal) {
        return new Permission(refusal, Set.of(Role.INDIVIDUAL, Role.MEMBER), refusal);
    }

    public void check(Account caller) {
        if (caller.role() == Role.NONEXISTENT) {
            throw Errors.ACCOUNT_NOT_EXISTED;
        }
        if (caller.role() == Role.UNAUTHORIZED) {
            throw denial;
        }
        if (refused.contains(caller.role())) {
            throw refusal;
        }
    }
}
