@protocol @authentication @error
Feature: Every request is signed, fresh and complete

  Cloud Config is an RPC-style Alibaba Cloud API. A request carries the common parameters (Action, Version, Format,
  AccessKeyId, SignatureMethod, SignatureVersion, SignatureNonce, Timestamp, Signature) or, with signature V3, the
  x-acs-* headers, and is signed with the caller's AccessKeySecret. The service refuses a wrong signature, an unknown
  access key, a replayed nonce, a stale timestamp and a missing common parameter before it looks at the operation.

  Reference: the signature and common-parameter sections of the Alibaba Cloud API documentation, summarised with
  known-answer vectors in docs/api-reference/PROTOCOL.md. Reading the configuration recorder
  (GetConfigurationRecorder, DescribeConfigurationRecorder in 2019-01-08) is the operation used: it takes no
  parameters and changes nothing, so only the protocol can make it fail, and it is safe on a real account.

  Background:
    Given an individual-edition account

  @SignatureDoesNotMatch @role-individual @evidence-assumption @assumption-A7
  Scenario Outline: SignatureDoesNotMatch: A request signed with the wrong AccessKeySecret is refused (<version>, <format>, <signature>)
    Given the client uses API version <version>, <format> responses and signature <signature>
    When the account reads its configuration recorder signing with a wrong AccessKeySecret
    Then the call fails with HTTP status 400 and error code "SignatureDoesNotMatch"

    Examples:
      | version    | format | signature |
      | 2020-09-07 | JSON   | V1        |
      | 2020-09-07 | XML    | V1        |
      | 2020-09-07 | JSON   | V3        |
      | 2019-01-08 | XML    | V3        |

  @InvalidAccessKeyId.NotFound @role-individual @evidence-assumption @assumption-A7
  Scenario Outline: InvalidAccessKeyId.NotFound: A request with an AccessKeyId the service does not know is refused (<format>, <signature>)
    Given the client uses API version 2020-09-07, <format> responses and signature <signature>
    When a caller with an unknown AccessKeyId reads a configuration recorder
    Then the call fails with HTTP status 404 and error code "InvalidAccessKeyId.NotFound"

    Examples:
      | format | signature |
      | JSON   | V1        |
      | XML    | V3        |

  @SignatureNonceUsed @role-individual @evidence-assumption @assumption-A7 @assumption-A9
  Scenario Outline: SignatureNonceUsed: A signature nonce can be used only once (<signature>)
    Given the client uses API version 2020-09-07
    And requests are signed with signature <signature>
    When the account sends two requests with the same signature nonce
    Then the call fails with HTTP status 400 and error code "SignatureNonceUsed"

    Examples:
      | signature |
      | V1        |
      | V3        |

  @InvalidTimeStamp.Expired @role-individual @evidence-assumption @assumption-A7 @assumption-A9
  Scenario Outline: InvalidTimeStamp.Expired: A request dated more than 15 minutes ago is refused (<signature>)
    Given the client uses API version 2020-09-07
    And requests are signed with signature <signature>
    When the account sends a request dated 20 minutes ago
    Then the call fails with HTTP status 400 and error code "InvalidTimeStamp.Expired"

    Examples:
      | signature |
      | V1        |
      | V3        |

  @MissingParameter @role-individual @evidence-assumption @assumption-A7
  Scenario Outline: MissingParameter: A V1 request without the common parameter <parameter> is refused
    Given the client uses API version 2020-09-07
    And requests are signed with signature V1
    When the account sends a request without the common parameter <parameter>
    Then the call fails with HTTP status 400 and error code "MissingParameter"

    Examples:
      | parameter      |
      | Timestamp      |
      | SignatureNonce |
      | Signature      |
      | AccessKeyId    |
