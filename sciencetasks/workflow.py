"""The lifecycle of an S&T task as an explicit state machine (Thông tư 02/2023/TT-BKHCN; provincial rules).

The main pipeline is an ordered list of steps; each step moves the task to a fixed state, and a step is
legal only from the state the previous step of the pipeline reached. Around it: rejection, suspension,
resumption, termination, and side events that do not change the state (inspections, extensions, changes of
leader/host/coordinator, adjustments, progress reports, post-acceptance reviews).

Where provinces differ it is configuration, read from `Organisation.settings`:

- `sciencetasks.pipeline`: the ordered main steps. Bắc Kạn registers results before the Chairman's
  recognition, so its demo organisation swaps `register` and `recognise`; a province without base-level
  acceptance leaves `base_accept` out.
- `sciencetasks.extra_transitions`: `{step: [state, ...]}` extra states a step is legal from.
- `sciencetasks.grades`: the grading scale of provincial acceptance, e.g. `["dat", "khong_dat"]` under
  the newer rules (default: Xuất sắc / Khá / Đạt / Không đạt).
- `sciencetasks.failing_grades`: grades that mean the task failed (default `["khong_dat"]`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .choices import Grade, State, StepKind

S, K = State, StepKind

DEFAULT_PIPELINE: tuple[str, ...] = (
    K.DETERMINE, K.APPROVE_LIST, K.SELECT, K.APPRAISE, K.APPROVE, K.SIGN_CONTRACT, K.START,
    K.SUBMIT_DOSSIER, K.BASE_ACCEPT, K.ACCEPT, K.RECOGNISE, K.REGISTER, K.LIQUIDATE, K.HANDLE_ASSETS,
)
# Steps that every pipeline must keep (the others may be left out by a province).
REQUIRED_PIPELINE_STEPS = frozenset({K.SIGN_CONTRACT, K.ACCEPT})

STEP_TARGET: dict[str, str] = {
    K.PROPOSE: S.PROPOSED,
    K.DETERMINE: S.DETERMINED,
    K.APPROVE_LIST: S.LISTED,
    K.SELECT: S.SELECTED,
    K.APPRAISE: S.APPRAISED,
    K.APPROVE: S.APPROVED,
    K.SIGN_CONTRACT: S.CONTRACTED,
    K.START: S.IN_PROGRESS,
    K.SUBMIT_DOSSIER: S.DOSSIER_SUBMITTED,
    K.BASE_ACCEPT: S.BASE_ACCEPTED,
    K.ACCEPT: S.ACCEPTED,  # or NOT_PASSED with a failing grade
    K.RECOGNISE: S.RECOGNISED,
    K.REGISTER: S.REGISTERED,
    K.LIQUIDATE: S.LIQUIDATED,
    K.HANDLE_ASSETS: S.ASSETS_HANDLED,
    K.REJECT: S.REJECTED,
    K.SUSPEND: S.SUSPENDED,
    K.STOP: S.STOPPED,
    # RESUME returns to the state held before the suspension
}

IMPLEMENTATION = (S.CONTRACTED, S.IN_PROGRESS, S.SUSPENDED, S.DOSSIER_SUBMITTED, S.BASE_ACCEPTED)
OFF_PIPELINE: dict[str, tuple[str, ...]] = {
    K.REJECT: (S.PROPOSED, S.DETERMINED, S.LISTED, S.SELECTED, S.APPRAISED),
    K.SUSPEND: (S.APPROVED, S.CONTRACTED, S.IN_PROGRESS),
    K.RESUME: (S.SUSPENDED,),
    K.STOP: (S.APPROVED, S.CONTRACTED, S.IN_PROGRESS, S.SUSPENDED, S.DOSSIER_SUBMITTED, S.BASE_ACCEPTED),
}
# Failed or stopped tasks still have their contract liquidated (with recovery of money).
LIQUIDATE_ALSO_FROM = (S.NOT_PASSED, S.STOPPED)

SIDE_EVENTS: dict[str, tuple[str, ...]] = {
    K.INSPECT: IMPLEMENTATION,
    K.PROGRESS_REPORT: (S.IN_PROGRESS, S.SUSPENDED),
    K.EXTEND: IMPLEMENTATION,
    K.CHANGE_LEADER: (S.APPROVED, *IMPLEMENTATION),
    K.CHANGE_HOST: (S.APPROVED, *IMPLEMENTATION),
    K.CHANGE_COORDINATOR: (S.APPROVED, *IMPLEMENTATION),
    K.ADJUST: (S.APPROVED, *IMPLEMENTATION),
    K.APPLICATION_REVIEW: (S.ACCEPTED, S.RECOGNISED, S.REGISTERED, S.LIQUIDATED, S.ASSETS_HANDLED),
}

# A task leaves the yearly count of "managed" tasks after the year in which it reached one of these.
CLOSING_STATES = (S.REGISTERED, S.LIQUIDATED, S.ASSETS_HANDLED, S.STOPPED, S.REJECTED)
# From DETERMINED on, a proposal has become a task of the plan.
PROPOSAL_STATES = (S.PROPOSED,)


class WorkflowError(ValueError):
    """An illegal step; the message is Vietnamese and lists the steps possible now."""


@dataclass
class Workflow:
    """The transition table of one organisation."""

    pipeline: tuple[str, ...] = DEFAULT_PIPELINE
    extra_transitions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    grades: tuple[str, ...] = tuple(Grade.values)
    failing_grades: tuple[str, ...] = (Grade.KHONG_DAT,)

    @classmethod
    def for_organisation(cls, organisation) -> Workflow:
        pipeline = tuple(organisation.setting("sciencetasks.pipeline", DEFAULT_PIPELINE))
        unknown = [step for step in pipeline if step not in DEFAULT_PIPELINE]
        missing = [step for step in REQUIRED_PIPELINE_STEPS if step not in pipeline]
        if unknown or missing or len(set(pipeline)) != len(pipeline):
            raise WorkflowError(
                "Cấu hình quy trình (sciencetasks.pipeline) không hợp lệ: "
                f"bước không tồn tại {unknown or '—'}, thiếu bước bắt buộc {missing or '—'}."
            )
        grades = tuple(organisation.setting("sciencetasks.grades", Grade.values))
        bad_grades = [grade for grade in grades if grade not in Grade.values]
        if bad_grades:
            raise WorkflowError(f"Cấu hình xếp loại (sciencetasks.grades) không hợp lệ: {bad_grades}.")
        extra = {step: tuple(states) for step, states in organisation.setting("sciencetasks.extra_transitions", {}).items()}
        failing = tuple(organisation.setting("sciencetasks.failing_grades", [Grade.KHONG_DAT]))
        return cls(pipeline=pipeline, extra_transitions=extra, grades=grades, failing_grades=failing)

    # --- the table ---------------------------------------------------------------------------------
    def table(self) -> dict[str, tuple[str, ...]]:
        """step → states it is legal from."""
        table: dict[str, list[str]] = {}
        previous = S.PROPOSED
        for step in self.pipeline:
            table.setdefault(step, []).append(previous)
            previous = STEP_TARGET[step]
        for step, states in OFF_PIPELINE.items():
            table.setdefault(step, []).extend(states)
        if K.LIQUIDATE in table:
            table[K.LIQUIDATE].extend(LIQUIDATE_ALSO_FROM)
        for step, states in SIDE_EVENTS.items():
            table.setdefault(step, []).extend(states)
        for step, states in self.extra_transitions.items():
            table.setdefault(step, []).extend(states)
        return {step: tuple(dict.fromkeys(states)) for step, states in table.items()}

    def allowed_steps(self, state: str) -> list[str]:
        """Steps possible from `state`, pipeline first, in a stable order."""
        table = self.table()
        order = list(self.pipeline) + [k for k in StepKind.values if k not in self.pipeline]
        return [step for step in order if state in table.get(step, ())]

    def is_side_event(self, step: str) -> bool:
        return step in SIDE_EVENTS

    def target(self, step: str, state: str, *, grade: str | None = None, resume_to: str | None = None) -> str:
        """The state after `step` from `state`, or WorkflowError with the steps possible now."""
        if step in (K.PROPOSE, K.REGISTER_EXISTING):
            raise WorkflowError("Bước tiếp nhận chỉ dùng khi tạo nhiệm vụ mới.")
        if state not in self.table().get(step, ()):
            raise WorkflowError(self.illegal_message(step, state))
        if self.is_side_event(step):
            return state
        if step == K.RESUME:
            return resume_to or S.IN_PROGRESS
        if step == K.ACCEPT:
            if not grade:
                raise WorkflowError("Nghiệm thu cấp tỉnh phải có kết quả xếp loại.")
            if grade not in self.grades:
                raise WorkflowError(
                    "Xếp loại «%s» không dùng ở tổ chức này. Các mức xếp loại: %s."
                    % (Grade(grade).label if grade in Grade.values else grade, ", ".join(Grade(g).label for g in self.grades))
                )
            return S.NOT_PASSED if grade in self.failing_grades else S.ACCEPTED
        return STEP_TARGET[step]

    def illegal_message(self, step: str, state: str) -> str:
        step_label = StepKind(step).label if step in StepKind.values else step
        state_label = State(state).label if state in State.values else state
        possible = self.allowed_steps(state)
        possible_text = ", ".join(StepKind(s).label for s in possible) if possible else "không còn bước nào"
        return (
            f"Không thể thực hiện bước «{step_label}» khi nhiệm vụ đang ở trạng thái «{state_label}». "
            f"Các bước có thể thực hiện lúc này: {possible_text}."
        )

    def state_order(self) -> list[str]:
        """States in pipeline order (for the board), then the states off the pipeline."""
        order = [S.PROPOSED] + [STEP_TARGET[step] for step in self.pipeline]
        if S.ACCEPTED in order:
            order.insert(order.index(S.ACCEPTED) + 1, S.NOT_PASSED)
        if S.IN_PROGRESS in order:
            order.insert(order.index(S.IN_PROGRESS) + 1, S.SUSPENDED)
        return order + [s for s in (S.STOPPED, S.REJECTED) if s not in order]

    def states_at_or_after(self, state: str) -> list[str]:
        order = self.state_order()
        return order[order.index(state):] if state in order else []
