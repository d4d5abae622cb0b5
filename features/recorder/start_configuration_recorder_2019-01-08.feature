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

    @role-individual @evidence-contested @erratum-E1 @erratum-E2
    Scenario Outline: An individual-edition account's start names the account, without Cloud Config for Enterprise (<format>)

      Page 002: "You can call this operation ... using Cloud Config for individuals"; the answer names "your Alibaba
      Cloud account", and OrganizationEnableStatus REGISTRABLE is "Cloud Config for Enterprise has not been enabled".
      The account IDs' types are contested by the page's own samples (E1, E2).

      Given an individual-edition account
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call succeeds
      And the response names the calling account's AccountId
      And Cloud Config for Enterprise is REGISTRABLE

      Examples:
        | format |
        | JSON   |
        | XML    |

    @role-individual @evidence-assumption @assumption-A1 @erratum-E1
    Scenario: EnterpriseEdition=false is the default: the recorder of Cloud Config for individuals
      Given an individual-edition account
      And the account's configuration recorder is registered
      When the account starts its configuration recorder with EnterpriseEdition false
      Then the call succeeds
      And the configuration recorder status is REGISTERED
      And the response names the calling account's AccountId
      And Cloud Config for Enterprise is REGISTRABLE

    @role-management @needs-fresh-account @irreversible @evidence-assumption @assumption-A1 @erratum-E1 @erratum-E2
    Scenario Outline: The management account of a resource directory enables Cloud Config for Enterprise (<format>)

      Page 002 returns the master account's ID "after Cloud Config for Enterprise is enabled"; that the enabling
      call's own answer names it already is A1's choice.
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

    @role-management @irreversible @evidence-contested @erratum-E1 @erratum-E2
    Scenario Outline: Once Cloud Config for Enterprise is enabled, the management account's start names it the master account (<format>)

      Page 002, OrganizationMasterId: "After Cloud Config for Enterprise is enabled for your enterprise, if you call the
      StartConfigurationRecorder operation by using the master account, the system returns the ID of the master
      account." The account IDs' types are contested by the page's own samples (E1, E2).

      Given the management account of a resource directory
      And the account has enabled Cloud Config for Enterprise
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call succeeds
      And Cloud Config for Enterprise is REGISTERED
      And the response names the calling account as the master account
      And the response names the calling account's AccountId

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

    @ProcessIsRunning @role-individual @mutating @moment @evidence-assumption @assumption-A1
    Scenario Outline: ProcessIsRunning: Starting the recorder again while it is being deployed is refused (<format>)

      Page 002 answers ProcessIsRunning "because the service initialization is in progress"; that a deployment
      (BUILDING) is such an initialization is A1's reading.
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

    @EnterpriseEditionAllResourceTypesDefault @role-management @needs-fault-injection @evidence-assumption @assumption-A17 @assumption-A30 @erratum-E13
    Scenario Outline: EnterpriseEditionAllResourceTypesDefault: The answer carries the row's status and message (<format>)

      Page 002 gives the row a reason ("you cannot use a member account to modify the monitoring scope") that its
      introduction answers with RDMemberNoPermission (E13), and the master account's start succeeds (OrganizationMasterId):
      no call reaches the row (A17), so only its status and message are checked, as the service would send them.

      Given the management account of a resource directory
      And the service fails the account's next StartConfigurationRecorder call with EnterpriseEditionAllResourceTypesDefault
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "EnterpriseEditionAllResourceTypesDefault"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @RDMemberNoPermission @role-member @mutating @irreversible @evidence-page
    Scenario Outline: RDMemberNoPermission: A member account of an enterprise directory cannot start the recorder (<format>)

      Page 002, introduction: "If you use a member account for Cloud Config for Enterprise, the RDMemberNoPermission
      error code will be returned."

      Given a member account of a resource directory with Cloud Config for Enterprise enabled
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "RDMemberNoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @RDMemberNoPermission @role-member @evidence-assumption @assumption-A4 @needs-fresh-account
    Scenario Outline: RDMemberNoPermission: A member account of a resource directory cannot start the recorder (<format>)

      Page 002 names member accounts "for Cloud Config for Enterprise"; a member of a directory without it is A4's.

      Given a member account of a resource directory
      And responses are requested in <format>
      When the account starts its configuration recorder
      Then the call fails with HTTP status 400 and error code "RDMemberNoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @RDMemberNoPermission @role-individual @mutating @irreversible @evidence-assumption @assumption-A4
    Scenario Outline: RDMemberNoPermission: An account that heads no resource directory cannot enable Cloud Config for Enterprise (<format>)

      Page 002 gives RDMemberNoPermission to a caller that has "not enabled a resource directory"; that it means a call
      with EnterpriseEdition=true (an individual account's own start succeeds, as the introduction says) is A4's.
      Irreversible: should the configured individual account head a directory after all, the call would enable Cloud
      Config for Enterprise, which cannot be undone.

      Given an individual-edition account
      And responses are requested in <format>
      When the account starts its configuration recorder with Cloud Config for Enterprise
      Then the call fails with HTTP status 400 and error code "RDMemberNoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |
