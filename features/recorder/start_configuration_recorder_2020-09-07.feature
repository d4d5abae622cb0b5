@StartConfigurationRecorder @v2020-09-07
Feature: StartConfigurationRecorder (2020-09-07) enables Cloud Config for the calling account

  StartConfigurationRecorder starts monitoring the resources of the calling Alibaba Cloud account. In API version
  2020-09-07 it takes no parameters; its answer tells the state of the account's configuration recorder
  (REGISTRABLE, BUILDING, REGISTERED, REBUILDING) and the resource types it monitors.

  Reference: "Cloud Config: StartConfigurationRecorder", API version 2020-09-07 (docs/api-reference/001).

  Background:
    Given the client uses API version 2020-09-07

  @mutating @role-individual
  Rule: An account starts its own recorder, which is deployed and then registered

    Page 001, "Response parameters".

    @evidence-assumption @assumption-A1 @assumption-A3
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

    @evidence-page
    Scenario Outline: An account's start answers its recorder's status and the types it monitors (<format>)

      Page 001, "Response parameters": ConfigurationRecorderStatus (one of four values) and ResourceTypes, with no
      request parameter. Which status a start answers is A1's, and is not checked here.

      Given an individual-edition account
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call succeeds

      Examples:
        | format |
        | JSON   |
        | XML    |

    @evidence-assumption @assumption-A1 @assumption-A32
    Scenario Outline: The deployment is observed through GetConfigurationRecorder until the recorder is registered (<format>)
      Given an individual-edition account
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call succeeds
      When the account waits until its configuration recorder is deployed
      Then the configuration recorder status is REGISTERED
      And the recorder monitors at least one resource type

      Examples:
        | format |
        | JSON   |
        | XML    |

    @evidence-assumption @assumption-A1
    Scenario: Starting a registered recorder again changes nothing
      Given an individual-edition account
      And the account's configuration recorder is registered
      When the account starts its configuration recorder
      Then the call succeeds
      And the configuration recorder status is REGISTERED

  @error
  Rule: The documented errors of StartConfigurationRecorder (2020-09-07)

    Page 001, "Error codes".

    @NoPermission @role-unauthorized @evidence-page
    Scenario Outline: NoPermission: A RAM user without Cloud Config permissions cannot start a recorder (<format>)
      Given a RAM user without Cloud Config permissions
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "NoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @ProcessIsRunning @role-individual @mutating @moment @evidence-assumption @assumption-A1
    Scenario Outline: ProcessIsRunning: Starting the recorder again while it is being deployed is refused (<format>)

      Page 001 lists ProcessIsRunning ("The process is running.") without saying when; that a start during the
      deployment gets it is A1's choice.
      A deployment begins with the recorder's first start, or with a new selection of resource types once it is
      registered; the call follows at once, and a service that has finished deploying first has not been reached this
      time.
      Given an individual-edition account
      And responses are requested in <format>
      And the account's configuration recorder is being deployed
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "ProcessIsRunning"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @CreateSLRFail @role-individual @needs-fault-injection @evidence-page
    Scenario Outline: CreateSLRFail: The service-linked role cannot be created (<format>)
      Given an individual-edition account
      And the service fails the account's next StartConfigurationRecorder call with CreateSLRFail
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 500 and error code "CreateSLRFail"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @ServiceUnavailable @role-individual @needs-fault-injection @evidence-page
    Scenario Outline: ServiceUnavailable: The service is temporarily unavailable (<format>)
      Given an individual-edition account
      And the service fails the account's next StartConfigurationRecorder call with ServiceUnavailable
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 503 and error code "ServiceUnavailable"

      Examples:
        | format |
        | JSON   |
        | XML    |
