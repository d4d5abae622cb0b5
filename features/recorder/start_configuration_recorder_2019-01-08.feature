@StartConfigurationRecorder @v2019-01-08
Feature: StartConfigurationRecorder (2019-01-08) starts recording, for individuals or for an enterprise

  Starts recording the configurations of the resources of the calling account. Only the management (master)
  account of a resource directory (Cloud Config for Enterprise, EnterpriseEdition=true) or an individual-edition
  account may call it; the answer also names the account and the state of Cloud Config for Enterprise.

  Reference: "StartConfigurationRecorder", API version 2019-01-08 (docs/api-reference/002).

  Background:
    Given the client uses API version 2019-01-08

  @mutating
  Rule: The answer names the account and the state of Cloud Config for Enterprise

    Page 002, "Request parameters" (EnterpriseEdition) and "Response parameters".

    @role-individual @evidence-assumption @assumption-A1 @erratum-E1 @erratum-E2
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

    @role-individual @evidence-assumption @assumption-A1 @erratum-E1
    Scenario: EnterpriseEdition=false is the default: the recorder of Cloud Config for individuals
      Given an individual-edition account
      And the account's configuration recorder is registered
      When the account starts its configuration recorder with EnterpriseEdition false
      Then the call succeeds
      And the configuration recorder status is REGISTERED
      And the response names the calling account's AccountId
      And Cloud Config for Enterprise is REGISTRABLE

    @role-management @needs-fresh-account @irreversible @evidence-contested @erratum-E1 @erratum-E2
    Scenario Outline: The management account of a resource directory enables Cloud Config for Enterprise (<format>)
      Given the management account of a resource directory
      And responses are requested in <format>
      When the account starts its configuration recorder with Cloud Config for Enterprise
      Then the call succeeds
      And Cloud Config for Enterprise is BUILDING or REGISTERED
      And the response names the calling account as the master account

      Examples:
        | format |
        | JSON   |
        | XML    |

  @error
  Rule: The documented errors of StartConfigurationRecorder (2019-01-08)

    Page 002, "Error codes", and its introduction for member accounts.

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

    @AccountNotExisted @role-nonexistent @evidence-page
    Scenario Outline: AccountNotExisted: An account that does not exist cannot start a recorder (<format>)
      Given an account that does not exist
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 404 and error code "AccountNotExisted"

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

    @EnterpriseEditonAlreadyUpgraded @role-management @mutating @irreversible @evidence-page
    Scenario Outline: EnterpriseEditonAlreadyUpgraded: Cloud Config for Enterprise cannot be enabled twice (<format>)
      Given the management account of a resource directory
      And the account has enabled Cloud Config for Enterprise
      And responses are requested in <format>
      When the account starts its configuration recorder with Cloud Config for Enterprise
      Then the call fails with HTTP status 400 and error code "EnterpriseEditonAlreadyUpgraded"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @ProcessIsRunning @role-individual @mutating @needs-emulator-control @evidence-page
    Scenario Outline: ProcessIsRunning: Starting the recorder again while it is being deployed is refused (<format>)
      Given an individual-edition account
      And deploying the account's recorder takes 60 seconds
      And responses are requested in <format>
      And the account has started its configuration recorder
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "ProcessIsRunning"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @RDEnableConfigAccessFail @role-management @needs-fault-injection @evidence-page
    Scenario Outline: RDEnableConfigAccessFail: The resource directory cannot be opened to Cloud Config (<format>)
      Given the management account of a resource directory
      And the service fails the account's next StartConfigurationRecorder call with RDEnableConfigAccessFail
      And responses are requested in <format>
      When the account starts its configuration recorder with Cloud Config for Enterprise
      Then the call fails with HTTP status 400 and error code "RDEnableConfigAccessFail"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @EnterpriseEditionAllResourceTypesDefault @role-management @mutating @irreversible @evidence-assumption @assumption-A17 @erratum-E13
    Scenario Outline: EnterpriseEditionAllResourceTypesDefault: An enterprise's management account cannot start a recorder of its own selection (<format>)
      Given the management account of a resource directory
      And the account has enabled Cloud Config for Enterprise
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "EnterpriseEditionAllResourceTypesDefault"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @RDMemberNoPermission @role-member @mutating @irreversible @evidence-contested @erratum-E13
    Scenario Outline: RDMemberNoPermission: A member account of an enterprise directory cannot start the recorder (<format>)
      Given a member account of a resource directory with Cloud Config for Enterprise enabled
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "RDMemberNoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @RDMemberNoPermission @role-member @evidence-page @needs-fresh-account
    Scenario Outline: RDMemberNoPermission: A member account of a resource directory cannot start the recorder (<format>)
      Given a member account of a resource directory
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "RDMemberNoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |
