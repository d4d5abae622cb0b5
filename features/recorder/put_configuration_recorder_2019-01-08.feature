@PutConfigurationRecorder @v2019-01-08
Feature: PutConfigurationRecorder (2019-01-08) chooses the resource types an individual-edition recorder monitors

  Modifies a configuration recorder: ResourceTypes, a comma-separated list, becomes the set of resource types Cloud
  Config monitors for the account. Only Cloud Config for individuals supports the operation: an enterprise monitors
  every type by default.

  Reference: "PutConfigurationRecorder", API version 2019-01-08 (docs/api-reference/000).

  Background:
    Given the client uses API version 2019-01-08

  @mutating @role-individual
  Rule: An individual-edition account chooses what its recorder monitors

    Page 000, "Request parameters" (ResourceTypes) and "Response parameters".

    @evidence-assumption @erratum-E3 @assumption-A29 @needs-fresh-account
    Scenario Outline: The chosen types are echoed and monitored from the first start (<format>)
      Given an individual-edition account
      And responses are requested in <format>
      When the account sets the monitored resource types to "ACS::ECS::Instance,ACS::ECS::Disk"
      Then the call succeeds
      And the response names the calling account's AccountId
      And the monitored resource types are "ACS::ECS::Instance,ACS::ECS::Disk"
      When the account starts its configuration recorder
      Then the call succeeds
      And the monitored resource types are "ACS::ECS::Instance,ACS::ECS::Disk"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @evidence-assumption @assumption-A29 @assumption-A32
    Scenario Outline: A new selection redeploys a registered recorder, observed through DescribeConfigurationRecorder (<format>)
      Given an individual-edition account
      And responses are requested in <format>
      And the account's configuration recorder is registered
      When the account sets the monitored resource types to "ACS::OSS::Bucket,ACS::RDS::DBInstance"
      Then the call succeeds
      And the configuration recorder status is REBUILDING or REGISTERED
      When the account waits until its configuration recorder is deployed
      Then the configuration recorder status is REGISTERED
      And the monitored resource types are "ACS::OSS::Bucket,ACS::RDS::DBInstance"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @evidence-contested @erratum-E17 @erratum-E3
    Scenario Outline: An account that heads no resource directory chooses what its recorder monitors (<format>)

      Page 000: "Only Cloud Config for individuals supports this operation", while its RDMemberNoPermission row gives
      "You have not enabled the resource directory service" as a reason to refuse it (E17). The introduction wins.
      AccountId is a Long in the table and a string in the sample (E3).

      Given an individual-edition account
      And responses are requested in <format>
      When the account sets the monitored resource types to "ACS::ECS::Instance"
      Then the call succeeds
      And the response names the calling account's AccountId
      And the monitored resource types are "ACS::ECS::Instance"

      Examples:
        | format |
        | JSON   |
        | XML    |

  @error
  Rule: The documented errors of PutConfigurationRecorder

    Page 000, "Error codes".

    @NoPermission @role-unauthorized @evidence-page
    Scenario Outline: NoPermission: A RAM user without Cloud Config permissions cannot change the recorder (<format>)
      Given a RAM user without Cloud Config permissions
      And responses are requested in <format>
      When the account sets the monitored resource types to "ACS::ECS::Instance"
      Then the call fails with HTTP status 400 and error code "NoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @ServiceUnavailable @role-individual @needs-fault-injection @evidence-page
    Scenario Outline: ServiceUnavailable: The service is temporarily unavailable (<format>)
      Given an individual-edition account
      And the service fails the account's next PutConfigurationRecorder call with ServiceUnavailable
      And responses are requested in <format>
      When the account sets the monitored resource types to "ACS::ECS::Instance"
      Then the call fails with HTTP status 503 and error code "ServiceUnavailable"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AccountNotExisted @role-nonexistent @evidence-page
    Scenario Outline: AccountNotExisted: An account that does not exist cannot change a recorder (<format>)
      Given an account that does not exist
      And responses are requested in <format>
      When the account sets the monitored resource types to "ACS::ECS::Instance"
      Then the call fails with HTTP status 404 and error code "AccountNotExisted"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @Invalid.ResourceTypes.Value @role-individual @evidence-page
    Scenario Outline: Invalid.ResourceTypes.Value: A type Cloud Config does not monitor is refused: "<types>" (<format>)
      Given an individual-edition account
      And responses are requested in <format>
      When the account sets the monitored resource types to "<types>"
      Then the call fails with HTTP status 400 and error code "Invalid.ResourceTypes.Value"

      Examples:
        | format | types                                |
        | JSON   | ACS::ECS::Instance,ACS::Nothing::Here |
        | XML    | ACS::ECS::Instance,ACS::Nothing::Here |
        | JSON   | ecs-instance                         |

    @Invalid.ResourceTypes.Value @role-individual @evidence-assumption @assumption-A29
    Scenario: Invalid.ResourceTypes.Value: An empty item in the list is refused
      Given an individual-edition account
      When the account sets the monitored resource types to "ACS::ECS::Instance,,ACS::ECS::Disk"
      Then the call fails with HTTP status 400 and error code "Invalid.ResourceTypes.Value"

    @ProcessIsRunning @role-individual @mutating @moment @evidence-assumption @assumption-A1
    Scenario Outline: ProcessIsRunning: The selection cannot change while the recorder is being deployed (<format>)

      Page 000 answers ProcessIsRunning "because the service initialization is in progress"; that a deployment
      (BUILDING) is such an initialization is A1's reading.
      A deployment begins with the recorder's first start, or with a new selection of resource types once it is
      registered; the call follows at once, and a service that has finished deploying first has not been reached this
      time.
      Given an individual-edition account
      And responses are requested in <format>
      And the account's configuration recorder is being deployed
      When the account sets the monitored resource types to "ACS::ECS::Instance"
      Then the call fails with HTTP status 400 and error code "ProcessIsRunning"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @EnterpriseEditionAllResourceTypesDefault @role-management @mutating @irreversible @evidence-page
    Scenario Outline: EnterpriseEditionAllResourceTypesDefault: A management account with Cloud Config for Enterprise monitors every type (<format>)
      Given the management account of a resource directory
      And the account has enabled Cloud Config for Enterprise
      And responses are requested in <format>
      When the account sets the monitored resource types to "ACS::ECS::Instance"
      Then the call fails with HTTP status 400 and error code "EnterpriseEditionAllResourceTypesDefault"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @RDMemberNoPermission @role-member @evidence-page
    Scenario Outline: RDMemberNoPermission: A member account of a resource directory cannot change the recorder (<format>)
      Given a member account of a resource directory
      And responses are requested in <format>
      When the account sets the monitored resource types to "ACS::ECS::Instance"
      Then the call fails with HTTP status 400 and error code "RDMemberNoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |

  @error
  Rule: ResourceTypes is required

    Page 000, "Request parameters": ResourceTypes, Required Yes.

    @MissingParameter @role-individual @mutating @evidence-contested @erratum-E9
    Scenario: MissingParameter: A request without ResourceTypes is refused
      Given an individual-edition account
      When the account sets the monitored resource types without naming any
      Then the call fails with HTTP status 400 and error code "MissingParameter"
