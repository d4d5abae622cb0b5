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

    @evidence-assumption @assumption-A26
    Scenario: A group's old name is free again after a rename

      No page says when a name is free again; A26 chooses that AggregatorNameDuplicated compares the names groups have
      now, so a rename frees the old name at once.

      Given the management account of a resource directory with 2 member accounts
      And the management account has a custom account group "Old_Name" with member account 1
      When the management account renames the account group "Old_Name" to "New_Name"
      Then the call succeeds
      When the management account creates a custom account group "Old_Name" with member account 2
      Then the call succeeds
      And the response names a new account group ID

    @evidence-contested @erratum-E7
    Scenario Outline: An update answers the account group's ID, as JSON or as XML (<format>)

      Page 003, "Sample success responses": the answer names the AggregatorId, with Content-Type application/json or
      application/xml. The ID's format is a pattern read from masked samples (E7).

      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account renames the account group "Test_Group" to "Renamed_Group"
      Then the call succeeds
      And the response names the account group "Test_Group"
      And the answer's Content-Type is <media type>

      Examples:
        | format | media type       |
        | JSON   | application/json |
        | XML    | application/xml  |

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

    @Invalid.AggregatorAccounts.Empty @role-management @evidence-contested @erratum-E15
    Scenario Outline: Invalid.AggregatorAccounts.Empty: A member list given empty is refused (<format>)

      Page 003 lets AggregatorAccounts "be left empty" (the list is then not updated) and also answers
      Invalid.AggregatorAccounts.Empty when "no member account is specified"; it never says which of the two `[]` is
      (E15).
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

    @AggregatorAlreadyPending @role-management @moment @evidence-page
    Scenario Outline: AggregatorAlreadyPending: A group cannot change while it is being created (<format>)

      The rename follows the create at once: a service that has finished creating the group first has not been
      reached this time.
      Given the management account of a resource directory with 1 member account
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

    @Invalid.AggregatorId.Value @role-management @evidence-page
    Scenario Outline: Invalid.AggregatorId.Value: Another directory's account group cannot be updated (<format>)

      Page 003: "the specified account group ID does not exist or you are not authorized to use the account group".

      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account of another resource directory renames the account group "Test_Group"
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
    Scenario Outline: Invalid.AggregatorAccounts.Value: AggregatorAccounts must list member accounts of the directory (<format>)
      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with AggregatorAccounts '[{"AccountId":1999999999999999,"AccountName":"Eve","AccountType":"ResourceDirectory"}]'
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorAccounts.Value"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @Invalid.AggregatorAccounts.Value @role-management @evidence-assumption @assumption-A21
    Scenario Outline: Invalid.AggregatorAccounts.Value: A malformed AggregatorAccounts is refused (<format>)

      Page 003 says only that member accounts are "invalid"; which code a malformed value gets is A21's choice.

      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account replaces the members of account group "Test_Group" with AggregatorAccounts 'not json'
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorAccounts.Value"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @Invalid.AggregatorAccounts.Value @role-management @evidence-contested @erratum-E8
    Scenario Outline: Invalid.AggregatorAccounts.Value: A new member list names every account's <field>

      Page 003: "If you want to update the member account list, you must set the AccountId, AccountName and AccountType
      parameters", while its table marks each "Required: No" (E8).

      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      When the management account replaces the members of account group "Test_Group" with AggregatorAccounts '<accounts>'
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorAccounts.Value"

      Examples:
        | field       | accounts                                                                |
        | AccountName | [{"AccountId":{member1},"AccountType":"ResourceDirectory"}]             |
        | AccountId   | [{"AccountName":"Alice","AccountType":"ResourceDirectory"}]             |

    @Invalid.AccountType.Value @role-management @evidence-contested @erratum-E8
    Scenario: Invalid.AccountType.Value: A new member list names every account's AccountType

      Page 003 requires AccountType to update the member list and marks it "Required: No" (E8); an item without it
      gets the code of an AccountType other than ResourceDirectory.

      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      When the management account replaces the members of account group "Test_Group" with AggregatorAccounts '[{"AccountId":{member1},"AccountName":"Alice"}]'
      Then the call fails with HTTP status 400 and error code "Invalid.AccountType.Value"

    @AggregatorMemberNoPermission @role-member @evidence-assumption @assumption-A18 @assumption-A8
    Scenario Outline: AggregatorMemberNoPermission: A member account cannot change an account group (<format>)

      Page 003 gives a member account AggregatorMemberNoPermission, and Invalid.AggregatorId.Value to a caller "not
      authorized to use the account group": both fit a member renaming its directory's group; A18 and A8 choose.
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

      Page 003 marks AggregatorId "Required: Yes" and names no code: MissingParameter is PROTOCOL.md's (A7).
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

    @InvalidParameter @role-management @mutating @evidence-assumption @assumption-A22 @assumption-A32
    Scenario: InvalidParameter: A ClientToken is ASCII only

      Page 003: "The token can contain only ASCII characters"; the code is A22's.

      Given the management account of a resource directory with 1 member account
      And the management account has a custom account group "Test_Group" with member account 1
      When the management account renames the account group "Test_Group" to "Token" with ClientToken "令牌-1594295238"
      Then the call fails with HTTP status 400 and error code "InvalidParameter"
      When the management account reads the account group "Test_Group"
      Then the account group is named "Test_Group" and described as "Created by the conformance suite"
