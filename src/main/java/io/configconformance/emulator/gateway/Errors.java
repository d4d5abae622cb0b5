package io.configconformance.emulator.gateway;

import java.util.List;
import java.util.Optional;

/**
 * The error codes the emulator answers with. Operation codes carry, word for word, the "Error message" of their row
 * in the reference pages' error tables (where several pages document one code they word it alike; DocumentedErrorsTest
 * holds every row of features/documented-errors.csv to its page); {@link ApiError#withDetail} may add a sentence
 * naming the offending value after it. Gateway codes (authentication, common parameters) come from PROTOCOL.md and
 * the public error centre. Where a page is silent on a status or message, the choice is recorded in docs/ERRATA.md.
 */
public final class Errors {

    private Errors() {
    }

    public static ApiError missingParameter(String name) {
        return new ApiError(400, "MissingParameter",
                "The input parameter \"" + name + "\" that is mandatory for processing this request is not supplied.");
    }

    public static ApiError invalidParameter(String name, String why) {
        return new ApiError(400, "InvalidParameter", "The specified parameter \"" + name + "\" is not valid: " + why);
    }

    public static ApiError invalidVersion(String version) {
        return new ApiError(400, "InvalidVersion", "Specified parameter Version is not valid: " + version);
    }

    public static ApiError actionNotFound(String action, String version) {
        return new ApiError(404, "InvalidAction.NotFound",
                "Specified api is not found, please check your url and method: " + action + " in version " + version);
    }

    public static ApiError accessKeyNotFound() {
        return new ApiError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
    }

    public static ApiError signatureDoesNotMatch(String serverStringToSign) {
        return new ApiError(400, "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. server string to sign is:"
                        + serverStringToSign);
    }

    public static ApiError contentHashDoesNotMatch() {
        return new ApiError(400, "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation: x-acs-content-sha256 is not the SHA-256 of the body.");
    }

    public static ApiError nonceUsed() {
        return new ApiError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
    }

    public static ApiError timestampExpired(String timestamp) {
        return new ApiError(400, "InvalidTimeStamp.Expired",
                "Specified time stamp or date value is expired: " + timestamp);
    }

    public static ApiError timestampFormat(String timestamp) {
        return new ApiError(400, "InvalidTimeStamp.Format",
                "Specified time stamp or date value is not well formatted: " + timestamp);
    }

    /** A request refused before it is read as an API call: its HTTP framing, size or timing (docs/ERRATA.md, A34). */
    public static ApiError malformedRequest(int status, String reason) {
        return new ApiError(status, "MalformedRequest", "The request is not valid HTTP: " + reason);
    }

    public static ApiError requestTooLarge(long limit) {
        return new ApiError(413, "RequestTooLarge", "The request body is larger than " + limit + " bytes.");
    }

    public static ApiError requestTimeout(String what) {
        return new ApiError(408, "RequestTimeout", "The request was not received in time: " + what);
    }

    /** The control API keeps a bounded number of accounts, folders and faults (docs/ERRATA.md, A37). */
    public static ApiError keptTooMany(String what, int limit) {
        return new ApiError(409, "LimitExceeded", "The emulator keeps at most " + limit + " " + what
                + "; POST /__emulator/reset frees them.");
    }

    public static ApiError methodNotAllowed(String method) {
        return new ApiError(405, "UnsupportedHTTPMethod", "The HTTP method " + method + " is not supported.");
    }

    /** A control-API request that did not prove it comes from the emulator's user (docs/EMULATOR.md, "Security"). */
    public static ApiError controlForbidden(String why) {
        return new ApiError(403, "Forbidden.ControlApi", "The emulator control API refused the request: " + why);
    }

    public static final ApiError NO_PERMISSION =
            new ApiError(400, "NoPermission", "You are not authorized to perform this operation.");
    public static final ApiError ACCOUNT_NOT_EXISTED =
            new ApiError(404, "AccountNotExisted", "Your account does not exist.");
    public static final ApiError PROCESS_IS_RUNNING =
            new ApiError(400, "ProcessIsRunning", "The process is running.");
    public static final ApiError ENTERPRISE_EDITION_ALREADY_UPGRADED =
            new ApiError(400, "EnterpriseEditonAlreadyUpgraded", "The Enterprise Edition is already upgraded.");
    public static final ApiError RD_MEMBER_NO_PERMISSION = new ApiError(400, "RDMemberNoPermission",
            "You are not authorized to perform the operation. The reasons include: 1. You have not enabled the "
                    + "resource directory service. 2. You are not using the administrator account of resource directory.");
    public static final ApiError SERVICE_UNAVAILABLE = new ApiError(503, "ServiceUnavailable",
            "The request has failed due to a temporary failure of the server.");
    public static final ApiError CREATE_SLR_FAIL = new ApiError(500, "CreateSLRFail", "Failed to create SLR.");
    public static final ApiError RD_ENABLE_CONFIG_ACCESS_FAIL = new ApiError(400, "RDEnableConfigAccessFail",
            "Failed to enable Config access Resource Directory.");
    public static final ApiError INVALID_RESOURCE_TYPES = new ApiError(400, "Invalid.ResourceTypes.Value",
            "The specified resourceTypes is invalid.");
    public static final ApiError ENTERPRISE_ALL_RESOURCE_TYPES = new ApiError(400,
            "EnterpriseEditionAllResourceTypesDefault", "The Enterprise Edition monitor all resource types by default.");

    public static final ApiError AGGREGATOR_ACCOUNTS_EMPTY = new ApiError(400, "Invalid.AggregatorAccounts.Empty",
            "You must specify AggregatorAccounts.");
    public static final ApiError AGGREGATOR_ACCOUNTS_INVALID = new ApiError(400, "Invalid.AggregatorAccounts.Value",
            "The specified AggregatorAccounts is invalid.");
    public static final ApiError ACCOUNT_TYPE_INVALID = new ApiError(400, "Invalid.AccountType.Value",
            "The specified AccountType is invalid.");
    public static final ApiError AGGREGATOR_EXCEED_MAX_COUNT = new ApiError(400, "AggregatorExceedMaxCount",
            "The maximum number of aggregator is exceeded.");
    public static final ApiError AGGREGATOR_ACCOUNT_EXCEED_MAX_COUNT = new ApiError(400,
            "AggregatorAccountExceedMaxCount", "The maximum number of aggregator account is exceeded.");
    public static final ApiError AGGREGATOR_ACCOUNT_LIST_DUPLICATED = new ApiError(400,
            "AggregatorAccountListDuplicated", "The aggregator account list is duplicated.");
    public static final ApiError AGGREGATOR_ACCOUNT_LIST_ITEM_DUPLICATED = new ApiError(400,
            "AggregatorAccountListItemDuplicated", "The aggregator account list item is duplicated.");
    public static final ApiError AGGREGATOR_NAME_DUPLICATED = new ApiError(400, "AggregatorNameDuplicated",
            "The aggregator name is duplicated.");
    public static final ApiError AGGREGATOR_ALREADY_PENDING = new ApiError(400, "AggregatorAlreadyPending",
            "The aggregator has a pending operation and cannot be updated.");
    public static final ApiError DEFAULT_AGGREGATOR_DELETE_NOT_SUPPORT = new ApiError(400,
            "DefaultAggregatorDeleteNotSupport", "The default aggregator cannot be deleted.");
    public static final ApiError AGGREGATOR_ID_INVALID = new ApiError(400, "Invalid.AggregatorId.Value",
            "The specified AggregatorId is invalid.");
    /** DeleteAggregators' rows in the API metadata (no page documents DeleteAggregators; docs/ERRATA.md, A35). */
    public static final ApiError AGGREGATOR_IDS_EMPTY = new ApiError(400, "Invalid.AggregatorIds.Empty",
            "You must specify AggregatorIds.");
    public static final ApiError AGGREGATOR_IDS_SIZE_EXCEED = new ApiError(400, "Invalid.AggregatorIds.SizeExceed",
            "The maximum number of AggregatorIds is 5.");
    public static final ApiError NO_PERMISSION_CREATE_AGGREGATOR = new ApiError(403, "NoPermissionCreateAggregator",
            "You are not authorized to create the aggregator.");
    public static final ApiError AGGREGATOR_MEMBER_NO_PERMISSION = new ApiError(403, "AggregatorMemberNoPermission",
            "The aggregator member is not authorized to perform the operation.");
    public static final ApiError IDEMPOTENT_PARAMETER_MISMATCH = new ApiError(400, "IdempotentParameterMismatch",
            "The request uses the same client token as a previous, but non-identical request.");

    /** The gateway's answers to a caller over its quota (assumption A33: status and messages from the error centre). */
    public static final ApiError THROTTLING_USER = new ApiError(400, "Throttling.User",
            "Request was denied due to user flow control.");
    public static final ApiError THROTTLING_API = new ApiError(400, "Throttling.Api",
            "Request was denied due to api flow control.");
    public static final ApiError THROTTLING = new ApiError(400, "Throttling",
            "Request was denied due to flow control.");

    /** What the gateway can answer for any action, whatever its page documents: throttling and a temporary failure. */
    public static final List<ApiError> GATEWAY_FAULTS =
            List.of(THROTTLING, THROTTLING_USER, THROTTLING_API, SERVICE_UNAVAILABLE);

    public static Optional<ApiError> gatewayFault(String code) {
        return GATEWAY_FAULTS.stream().filter(error -> error.code().equals(code)).findFirst();
    }

    public static final ApiError INTERNAL_ERROR = new ApiError(500, "InternalError",
            "The request processing has failed due to some unknown error.");
}
