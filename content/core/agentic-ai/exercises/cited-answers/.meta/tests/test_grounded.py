"""The checks give a small table of chunks with known vectors, play the model with scripted
replies (grounded, invented and uncited ones), and check what reaches the user."""

import numpy as np
import pytest
from scripted_model import ScriptedModel

import grounded

RULES = (
    "Answer the question from the numbered sources only. After each claim, cite its source "
    "as [1], [2], ... If the sources do not hold the answer, say so."
)
NO_ANSWER = "I could not find this in the documents."

CHUNKS = [
    {"id": "bikes", "text": "Bikes travel free on all regional trains."},
    {"id": "dogs", "text": "Dogs need a child ticket, except guide dogs."},
    {"id": "night", "text": "Night trains leave Lisbon at 22:00."},
    {"id": "folding", "text": "A folded bike counts as hand luggage."},
    {"id": "refunds", "text": "Tickets are refunded up to one hour before departure."},
]
VECTORS = np.array(
    [
        [0.9, 0.1, 0.0, 0.0],  # bikes
        [0.0, 0.9, 0.3, 0.0],  # dogs
        [0.0, 0.0, 0.0, 1.0],  # night
        [0.8, 0.0, 0.0, 0.6],  # folding
        [0.0, 0.0, 1.0, 0.1],  # refunds
    ]
)
BIKE_QUESTION = np.array([1.0, 0.0, 0.0, 0.2])


def cosines(query, vectors):
    return [
        float(np.dot(row, query) / (np.linalg.norm(row) * np.linalg.norm(query))) if np.any(row) and np.any(query) else 0.0
        for row in vectors
    ]


def test_retrieve_ranks_by_cosine():
    """(row, cosine) from min_score, the best first, at most limit."""
    scores = cosines(BIKE_QUESTION, VECTORS)
    found = grounded.retrieve(BIKE_QUESTION, VECTORS)
    assert [row for row, _ in found] == [0, 3], (
        f"For the bike question the cosines are {[round(s, 3) for s in scores]}: retrieve should "
        "give rows 0 and 3 (best first); the others are below min_score 0.5"
    )
    for row, score in found:
        assert type(row) is int and type(score) is float, "Each result should be (int, float): convert numpy's values"
        assert score == pytest.approx(scores[row]), f"The score of row {row} should be its cosine, {scores[row]:.6f}"
    assert [row for row, _ in grounded.retrieve(BIKE_QUESTION, VECTORS, limit=1)] == [0], "limit=1 gives only the best row"
    assert [row for row, _ in grounded.retrieve(BIKE_QUESTION, VECTORS, min_score=0.1, limit=5)] == [0, 3, 2], (
        "With min_score=0.1, row 2 (cosine about 0.196) comes too, after rows 0 and 3"
    )


def test_retrieve_defaults_and_ties():
    """The defaults are limit=3 and min_score=0.5; ties keep the rows' order; a score of exactly min_score counts."""
    vectors = np.array([[1.0, 0.0], [2.0, 0.0], [1.0, 1.0], [3.0, 0.0], [5.0, 0.0], [0.0, 1.0]])
    assert [row for row, _ in grounded.retrieve(np.array([1.0, 0.0]), vectors)] == [0, 1, 3], (
        "Rows 0, 1, 3 and 4 all have cosine 1.0 with [1, 0]: by default at most 3, the lower rows first"
    )
    found = grounded.retrieve(np.array([1.0, 0.0]), vectors, limit=10)
    assert [row for row, _ in found] == [0, 1, 3, 4, 2], (
        "With limit=10: the four rows of cosine 1.0, then row 2 (0.707); row 5 (0.0) is below the default min_score 0.5"
    )
    exact = np.array([[3.0, 4.0], [4.0, 3.0]])
    assert [row for row, _ in grounded.retrieve(np.array([4.0, 3.0]), exact, min_score=0.96)] == [1, 0], (
        "Row 0 has a cosine of exactly 0.96 (24 / 25) with [4, 3]: with min_score=0.96 it should be kept (at least)"
    )
    assert [row for row, _ in grounded.retrieve(np.array([1.0, 0.0]), vectors, min_score=0.0, limit=10)] == [0, 1, 3, 4, 2, 5], (
        "With min_score=0.0, row 5 (cosine 0.0) is kept too, last"
    )


def test_retrieve_with_zero_vectors():
    """A row or a query of zeros has the score 0.0, without a warning or nan."""
    vectors = np.array([[0.0, 0.0], [1.0, 0.0]])
    found = grounded.retrieve(np.array([1.0, 0.0]), vectors, min_score=-1.0)
    assert found == [(1, 1.0), (0, 0.0)], (
        f"A row of zeros should score 0.0 (not nan): expected [(1, 1.0), (0, 0.0)], got {found}"
    )
    assert grounded.retrieve(np.array([0.0, 0.0]), vectors, min_score=-1.0) == [(0, 0.0), (1, 0.0)], (
        "A query of zeros gives every row the score 0.0"
    )


def test_build_prompt():
    """The rules, then the sources numbered from 1, an empty line and the question."""
    messages = grounded.build_prompt("Can I bring my bike?", ["Bikes travel free.", "A folded bike is luggage.", "Dogs pay."])
    assert messages == [
        {"role": "system", "content": RULES},
        {"role": "user", "content": "Sources:\n[1] Bikes travel free.\n[2] A folded bike is luggage.\n[3] Dogs pay.\n\nQuestion: Can I bring my bike?"},
    ], (
        "build_prompt should give the system message GROUNDING_RULES and a user message: "
        "'Sources:', a line '[n] text' per source from 1, an empty line, 'Question: <question>'"
    )


def test_cited_numbers():
    """Each [n] once, in the order of first appearance."""
    cases = [
        ("Bikes are free [2], folded ones too [1]. Free [2].", [2, 1]),
        ("Yes [1][3].", [1, 3]),
        ("No sources.", []),
        ("Maybe [a] or [1, 2] or [ 3 ].", []),
        ("Up to [12] days.", [12]),
    ]
    for reply, expected in cases:
        assert grounded.cited_numbers(reply) == expected, f"cited_numbers({reply!r}) should be {expected}"


def test_a_grounded_answer():
    """The model gets the chunks found, best first; a reply citing them is returned with their ids."""
    reply = "Yes: bikes travel free [1], and a folded bike is hand luggage [2]."
    model = ScriptedModel(reply)
    result = grounded.answer(model, "Can I bring my bike?", BIKE_QUESTION, CHUNKS, VECTORS)
    assert model.calls == [grounded_prompt("Can I bring my bike?", [CHUNKS[0], CHUNKS[3]])], (
        "The model should get build_prompt(question, texts) with the texts of the chunks "
        "retrieve found, best first: the bikes chunk, then the folding one"
    )
    assert result == {"answer": reply, "sources": ["bikes", "folding"]}, (
        "answer should return {'answer': <the reply>, 'sources': <the ids of the cited chunks, in the order cited>}"
    )


def grounded_prompt(question, chunks):
    numbered = "\n".join(f"[{n}] {chunk['text']}" for n, chunk in enumerate(chunks, start=1))
    return [{"role": "system", "content": RULES}, {"role": "user", "content": f"Sources:\n{numbered}\n\nQuestion: {question}"}]


def test_sources_in_the_order_cited():
    """The sources follow the order of the citations, each once."""
    model = ScriptedModel("Folded bikes are luggage [2]; others ride free [1]. Again: [2].")
    result = grounded.answer(model, "Bikes?", BIKE_QUESTION, CHUNKS, VECTORS)
    assert result["sources"] == ["folding", "bikes"], (
        "The reply cites [2] first, then [1]: sources should be ['folding', 'bikes'], each once"
    )


def test_nothing_relevant_means_no_model_call():
    """When no chunk reaches min_score, the model is not asked and NO_ANSWER comes back."""
    model = ScriptedModel("Yes, there is wifi on every train [1].")
    result = grounded.answer(model, "Is there wifi?", np.array([-1.0, -1.0, -1.0, -1.0]), CHUNKS, VECTORS)
    assert model.calls == [], "No chunk is relevant: do not ask the model, it would only guess"
    assert result == {"answer": NO_ANSWER, "sources": []}, "Without relevant chunks, return {'answer': NO_ANSWER, 'sources': []}"


def test_uncited_and_invented_citations_are_refused():
    """A reply without citations, or citing a source that is not there, is not shown."""
    for reply, why in [
        ("Yes, bikes are always free.", "it cites nothing"),
        ("Yes, bikes are free [3].", "there are only two sources"),
        ("Bikes are free [1], see also [0].", "there is no source [0]"),
        ("Bikes are free [1] and [5].", "one good citation does not save an invented one"),
    ]:
        model = ScriptedModel(reply)
        result = grounded.answer(model, "Can I bring my bike?", BIKE_QUESTION, CHUNKS, VECTORS)
        assert result == {"answer": NO_ANSWER, "sources": []}, (
            f"For the reply {reply!r} ({why}), answer should return {{'answer': NO_ANSWER, 'sources': []}}"
        )
