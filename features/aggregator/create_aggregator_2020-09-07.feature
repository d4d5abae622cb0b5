@CreateAggregator @v2020-09-07
Feature: CreateAggregator (2020-09-07) creates an account group of a resource directory

  The management account of a resource directory groups member accounts so that Cloud Config can look at their
  resources together. A group is global (RD: the whole directory, at most one), a folder's (FOLDER: the members of
  the folder named by FolderId) or custom (CUSTOM, the default: the members listed in AggregatorAccounts). A
  management account has at most five groups; a group has at most 200 members.

  Reference: "Cloud Config: CreateAggregator", API version 2020-09-07 (docs/api-reference/004).

  Background:
    Given the client uses API version 2020-09-07

  @mutating @role-management
  Rule: A management account creates global, folder and custom account groups

    Page 004, "Operation description" and "Request parameters". Groups are read back with GetAggregator and
    ListAggregators, whose answers follow the official SDK models (A32).

    @evidence-contested @erratum-E7
    Scenario Outline: A management account creates a custom account group and is answered its ID (<format>)

      Page 004, "Response parameters": RequestId and AggregatorId. The ID's format is a pattern read from masked
      samples (E7).

      Given the management account of a resource directory with 2 member accounts
      And responses are requested in <format>
      When the management account creates a custom account group "Test_Group" with member accounts 1 and 2
      Then the call succeeds
      And the response names a new account group ID

      Examples:
        | format |
        | JSON   |
        | XML    |

    @evidence-sdk @assumption-A32
    Scenario Outline: A custom account group holds the member accounts listed (<format>)
      Given the management account of a resource directory with 3 member accounts
      And responses are requested in <format>
      When the management account creates a custom account group "Test_Group" with member accounts 1 and 2
      Then the call succeeds
      And the response names a new account group ID
      When the management account reads the account group "Test_Group"
      Then the account group has the member accounts 1 and 2
      And the account group has type CUSTOM
      And the account group's members are named as they were given

      Examples:
        | format |
        | JSON   |
        | XML    |

    @irreversible @evidence-sdk @assumption-A32 @erratum-E14
    Scenario Outline: A global account group holds every member of the directory (<format>)
      Given the management account of a resource directory with 3 member accounts
      And responses are requested in <format>
      When the management account creates a global account group "Everyone"
      Then the call succeeds
      And the response names a new account group ID
      When the management account reads the account group "Everyone"
      Then the account group has the member accounts 1, 2 and 3
      And the account group has type RD

      Examples:
        | format |
        | JSON   |
        | XML    |

    @irreversible @evidence-sdk @assumption-A32 @erratum-E14
    Scenario: A global account group holds every member of the directory, whatever AggregatorAccounts lists
      Given the management account of a resource directory with 3 member accounts
      When the management account creates a global account group "Everyone" listing only member account 1
      Then the call succeeds
      When the management account reads the account group "Everyone"
      Then the account group has the member accounts 1, 2 and 3
      And the account group has type RD

    @evidence-sdk @assumption-A32
    Scenario: An account group created without AggregatorType is a custom one
      Given the management account of a resource directory with 2 member accounts
      When the management account creates an account group "Untyped" with member account 2 without naming a type
      Then the call succeeds
      When the management account reads the account group "Untyped"
      Then the account group has type CUSTOM
      And the account group has the member account 2

    @needs-emulator-control @evidence-assumption @assumption-A24 @assumption-A32 @erratum-E16
    Scenario: A folder account group holds the members of its folder
      Given the management account of a resource directory with 1 member account
      And a folder of the resource directory with 2 member accounts
      When the management account creates a folder account group "Folder_Group" for the folder
      Then the call succeeds
      When the management account reads the account group "Folder_Group"
      Then the account group has the member accounts 2 and 3
      And the account group has type FOLDER

    @evidence-assumption @assumption-A22 @assumption-A32
    Scenario Outline: A request repeated with the same ClientToken answers the same group and creates no other (<format>)
      Given the management account of a resource directory with 2 member accounts
      And responses are requested in <format>
      When the management account creates a custom account group "Once" with 2 member accounts and ClientToken "1594295238-f9361358-5843-4294-8d30-b5183fac0001"
      Then the call succeeds
      When the management account repeats that request
      Then the call succeeds
      And the response names the same account group as before
      When the management account lists its account groups
      Then the list holds 1 account group of the suite

      Examples:
        | format |
        | JSON   |
        | XML    |

    @evidence-sdk @erratum-E5 @assumption-A32
    Scenario Outline: AggregatorAccounts is accepted as every client sends it: <spelling>
      Given the management account of a resource directory with 1 member account
      When the management account creates a custom account group "Spelled" with AggregatorAccounts '<accounts>'
      Then the call succeeds
      When the management account reads the account group "Spelled"
      Then the account group has the member account 1

      Examples:
        | spelling                                   | accounts                                                                                        |
        | PascalCase, AccountId a number (Java SDK)  | [{"AccountId":{member1},"AccountName":"Alice","AccountType":"ResourceDirectory"}]               |
        | PascalCase, AccountId a string (Go, Terraform) | [{"AccountId":"{member1}","AccountName":"Alice","AccountType":"ResourceDirectory"}]         |
        | camelCase, as the page's example           | [{"accountId":{member1},"accountName":"Alice","accountType":"ResourceDirectory"}]               |
        | without AccountName (SDK model)            | [{"AccountId":{member1},"AccountType":"ResourceDirectory"}]                                     |

    @evidence-sdk @assumption-A32
    Scenario: A group may have 200 member accounts
      Given the management account of a resource directory with 200 member accounts
      When the management account creates a custom account group "Two_Hundred" with 200 member accounts
      Then the call succeeds
      When the management account reads the account group "Two_Hundred"
      Then the account group has 200 member accounts

  @error
  Rule: The documented errors of CreateAggregator

    Page 004, "Error codes". Its change history (2023-12-20) deletes the 403, 404 and 503 rows the table still shows
    (E12): scenarios of those rows are contested.

    @Invalid.AggregatorAccounts.Empty @role-management @evidence-page
    Scenario Outline: Invalid.AggregatorAccounts.Empty: A custom account group needs member accounts (<format>)
      Given the management account of a resource directory with 1 member account
      And responses are requested in <format>
      When the management account creates a custom account group "Empty" without member accounts
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorAccounts.Empty"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @Invalid.AggregatorAccounts.Value @role-management @evidence-page
    Scenario Outline: Invalid.AggregatorAccounts.Value: AggregatorAccounts must list member accounts of the directory (<format>)
      Given the management account of a resource directory with 1 member account
      And responses are requested in <format>
      When the management account creates a custom account group "Invalid" with AggregatorAccounts '[{"AccountId":1999999999999999,"AccountName":"Eve","AccountType":"ResourceDirectory"}]'
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorAccounts.Value"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @Invalid.AggregatorAccounts.Value @role-management @evidence-assumption @assumption-A21
    Scenario Outline: Invalid.AggregatorAccounts.Value: A malformed AggregatorAccounts is refused: <case> (<format>)

      Page 004 says only that AggregatorAccounts is "invalid"; which code a malformed value gets is A21's choice.

      Given the management account of a resource directory with 1 member account
      And responses are requested in <format>
      When the management account creates a custom account group "Invalid" with AggregatorAccounts '<accounts>'
      Then the call fails with HTTP status 400 and error code "Invalid.AggregatorAccounts.Value"

      Examples:
        | case                        | format | accounts                                                  |
        | not JSON                    | JSON   | [{"AccountId":                                            |
        | not JSON                    | XML    | [{"AccountId":                                            |
        | an object, not a list       | JSON   | {"AccountId":{member1},"AccountType":"ResourceDirectory"} |
        | AccountId of the wrong type | JSON   | [{"AccountId":true,"AccountType":"ResourceDirectory"}]    |

    @Invalid.AccountType.Value @role-management @evidence-page
    Scenario Outline: Invalid.AccountType.Value: A member account must be of type ResourceDirectory (<format>)
      Given the management account of a resource directory with 1 member account
      And responses are requested in <format>
      When the management account creates a custom account group "Typed" with AggregatorAccounts '[{"AccountId":{member1},"AccountName":"Alice","AccountType":"Personal"}]'
      Then the call fails with HTTP status 400 and error code "Invalid.AccountType.Value"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorExceedMaxCount @role-management @mutating @evidence-sdk @assumption-A32
    Scenario Outline: AggregatorExceedMaxCount: A management account has at most five account groups (<format>)
      Given the management account of a resource directory with 3 member accounts
      And the management account has 5 custom account groups
      And responses are requested in <format>
      When the management account creates a custom account group "Sixth" with member accounts 2 and 3
      Then the call fails with HTTP status 400 and error code "AggregatorExceedMaxCount"
      When the management account lists its account groups
      Then the list holds 5 account groups of the suite

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorExceedMaxCount @role-management @mutating @irreversible @evidence-assumption @assumption-A19
    Scenario: AggregatorExceedMaxCount: A management account has at most one global account group
      Given the management account of a resource directory with 1 member account
      And the management account has a global account group "Everyone"
      When the management account creates a global account group "Everyone_Again"
      Then the call fails with HTTP status 400 and error code "AggregatorExceedMaxCount"

    @AggregatorAccountListDuplicated @role-management @mutating @evidence-assumption @assumption-A25
    Scenario Outline: AggregatorAccountListDuplicated: Two account groups cannot have the same member list (<format>)
      Given the management account of a resource directory with 2 member accounts
      And the management account has a custom account group "First" with member accounts 1 and 2
      And responses are requested in <format>
      When the management account creates a custom account group "Second" with member accounts 2 and 1
      Then the call fails with HTTP status 400 and error code "AggregatorAccountListDuplicated"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorAccountListItemDuplicated @role-management @evidence-page
    Scenario Outline: AggregatorAccountListItemDuplicated: A member account cannot be listed twice (<format>)
      Given the management account of a resource directory with 1 member account
      And responses are requested in <format>
      When the management account creates a custom account group "Twice" with member accounts 1 and 1
      Then the call fails with HTTP status 400 and error code "AggregatorAccountListItemDuplicated"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @AggregatorNameDuplicated @role-management @mutating @evidence-page
    Scenario Outline: AggregatorNameDuplicated: Two account groups cannot have the same name (<format>)
      Given the management account of a resource directory with 2 member accounts
      And the management account has a custom account group "Test_Group" with member account 1
      And responses are requested in <format>
      When the management account creates a custom account group "Test_Group" with member account 2
      Then the call fails with HTTP status 400 and error code "AggregatorNameDuplicated"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @NoPermissionCreateAggregator @role-member @evidence-contested @erratum-E12
    Scenario Outline: NoPermissionCreateAggregator: A member account does not create account groups (<format>)
      Given a member account of a resource directory
      And responses are requested in <format>
      When the account creates an account group
      Then the call fails with HTTP status 403 and error code "NoPermissionCreateAggregator"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @NoPermissionCreateAggregator @evidence-assumption @assumption-A18 @erratum-E12
    Scenario Outline: NoPermissionCreateAggregator: Only a management account creates account groups: <caller>
      Given <caller>
      When the account creates an account group
      Then the call fails with HTTP status 403 and error code "NoPermissionCreateAggregator"

      @role-individual
      Examples: Cloud Config for individuals
        | caller                        |
        | an individual-edition account |

      @role-unauthorized
      Examples: A RAM user
        | caller                                      |
        | a RAM user without Cloud Config permissions |

    @AccountNotExisted @role-nonexistent @evidence-contested @erratum-E12
    Scenario Outline: AccountNotExisted: An account that does not exist cannot create account groups (<format>)
      Given an account that does not exist
      And responses are requested in <format>
      When the account creates an account group
      Then the call fails with HTTP status 404 and error code "AccountNotExisted"

      Examples:
        | format |
        | JSON   |
        | XML    |

    @ServiceUnavailable @role-management @needs-fault-injection @evidence-sdk @erratum-E12 @assumption-A32
    Scenario Outline: ServiceUnavailable: The service is temporarily unavailable (<format>)
      Given the management account of a resource directory with 1 member account
      And the service fails the account's next CreateAggregator call with ServiceUnavailable
      And responses are requested in <format>
      When the management account creates a global account group "Everyone"
      Then the call fails with HTTP status 503 and error code "ServiceUnavailable"
      When the management account lists its account groups
      Then the list holds 0 account groups of the suite

      Examples:
        | format |
        | JSON   |
        | XML    |

  @error
  Rule: Requests the page forbids

    Page 004, "Request parameters", and PROTOCOL.md, "Error envelope" (MissingParameter, InvalidParameter).

    @MissingParameter @role-management @evidence-assumption @assumption-A7
    Scenario: MissingParameter: An account group needs a name

      Page 004 marks AggregatorName "Required: Yes" and names no code: MissingParameter is PROTOCOL.md's (A7).
      Given the management account of a resource directory with 1 member account
      When the management account creates a custom account group without a name
      Then the call fails with HTTP status 400 and error code "MissingParameter"

    @MissingParameter @role-management @evidence-contested @erratum-E4
    Scenario: MissingParameter: An account group needs a description
      Given the management account of a resource directory with 1 member account
      When the management account creates a custom account group "Undescribed" with 1 member account and no description
      Then the call fails with HTTP status 400 and error code "MissingParameter"

    @MissingParameter @role-management @evidence-assumption @assumption-A7 @assumption-A23
    Scenario: MissingParameter: A folder account group needs a FolderId

      Page 004: "You must specify this parameter if AggregatorType is set to FOLDER"; the status and code are A23's.
      Given the management account of a resource directory with 1 member account
      When the management account creates a folder account group "No_Folder" without naming a folder
      Then the call fails with HTTP status 400 and error code "MissingParameter"

    @InvalidParameter @role-management @evidence-assumption @assumption-A23
    Scenario: InvalidParameter: AggregatorType is RD, FOLDER or CUSTOM
      Given the management account of a resource directory with 1 member account
      When the management account creates an account group "Odd" of type "GLOBAL"
      Then the call fails with HTTP status 400 and error code "InvalidParameter"

    @InvalidParameter @role-management @evidence-assumption @assumption-A22
    Scenario: InvalidParameter: A ClientToken has at most 64 characters
      Given the management account of a resource directory with 1 member account
      When the management account creates a custom account group "Long_Token" with 1 member account and a ClientToken of 65 characters
      Then the call fails with HTTP status 400 and error code "InvalidParameter"

    @InvalidParameter @role-management @evidence-assumption @assumption-A22
    Scenario: InvalidParameter: A ClientToken is ASCII only
      Given the management account of a resource directory with 1 member account
      When the management account creates a custom account group "Token" with 1 member account and ClientToken "令牌-1594295238"
      Then the call fails with HTTP status 400 and error code "InvalidParameter"

    @AggregatorAccountExceedMaxCount @role-management @evidence-assumption @assumption-A20
    Scenario: AggregatorAccountExceedMaxCount: A group has at most 200 member accounts
      Given the management account of a resource directory with 201 member accounts
      When the management account creates a custom account group "Too_Many" with 201 member accounts
      Then the call fails with HTTP status 400 and error code "AggregatorAccountExceedMaxCount"
