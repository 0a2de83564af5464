"""Operations of the walk on the plan's structure: findings, themes, goals, action plans."""

import uuid
from collections.abc import Callable
from typing import Any

from api.domain.errors import Conflict, CycleDetected, NotFound, ValidationFailed
from api.domain.trail import NodeKind
from api.services import structure
from tests.events.walk.choosing import CODE_PREFIXES, Choosing
from tests.events.walk.model import Attempt, NodeModel, Refusal, first


class StructureOperations(Choosing):
    """Creating, changing, moving and deleting the nodes of a plan's structure."""

    def created(self, kind: NodeKind, fields: dict[str, Any]) -> Callable[[Any], None]:
        def then(node: Any) -> None:
            self.model.nodes[node.id] = NodeModel(
                node.id,
                kind,
                fields["plan_id"],
                code=fields["code"],
                external_id=fields.get("external_id"),
            )

        return then

    def create_node(
        self, kind: NodeKind, use: Callable[..., Any], command: type, **more: Any
    ) -> Attempt:
        """A finding, goal or action plan: what the kinds without fields of their own share."""
        plan_id, fields, bad, taken = self.new_node(kind)
        fields.update(more)
        refusal, retry = self.creation(kind, plan_id, fields.get("external_id"), any(bad), taken)
        return Attempt(
            f"create_{kind.value}",
            lambda uow: use(uow, self.caller, command(**fields)),
            refusal,
            self.created(kind, fields),
            repr(fields),
            retry,
        )

    def create_finding(self) -> Attempt:
        return self.create_node(NodeKind.FINDING, structure.create_finding, structure.CreateFinding)

    def create_goal(self) -> Attempt:
        return self.create_node(
            NodeKind.GOAL, structure.create_goal, structure.CreateGoal, priority=self.chance(0.3)
        )

    def create_action_plan(self) -> Attempt:
        return self.create_node(
            NodeKind.ACTION_PLAN, structure.create_action_plan, structure.CreateActionPlan
        )

    def create_theme(self) -> Attempt:
        plan_id, fields, bad, taken = self.new_node(NodeKind.THEME)
        external_id = fields.get("external_id")
        refusal, retry = self.creation(NodeKind.THEME, plan_id, external_id, any(bad), taken)
        parent_refusal: Refusal = None
        if self.chance(0.4):
            parent = self.pick(self.nodes(NodeKind.THEME))
            fields["parent_id"] = parent.id if parent else None
            parent_refusal = ValidationFailed if parent and parent.plan_id != plan_id else None
            if self.chance(0.1):
                fields["parent_id"] = self.unknown_id()
                parent_refusal = NotFound
        parent_id = fields.get("parent_id")

        def then(theme: Any) -> None:
            self.created(NodeKind.THEME, fields)(theme)
            self.model.nodes[theme.id].parent_id = parent_id

        return Attempt(
            "create_theme",
            lambda uow: structure.create_theme(uow, self.caller, structure.CreateTheme(**fields)),
            parent_refusal or refusal,
            then,
            repr(fields),
            None if parent_refusal else retry,
        )

    def update_node(self) -> Attempt | None:
        kinds = [NodeKind.INPUT] if self.chance(0.05) else list(CODE_PREFIXES)
        node = self.pick(self.nodes(*kinds))
        if node is None:
            return None
        kwargs: dict[str, Any] = {}
        bad = False
        for what in self.rng.sample(range(4), self.rng.randint(1, 2)):
            if what == 0:
                code = f"{CODE_PREFIXES.get(node.kind, 'X')}{self.rng.randint(1, 40)}"
                if self.chance(0.05):
                    code, bad = "", True
                # A code another node of the kind holds fails with an IntegrityError instead
                # of a Conflict (see test_regressions.py), so the walk keeps to free codes.
                if not self.code_taken(node, code):
                    kwargs["code"] = code
            elif what == 1:
                kwargs["title"], bad_title = self.title()
                bad = bad or bad_title
            elif what == 2:
                kwargs["description"] = self.rng.choice(["", self.sentence()])
            else:
                kwargs["priority"] = self.chance(0.5)
        refusal = first(
            (node.kind is NodeKind.INPUT, ValidationFailed),
            (
                "priority" in kwargs and node.kind in (NodeKind.FINDING, NodeKind.THEME),
                ValidationFailed,
            ),
            (bad, ValidationFailed),
        )

        def then(_: Any) -> None:
            node.code = kwargs.get("code", node.code)

        return Attempt(
            "update_node",
            lambda uow: structure.update_node(
                uow, self.caller, structure.UpdateNode(node_id=node.id, **kwargs)
            ),
            refusal,
            then,
            f"{node.kind} {kwargs}",
        )

    def move_theme(self) -> Attempt | None:
        theme = self.pick(self.nodes(NodeKind.THEME))
        if theme is None:
            return None
        refusal: Refusal = None
        choice = self.rng.random()
        parent: uuid.UUID | None = None
        if choice < 0.7:
            same_plan = self.pick(self.nodes(NodeKind.THEME, plan_id=theme.plan_id))
            parent = same_plan.id if same_plan else None
            ancestor = parent
            while ancestor is not None:
                if ancestor == theme.id:
                    refusal = CycleDetected
                    break
                ancestor = self.model.nodes[ancestor].parent_id
        elif choice < 0.85:
            other = self.pick([t for t in self.nodes(NodeKind.THEME) if t.plan_id != theme.plan_id])
            parent = other.id if other else None
            refusal = ValidationFailed if other else None
        elif choice < 0.9:
            not_a_theme = self.pick(self.nodes(NodeKind.INPUT, NodeKind.GOAL))
            parent = not_a_theme.id if not_a_theme else None
            refusal = NotFound if not_a_theme else None

        def then(_: Any) -> None:
            theme.parent_id = parent

        return Attempt(
            "move_theme",
            lambda uow: structure.move_theme(
                uow, self.caller, structure.MoveTheme(theme_id=theme.id, parent_id=parent)
            ),
            refusal,
            then,
            f"{theme.id} under {parent}",
        )

    def delete_node(self) -> Attempt | None:
        node = self.pick(list(self.model.nodes.values()))
        if node is None:
            return None
        node_id = node.id if self.chance(0.93) else self.unknown_id()
        has_children = any(t.parent_id == node.id for t in self.nodes(NodeKind.THEME))
        refusal = first((node_id != node.id, NotFound), (has_children, Conflict))

        def then(_: Any) -> None:
            del self.model.nodes[node.id]
            for link_id, ends in list(self.model.links.items()):
                if node.id in ends:
                    del self.model.links[link_id]
                    self.model.gone.append(link_id)
            self.model.gone.append(node.id)

        return Attempt(
            "delete_node",
            lambda uow: structure.delete_node(
                uow, self.caller, structure.DeleteNode(node_id=node_id)
            ),
            refusal,
            then,
            f"{node.kind} {node_id}",
        )
