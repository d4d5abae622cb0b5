@UpdateAggregator @v2020-09-07
Feature: UpdateAggregator (2020-09-07) changes an account group

  The management account renames an account group, changes its description, or replaces its member accounts. The
  member list changes only when AggregatorAccounts is given; a request without it leaves the members as they are.

  Reference: "UpdateAggregator", API version 2020-09-07 (docs/api-reference/003).

  Background:
    Given the client uses API version 2020-09-07

  @mutating @role-management
  Rule: Name, description and members change independently

    Page 003, "Request parameters". Groups are read back with GetAggregator, whose answer follows the official SDK
    models (A32).

    @evidence-sdk @assumption-A32
    Scenario Outline: A renamed group keeps its members (<format>)
      Given the management account of a resource directory with 2 member accounts
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account renames the account group "Test_Group" to "Renamed_Group"
      Then the call succeeds
      When the management account reads the account group "Test_Group"
      Then the account group is named "Renamed_Group" and described as "Created by the conformance suite"
      And the account group has the member account 1

      Examples:
        | format |
        | JSON   |
        | XML    |

    @evidence-sdk @assumption-A32
    Scenario Outline: Members are replaced when AggregatorAccounts is given (<format>)
      Given the management account of a resource directory with 3 member accounts
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with member accounts 2 and 3
      Then the call succeeds
      When the management account reads the account group "Test_Group"
      Then the account group has the member accounts 2 and 3
      And the account group's members are named as they were given

      Examples:
        | format |
        | JSON   |
        | XML    |

    @evidence-sdk @assumption-A32
    Scenario: A new description leaves name and members alone
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      When the management account changes the description of account group "Test_Group" to "Test account group"
      Then the call succeeds
      When the management account reads the account group "Test_Group"
      Then the account group is named "Test_Group" and described as "Test account group"
      And the account group has the member account 1

    @evidence-page
    Scenario: A group's old name is free again after a rename
      Given the management account of a resource directory with 2 member accounts
      And the management account has a custom account group "Old_Name" with member account 1
      And the management account renames the account group "Old_Name" to "New_Name"
      When the management account creates a custom account group "Old_Name" with member account 2
      Then the call succeeds

    @evidence-sdk @assumption-A32
    Scenario Outline: A request repeated with the same ClientToken answers the same group (<format>)
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account renames the account group "Test_Group" to "Once" with ClientToken "1594295238-f9361358-5843-4294-8d30-b5183fac0002"
      Then the call succeeds
      When the management account repeats that request
      Then the call succeeds
      And the response names the account group "Test_Group"
      When the management account reads the account group "Test_Group"
      Then the account group is named "Once" and described as "Created by the conformance suite"

      Examples:
        | format |
        | JSON   |
        | XML    |

  @error @mutating
  Rule: The documented errors of UpdateAggregator

    Page 003, "Error codes".

    @Invalid.AggregatorAccounts.Empty @role-management @evidence-page
    Scenario Outline: Invalid.AggregatorAccounts.Empty: A member list given empty is refused (<format>)
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with AggregatorAccounts '[]'
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorAccounts.Empty"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorAccountExceedMaxCount @role-management @evidence-sdk @assumption-A32
    Scenario Outline: AggregatorAccountExceedMaxCount: A group has at most 200 member accounts (<format>)
      Given the management account of a resource directory with 201 member accounts
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with 201 member accounts
      Then the call fails with HTTP status 400 and error code "AggregatorAccountExceedMaxCount"
      When the management account reads the account group "Test_Group"
      Then the account group has the member account 1

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorAccountListDuplicated @role-management @evidence-assumption @assumption-A25
    Scenario Outline: AggregatorAccountListDuplicated: Two account groups cannot end up with the same member list (<format>)
      Given the management account of a resource directory with 2 member accounts
      And the management account has a custom account group "First" with member account 1
      And the management account has a custom account group "Second" with member account 2
      And responses are requested in <format>
      When the management account replaces the members of account group "Second" with member account 1
      Then the call fails with HTTP status 400 and error code "AggregatorAccountListDuplicated"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorAccountListItemDuplicated @role-management @evidence-page
    Scenario Outline: AggregatorAccountListItemDuplicated: A member account cannot be listed twice (<format>)
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with member accounts 1 and 1
      Then the call fails with HTTP status 400 and error code "AggregatorAccountListItemDuplicated"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorAlreadyPending @role-management @needs-emulator-control @evidence-page
    Scenario Outline: AggregatorAlreadyPending: A group cannot change while it is being created (<format>)
      Given the management account of a resource directory with 1 member account
      And creating the account's account groups takes 60 seconds
      And the management account has started creating a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account renames the account group "Test_Group" to "Too_Soon"
      Then the call fails with HTTP status 400 and error code "AggregatorAlreadyPending"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorNameDuplicated @role-management @evidence-page
    Scenario Outline: AggregatorNameDuplicated: A group cannot take another group's name (<format>)
      Given the management account of a resource directory with 2 member accounts
      And the management account has a custom account group "First" with member account 1
      And the management account has a custom account group "Second" with member account 2
      And responses are requested in <format>
      When the management account renames the account group "Second" to "First"
      Then the call fails with HTTP status 400 and error code "AggregatorNameDuplicated"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @DefaultAggregatorDeleteNotSupport @role-management @irreversible @evidence-assumption @assumption-A26 @erratum-E14
    Scenario Outline: DefaultAggregatorDeleteNotSupport: The members of the global account group follow the directory (<format>)
      Given the management account of a resource directory with 2 member accounts
      And the management account has a global account group "Everyone"
      And responses are requested in <format>
      When the management account replaces the members of account group "Everyone" with member account 1
      Then the call fails with HTTP status 400 and error code "DefaultAggregatorDeleteNotSupport"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @Invalid.AggregatorId.Value @role-management @evidence-page
    Scenario Outline: Invalid.AggregatorId.Value: An account group that does not exist cannot be updated (<format>)
      Given the management account of a resource directory with 1 member account
      And responses are requested in <format>
      When the management account renames an account group that does not exist
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorId.Value"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @Invalid.AccountType.Value @role-management @evidence-page
    Scenario Outline: Invalid.AccountType.Value: A member account must be of type ResourceDirectory (<format>)
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with AggregatorAccounts '[{"AccountId":{member1},"AccountName":"Alice","AccountType":"Personal"}]'
      Then the call fails with HTTP status 400 and error code "Invalid.AccountType.Value"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @Invalid.AggregatorAccounts.Value @role-management @evidence-page
    Scenario Outline: Invalid.AggregatorAccounts.Value: AggregatorAccounts must be a list of member accounts: <case> (<format>)
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with AggregatorAccounts '<accounts>'
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorAccounts.Value"

      Examples:
        | case                             | format | accounts                                                                                |
        | not JSON                         | JSON   | not json                                                                                |
        | not JSON                         | XML    | not json                                                                                |
        | an account outside the directory | JSON   | [{"AccountId":1999999999999999,"AccountName":"Eve","AccountType":"ResourceDirectory"}] |

    @Invalid.AggregatorAccounts.Value @role-management @evidence-contested @erratum-E8
    Scenario: Invalid.AggregatorAccounts.Value: A new member list names every account's AccountName
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      When the management account replaces the members of account group "Test_Group" with AggregatorAccounts '[{"AccountId":{member1},"AccountType":"ResourceDirectory"}]'
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorAccounts.Value"

    @AggregatorMemberNoPermission @role-member @evidence-page
    Scenario Outline: AggregatorMemberNoPermission: A member account cannot change an account group (<format>)
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When member account 1 renames the account group "Test_Group"
      Then the call fails with HTTP status 403 and error code "AggregatorMemberNoPermission"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AccountNotExisted @role-nonexistent @evidence-page
    Scenario Outline: AccountNotExisted: An account that does not exist cannot change account groups (<format>)
      Given an account that does not exist
      And responses are requested in <format>
      When the account renames an account group
      Then the call fails with HTTP status 404 and error code "AccountNotExisted"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @ServiceUnavailable @role-management @needs-fault-injection @evidence-sdk @assumption-A32
    Scenario Outline: ServiceUnavailable: The service is temporarily unavailable (<format>)
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And the service fails the account's next UpdateAggregator call with ServiceUnavailable
      And responses are requested in <format>
      When the management account renames the account group "Test_Group" to "Renamed"
      Then the call fails with HTTP status 503 and error code "ServiceUnavailable"
      When the management account reads the account group "Test_Group"
      Then the account group is named "Test_Group" and described as "Created by the conformance suite"

      Examples:
        | format |
        | JSON   |
        | XML    |

  @error
  Rule: Requests the page forbids

    Page 003, "Request parameters" (AggregatorId required; ClientToken at most 64 ASCII characters), and PROTOCOL.md,
    "Error envelope".

    @MissingParameter @role-management @evidence-assumption @assumption-A7
    Scenario: MissingParameter: An update names the account group
      Given the management account of a resource directory with 1 member account
      When the management account renames an account group without naming its AggregatorId
      Then the call fails with HTTP status 400 and error code "MissingParameter"

    @InvalidParameter @role-management @mutating @evidence-assumption @assumption-A22
    Scenario: InvalidParameter: A ClientToken has at most 64 characters
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      When the management account renames the account group "Test_Group" to "Long_Token" with a ClientToken of 65 characters
      Then the call fails with HTTP status 400 and error code "InvalidParameter"
      When the management account reads the account group "Test_Group"
      Then the account group is named "Test_Group" and described as "Created by the conformance suite"
