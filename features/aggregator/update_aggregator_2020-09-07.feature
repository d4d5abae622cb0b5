@UpdateAggregator @v2020-09-07
Feature: UpdateAggregator (2020-09-07) changes an account group

  The management account renames an account group, changes its description, or replaces its member accounts. The
  member list changes only when AggregatorAccounts is given; a request without it leaves the members as they are.

  Reference: "UpdateAggregator", API version 2020-09-07 (docs/api-reference/003).

  Background:
    Given the client uses API version 2020-09-07

  @mutating @role-management
  Rule: Name, description and members change independently

    Scenario Outline: A renamed group keeps its members (<format>)
      Given the management account of a resource directory with 2 member accounts
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account renames the account group "Test_Group" to "Renamed_Group"
      Then the call succeeds
      And the account group "Test_Group" is named "Renamed_Group" and described as "Created by the conformance suite"
      And the account group "Test_Group" has the member account 1

      Examples:
        | format |
        | JSON   |
        | XML    |

    Scenario Outline: Members are replaced when AggregatorAccounts is given (<format>)
      Given the management account of a resource directory with 3 member accounts
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with member accounts 2 and 3
      Then the call succeeds
      And the account group "Test_Group" has the member accounts 2 and 3

      Examples:
        | format |
        | JSON   |
        | XML    |

    Scenario: A new description leaves name and members alone
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      When the management account changes the description of account group "Test_Group" to "Test account group"
      Then the call succeeds
      And the account group "Test_Group" is named "Test_Group" and described as "Test account group"
      And the account group "Test_Group" has the member account 1

    Scenario: A group's old name is free again after a rename
      Given the management account of a resource directory with 2 member accounts
      And the management account has a custom account group "Old_Name" with member account 1
      And the management account renames the account group "Old_Name" to "New_Name"
      When the management account creates a custom account group "Old_Name" with member account 2
      Then the call succeeds

  @error
  Rule: The documented errors of UpdateAggregator

    @Invalid.AggregatorAccounts.Empty @role-management
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

    @AggregatorAccountExceedMaxCount @role-management
    Scenario Outline: AggregatorAccountExceedMaxCount: A group has at most 200 member accounts (<format>)
      Given the management account of a resource directory with 201 member accounts
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with 201 member accounts
      Then the call fails with HTTP status 400 and error code "AggregatorAccountExceedMaxCount"
      And the account group "Test_Group" has the member account 1

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorAccountListDuplicated @role-management @assumption-A25
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

    @AggregatorAccountListItemDuplicated @role-management
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

    @AggregatorAlreadyPending @role-management @needs-emulator-control @assumption-A27
    Scenario Outline: AggregatorAlreadyPending: A group cannot change while it is being created (<format>)
      Given the management account of a resource directory with 1 member account
      And creating the account's account groups takes 60 seconds
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account renames the account group "Test_Group" to "Too_Soon"
      Then the call fails with HTTP status 400 and error code "AggregatorAlreadyPending"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorNameDuplicated @role-management
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

    @DefaultAggregatorDeleteNotSupport @role-management @assumption-A26
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

    @Invalid.AggregatorId.Value @role-management
    Scenario Outline: Invalid.AggregatorId.Value: An account group that does not exist cannot be updated (<format>)
      Given the management account of a resource directory with 1 member account
      And responses are requested in <format>
      When the management account renames an account group that does not exist
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorId.Value"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @Invalid.AccountType.Value @role-management
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

    @Invalid.AggregatorAccounts.Value @role-management
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

    @AggregatorMemberNoPermission @role-member
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

    @AccountNotExisted @role-nonexistent
    Scenario Outline: AccountNotExisted: An account that does not exist cannot change account groups (<format>)
      Given an account that does not exist
      And responses are requested in <format>
      When the account renames an account group
      Then the call fails with HTTP status 404 and error code "AccountNotExisted"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @ServiceUnavailable @role-management @needs-fault-injection
    Scenario Outline: ServiceUnavailable: The service is temporarily unavailable (<format>)
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And the service fails the account's next UpdateAggregator call with ServiceUnavailable
      And responses are requested in <format>
      When the management account renames the account group "Test_Group" to "Renamed"
      Then the call fails with HTTP status 503 and error code "ServiceUnavailable"
      And the account group "Test_Group" is named "Test_Group" and described as "Created by the conformance suite"

      Examples:
        | format |
        | JSON   |
        | XML    |
