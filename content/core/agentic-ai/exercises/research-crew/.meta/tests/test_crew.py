"""The checks play every agent of the crew with a scripted model. All the models write into
one shared log, so the checks see who was called, with what, and in which order."""

import json

import pytest
from scripted_model import ScriptedModel

import crew

RESEARCH = "Find the key facts about the Lisbon trams. Reply with one fact per line."
FACTS = "Tram 28 opened in 1914.\nThe trams climb steep hills."
WRITING = (
    "Write a short paragraph about the Lisbon trams for a newsletter, using only these facts:\n"
    "Tram 28 opened in 1914.\nThe trams climb steep hills."
)
REMINDER = 'error: reply with JSON only: {"delegate": <worker>, "task": <text>} or {"final": <text>}'
MANAGER_RULES = 'You manage a team. Reply with JSON: {"delegate": ..., "task": ...} or {"final": ...}.'
GOAL = "A newsletter paragraph about the Lisbon trams."


def conversation(instructions, task):
    return [{"role": "system", "content": instructions}, {"role": "user", "content": task}]


def delegate(name, task):
    return json.dumps({"delegate": name, "task": task})


def final(text):
    return json.dumps({"final": text})


def team(log, researcher_replies=(), writer_replies=()):
    researcher = crew.Agent("researcher", "You find facts.", ScriptedModel(*researcher_replies, name="the researcher", log=log))
    writer = crew.Agent("writer", "You write short, clear prose.", ScriptedModel(*writer_replies, name="the writer", log=log))
    return researcher, writer


def run_manager(log, manager_replies, workers, **options):
    manager = crew.Agent("manager", MANAGER_RULES, ScriptedModel(*manager_replies, name="the manager", log=log))
    try:
        return crew.hierarchical_crew(manager, workers, GOAL, **options)
    except crew.CrewError as error:
        pytest.fail(f"hierarchical_crew raised CrewError ({error}), but the manager gave its final result in time", pytrace=False)


def who(log):
    return [name for name, _ in log]


def test_an_agent_runs_a_task_with_a_fresh_conversation():
    """Agent.run sends the agent's instructions and the task, nothing else, each time."""
    model = ScriptedModel("Tram 28 opened in 1914.", "The trams are yellow.", name="the researcher")
    researcher = crew.Agent("researcher", "You find facts.", model)
    assert researcher.run("When did tram 28 open?") == "Tram 28 opened in 1914.", "run should return the model's reply"
    researcher.run("What colour are the trams?")
    assert model.calls == [
        conversation("You find facts.", "When did tram 28 open?"),
        conversation("You find facts.", "What colour are the trams?"),
    ], (
        "Each run should call the model with a NEW conversation of two messages: {'role': "
        "'system', 'content': instructions} and {'role': 'user', 'content': task}"
    )


def test_sequential_crew():
    """The researcher goes first; the writer gets the researcher's facts in its task."""
    log = []
    researcher, writer = team(log, [FACTS], ["Since 1914, tram 28 has climbed Lisbon's hills."])
    result = crew.sequential_crew(researcher, writer, "the Lisbon trams")
    assert who(log) == ["the researcher", "the writer"], (
        f"The researcher should be called once, then the writer once; the calls were: {who(log)}"
    )
    assert log[0][1] == conversation("You find facts.", RESEARCH), (
        "The researcher's task should be RESEARCH_TASK.format(topic=topic)"
    )
    assert log[1][1] == conversation("You write short, clear prose.", WRITING), (
        "The writer's task should be WRITING_TASK.format(topic=topic, facts=<the researcher's reply>)"
    )
    assert result == "Since 1914, tram 28 has climbed Lisbon's hills.", "sequential_crew should return the writer's reply"


def test_the_manager_delegates_and_checks():
    """Research, a draft, a fix asked for, then the final result: every call in order."""
    log = []
    researcher, writer = team(log, [FACTS], ["Draft: trams. Very long...", "Tram 28 has climbed Lisbon's hills since 1914."])
    replies = [
        delegate("researcher", "Facts about the Lisbon trams"),
        delegate("writer", "Write a paragraph from: " + FACTS),
        delegate("writer", "Too long. Two sentences, please."),
        final("Tram 28 has climbed Lisbon's hills since 1914."),
    ]
    result = run_manager(log, replies, [researcher, writer])
    assert who(log) == [
        "the manager", "the researcher", "the manager", "the writer", "the manager", "the writer", "the manager"
    ], (
        "The manager should be asked, then the worker it delegated to, then the manager again, "
        f"and so on. The calls were: {who(log)}"
    )
    assert log[1][1] == conversation("You find facts.", "Facts about the Lisbon trams"), (
        "A worker should get the manager's task through Agent.run: its own instructions and the task only"
    )
    assert log[5][1] == conversation("You write short, clear prose.", "Too long. Two sentences, please."), (
        "The second writing task should reach the writer as the manager wrote it, in a fresh conversation"
    )
    assert log[6][1][:2] == [
        {"role": "system", "content": MANAGER_RULES + "\nWorkers: researcher, writer"},
        {"role": "user", "content": GOAL},
    ], "The manager's conversation should start with its instructions + '\\nWorkers: researcher, writer' and the goal"
    assert log[6][1][2:] == [
        {"role": "assistant", "content": replies[0]},
        {"role": "user", "content": "researcher answered:\n" + FACTS},
        {"role": "assistant", "content": replies[1]},
        {"role": "user", "content": "writer answered:\nDraft: trams. Very long..."},
        {"role": "assistant", "content": replies[2]},
        {"role": "user", "content": "writer answered:\nTram 28 has climbed Lisbon's hills since 1914."},
    ], (
        "After the first two messages, the manager's conversation should hold each of its "
        "replies and, after each, a user message '<name> answered:\\n<the work>'"
    )
    assert result == "Tram 28 has climbed Lisbon's hills since 1914.", "hierarchical_crew should return the manager's final text"


def test_the_workers_are_found_by_name():
    """The workers are found by their names, whatever their order in the list."""
    log = []
    researcher, writer = team(log, ["Facts."], ["Prose."])
    run_manager(log, [delegate("writer", "Write."), delegate("researcher", "Research."), final("done")], [writer, researcher])
    assert who(log) == ["the manager", "the writer", "the manager", "the researcher", "the manager"], (
        f"A delegate to 'writer' should go to the agent named 'writer'. The calls were: {who(log)}"
    )
    assert log[0][1][0]["content"] == MANAGER_RULES + "\nWorkers: writer, researcher", (
        "The Workers line should list the names in the order of the list given"
    )


def test_replies_the_manager_gets_wrong():
    """An unknown worker and replies that are not orders get a message back, not a crash."""
    log = []
    researcher, writer = team(log)
    replies = [
        delegate("editor", "Check the spelling."),
        "Let me think about who should do this.",
        json.dumps({"delegate": "writer"}),
        json.dumps({"task": "Write it."}),
        json.dumps(["researcher", "writer"]),
        final("I give up."),
    ]
    result = run_manager(log, replies, [researcher, writer], max_rounds=6)
    reports = [m["content"] for m in log[-1][1][3::2]]
    assert reports == [
        "error: there is no worker 'editor'; the workers are: researcher, writer",
        REMINDER,
        REMINDER,
        REMINDER,
        REMINDER,
    ], (
        "After each reply the manager should get one user message: for an unknown worker "
        "\"error: there is no worker 'editor'; the workers are: researcher, writer\"; for text "
        "that is not JSON, a delegate without a task, a task without a delegate, or JSON "
        "that is not an object, "
        f"FORMAT_REMINDER. It got: {reports}"
    )
    assert who(log) == ["the manager"] * 6, "No worker should be called for these replies"
    assert result == "I give up."


def test_a_final_result_that_is_not_text():
    """A final result that is not a string comes back as text."""
    assert run_manager([], ['{"final": 3}'], []) == "3", 'For {"final": 3}, return str(3), "3"'


def test_the_round_limit():
    """max_rounds rounds without a final result: CrewError; the default is 4."""
    log = []
    researcher, writer = team(log, ["Facts."] * 2)
    manager = crew.Agent("manager", MANAGER_RULES, ScriptedModel(*[delegate("researcher", "More.")] * 2, name="the manager", log=log))
    with pytest.raises(crew.CrewError) as raised:
        crew.hierarchical_crew(manager, [researcher, writer], GOAL, max_rounds=2)
    assert str(raised.value) == "no final result after 2 rounds", (
        f"The CrewError should say 'no final result after 2 rounds', not {str(raised.value)!r}"
    )
    assert who(log) == ["the manager", "the researcher"] * 2, "With max_rounds=2: two rounds, each with its delegated task"
    researcher, writer = team([], ["Facts."] * 4)
    manager = crew.Agent("manager", MANAGER_RULES, ScriptedModel(*[delegate("researcher", "More.")] * 4, name="the manager"))
    with pytest.raises(crew.CrewError, match="after 4 rounds"):
        crew.hierarchical_crew(manager, [researcher, writer], GOAL)
    assert len(manager.model.calls) == 4, "By default the manager should get at most 4 rounds"


def test_a_final_result_in_the_last_round():
    """A final result in the last allowed round is returned."""
    log = []
    researcher, writer = team(log, ["Facts."])
    result = run_manager(log, [delegate("researcher", "Go."), final("Done.")], [researcher, writer], max_rounds=2)
    assert result == "Done.", "With max_rounds=2, a final result in the second round should be returned"
