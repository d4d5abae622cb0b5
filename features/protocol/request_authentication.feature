@protocol @authentication @error
Feature: Every request is signed, fresh and complete

  Cloud Config is an RPC-style Alibaba Cloud API. A request carries the common parameters (Action, Version, Format,
  AccessKeyId, SignatureMethod, SignatureVersion, SignatureNonce, Timestamp, Signature) or, with signature V3, the
  x-acs-* headers, and is signed with the caller's AccessKeySecret. The service refuses a replayed nonce, a stale
  timestamp and a missing common parameter before it looks at the operation.

  Reference: the signature and common-parameter sections of the Alibaba Cloud API documentation, summarised with
  known-answer vectors in api-docs PROTOCOL.md. StartConfigurationRecorder (2020-09-07) is used as the operation
  because it takes no parameters: only the protocol can make it fail.

  Background:
    Given an individual-edition account
    And the client uses API version 2020-09-07

  @SignatureNonceUsed @mutating
  Scenario Outline: A signature nonce can be used only once (<signature>)
    Given requests are signed with signature <signature>
    When the account sends two requests with the same signature nonce
    Then the call fails with HTTP status 400 and error code "SignatureNonceUsed"

    Examples:
      | signature |
      | V1        |
      | V3        |

  @InvalidTimeStamp.Expired
  Scenario Outline: A request dated more than 15 minutes ago is refused (<signature>)
    Given requests are signed with signature <signature>
    When the account sends a request dated 20 minutes ago
    Then the call fails with HTTP status 400 and error code "InvalidTimeStamp.Expired"

    Examples:
      | signature |
      | V1        |
      | V3        |

  @MissingParameter
  Scenario Outline: A V1 request without the common parameter <parameter> is refused
    Given requests are signed with signature V1
    When the account sends a request without the common parameter <parameter>
    Then the call fails with HTTP status 400 and error code "MissingParameter"

    Examples:
      | parameter      |
      | Timestamp      |
      | SignatureNonce |
      | Signature      |
      | AccessKeyId    |
