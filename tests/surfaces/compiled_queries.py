"""The queries test_compiled_shapes asks both ways: the hot shapes with fragments, aliases,
__typename, languages and pages, what lies beyond them, and what is refused."""

from typing import Any

Json = dict[str, Any]

# The plan's structure, with every column a compiled shape builds.
STRUCTURE = """
query Structure($id: ID!, $first: Int! = 20, $after: String, $locale: Language) {
  plan(id: $id) {
    title
    goals(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node {
        id code title description(locale: $locale) priority version externalId
        actionPlans(first: 4) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
          id code title(locale: $locale) titleTranslations { nl fr en de }
          actions(first: 3) { totalCount pageInfo { hasNextPage startCursor } edges { node {
            id code title status progress weight budget startsOn endsOn priority
          } } }
        } } }
      } }
    }
  }
}
"""

# The inputs each item rests on, at every level (the benchmark's nested query, and more).
ORIGINS = """
query Origins($id: ID!, $first: Int! = 20, $after: String, $locale: Language) {
  plan(id: $id) {
    goals(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node {
        code title(locale: $locale)
        originatingInputs { totalCount byParticipantType { participantType count } }
        actionPlans(first: 3) { edges { node {
          code originatingInputs { __typename totalCount byParticipantType { __typename count } }
          actions(first: 3) { edges { node {
            code status progress originatingInputs { totalCount byChannel { channel count } }
          } } }
        } } }
      } }
    }
  }
}
"""

# Fragments named and inline, on the types and on their interfaces; aliases; a field asked
# twice; __typename everywhere; lists cut at one, at none, and asked more than once.
FRAGMENTS = """
query Fragments($id: ID!, $after: String, $locale: Language) {
  plan(id: $id) {
    goals(first: 10, after: $after) {
      __typename
      count: totalCount
      info: pageInfo { __typename more: hasNextPage hasNextPage }
      edges { __typename ...GoalEdgeParts node { __typename ... on Node { id } code } }
      again: edges { node { code } }
    }
  }
}
fragment GoalEdgeParts on GoalEdge {
  cursor
  node {
    ...Titles
    ... on PlanElement { priority originatingInputs { totalCount } }
    one: actionPlans(first: 1) { ...Plans }
    actionPlans(first: 3) { totalCount ...Plans }
    none: actionPlans(first: 0) {
      totalCount pageInfo { hasNextPage startCursor endCursor } edges { cursor }
    }
  }
}
fragment Titles on Titled {
  title nl: title(locale: NL) en: title(locale: EN) own: title(locale: $locale)
  description fr: description(locale: FR)
  titleTranslations { __typename nl de } descriptionTranslations { en fr }
}
fragment Plans on ActionPlanConnection {
  __typename
  edges { node { ... on ActionPlan { code ...Titles actions(first: 3) { __typename edges {
    __typename
    cursor node { __typename code status ... on Action { progress } }
  } } } } }
}
"""

# A goal's subtree, as its page asks it.
SUBTREE = """
query Subtree($id: ID!, $first: Int! = 20, $after: String, $locale: Language) {
  node(id: $id) { ... on Goal {
    code title
    actionPlans(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { code title(locale: $locale) description actions { edges { node {
        code title status progress originatingInputs { totalCount }
      } } } } }
    }
  } }
}
"""

# Every plan the caller may read, each with its structure: one statement for all of them.
PLANS = """
query Plans {
  plans { totalCount edges { node { id
    goals(first: 3) { totalCount edges { cursor node { code title
      actionPlans(first: 2) { totalCount edges { node { code actions { totalCount } } } }
    } } }
  } } }
}
"""

# An action plan's actions.
ACTIONS = """
query Actions($id: ID!, $first: Int! = 20, $after: String) {
  node(id: $id) { ... on ActionPlan {
    actions(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id code title status progress budget } }
    }
  } }
}
"""

# What the compiled shapes do not build, each left (wholly or in part) to the generic path,
# with the number of compiled statements still made: the lists inside a generic one are
# compiled for all its items at once.
BEYOND = [
    ("""query($id: ID!) { plan(id: $id) { goals { edges { node { code incomingLinks { totalCount }
      actionPlans { edges { node { code actions { edges { node { code } } } } } } } } } } }""", 1),
    ("""query($id: ID!) { plan(id: $id) { goals { edges { node { code actionPlans { edges {
      node { code actions { edges { node { code owners { name } } } } } } } } } } } }""", 0),
    ("""query($id: ID!) { plan(id: $id) { goals { edges { node { code
      title @include(if: true) actionPlans { edges { node { code } } } } } } } }""", 1),
    ("""query($id: ID!) { plan(id: $id) { goals { edges { node { code
      originatingInputs { inputs(first: 2) { totalCount } } } } } } }""", 0),
    ("""query($goal: ID!) { node(id: $goal) { ... on Goal { actionPlans { edges { node {
      code history { totalCount } } } } } } }""", 0),
    ("""query($goal: ID!) { node(id: $goal) { ... on Goal { actionPlans { edges { node {
      ... on TrailNodeResult { ... on ActionPlan { code } } } } } } } }""", 0),
]  # fmt: skip

# Pages refused: by the generic path, in its own words, whichever path was tried first.
ERRORS = [
    ("query($id: ID!) { plan(id: $id) { goals(after: \"nope\") { totalCount } } }", {}),
    ("query($id: ID!) { plan(id: $id) { goals(first: 101) { totalCount } } }", {}),
    ("query($id: ID!, $bad: String) { plan(id: $id) { goals(after: $bad) { totalCount } } }",
     {"bad": "WyI\u0000"}),
    ("query($id: ID!) { plan(id: $id) { goals(first: -1) { totalCount } } }", {}),
    ("""query($id: ID!) { plan(id: $id) { goals { edges { node {
      actionPlans(first: 101) { totalCount } } } } } }""", {}),
    ("""query($id: ID!, $cursor: String) { plan(id: $id) { goals { edges { node {
      actionPlans(after: $cursor) { totalCount } } } } } }""", {}),
    ("""query($goal: ID!, $cursor: String) { node(id: $goal) { ... on Goal {
      actionPlans(after: $cursor) { totalCount } } } }""", {}),
]  # fmt: skip
