@StartConfigurationRecorder
Feature: StartConfigurationRecorder enables Cloud Config for the calling account

  StartConfigurationRecorder starts monitoring the resources of an Alibaba Cloud account. Its response tells the
  state of the account's configuration recorder (REGISTRABLE, BUILDING, REGISTERED, REBUILDING) and the resource
  types it monitors.

  References: "Cloud Config: StartConfigurationRecorder", API version 2020-09-07 (api-docs 001), and
  "StartConfigurationRecorder", API version 2019-01-08 (api-docs 002). Version 2020-09-07 takes no parameters;
  2019-01-08 adds EnterpriseEdition and reports the account and the enterprise edition as well.

  @v2020-09-07 @mutating
  Rule: In 2020-09-07 an account starts its own recorder without parameters

    @role-individual
    Scenario Outline: An individual-edition account starts its recorder (<format>, signature <signature>)
      Given an individual-edition account
      And the client uses API version 2020-09-07, <format> responses and signature <signature>
      When the account starts its configuration recorder
      Then the call succeeds
      And the configuration recorder status is BUILDING or REGISTERED
      And the recorder monitors at least one resource type

      Examples:
        | format | signature |
        | JSON   | V1        |
        | XML    | V1        |
        | JSON   | V3        |
        | XML    | V3        |

    @error @ProcessIsRunning @role-individual @needs-emulator-control
    Scenario: Starting the recorder again while it is being deployed is refused
      Given an individual-edition account
      And deploying the account's recorder takes 60 seconds
      And the client uses API version 2020-09-07
      And the account starts its configuration recorder
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "ProcessIsRunning"

    @error @NoPermission @role-unauthorized
    Scenario Outline: A RAM user without Cloud Config permissions cannot start a recorder (<format>)
      Given a RAM user without Cloud Config permissions
      And the client uses API version 2020-09-07
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "NoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |

  @v2019-01-08 @mutating
  Rule: In 2019-01-08 the answer also names the account and the state of Cloud Config for Enterprise

    @role-individual
    Scenario Outline: An individual-edition account starts its recorder (<format>, signature <signature>)
      Given an individual-edition account
      And the client uses API version 2019-01-08, <format> responses and signature <signature>
      When the account starts its configuration recorder
      Then the call succeeds
      And the configuration recorder status is BUILDING or REGISTERED
      And the recorder monitors at least one resource type
      And the response names the calling account's AccountId
      And Cloud Config for Enterprise is REGISTRABLE

      Examples:
        | format | signature |
        | JSON   | V1        |
        | XML    | V1        |
        | JSON   | V3        |
        | XML    | V3        |

    @role-management
    Scenario Outline: The management account of a resource directory enables Cloud Config for Enterprise (<format>)
      Given the management account of a resource directory
      And the client uses API version 2019-01-08
      And responses are requested in <format>
      When the account starts its configuration recorder with Cloud Config for Enterprise
      Then the call succeeds
      And Cloud Config for Enterprise is BUILDING or REGISTERED
      And the response names the calling account as the master account

      Examples:
        | format |
        | JSON   |
        | XML    |

    @error @RDMemberNoPermission @role-member
    Scenario: A member account of a resource directory cannot start the recorder
      Given a member account of a resource directory
      And the client uses API version 2019-01-08
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "RDMemberNoPermission"

  @error @authentication
  Rule: Only correctly signed requests from known access keys are served

    @SignatureDoesNotMatch @role-individual
    Scenario Outline: A request signed with the wrong AccessKeySecret is refused (<version>, <format>, <signature>)
      Given an individual-edition account
      And the client uses API version <version>, <format> responses and signature <signature>
      When the account starts its configuration recorder signing with a wrong AccessKeySecret
      Then the call fails with HTTP status 400 and error code "SignatureDoesNotMatch"

      Examples:
        | version    | format | signature |
        | 2020-09-07 | JSON   | V1        |
        | 2020-09-07 | XML    | V1        |
        | 2020-09-07 | JSON   | V3        |
        | 2019-01-08 | XML    | V3        |

    @InvalidAccessKeyId.NotFound @role-individual
    Scenario Outline: A request with an AccessKeyId the service does not know is refused (<format>, <signature>)
      Given an individual-edition account
      And the client uses API version 2020-09-07, <format> responses and signature <signature>
      When a caller with an unknown AccessKeyId starts a configuration recorder
      Then the call fails with HTTP status 404 and error code "InvalidAccessKeyId.NotFound"

      Examples:
        | format | signature |
        | JSON   | V1        |
        | XML    | V3        |
