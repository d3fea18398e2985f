"""latest_tag, commits_since, files_changed and release_notes on repositories made with real git."""

from repos import Repo

import release_notes as rn

SINCE_V110 = ["feat: gift cards", "update the README", "fix: round prices to cents",
              "refactor: drop the old cart module"]


def test_latest_tag_is_the_newest_reachable_one(shop):
    """latest_tag gives the newest tag before HEAD (here an annotated one)."""
    assert rn.latest_tag(shop.path) == "v1.1.0", (
        "The shop was tagged v1.0.0, then v1.1.0 (an annotated tag), then got four more commits: "
        "latest_tag should give 'v1.1.0' (git describe --tags --abbrev=0, without the newline)"
    )


def test_no_tag_at_all_then_a_plain_tag(tmp_path):
    """Without any tag, latest_tag gives None; a plain (lightweight) tag counts too."""
    repo = Repo(tmp_path / "new").commit("first commit", {"app.py": "print('hi')\n"}).save()
    assert rn.latest_tag(repo.path) is None, (
        "In a repository without tags, git describe fails (exit code 128): latest_tag should catch "
        "subprocess.CalledProcessError and return None"
    )
    repo.run("tag", "v0.1.0-rc1")
    assert rn.latest_tag(repo.path) == "v0.1.0-rc1", (
        "After a plain (lightweight) tag v0.1.0-rc1, latest_tag should give 'v0.1.0-rc1': "
        "--tags makes git describe see tags that are not annotated too"
    )


def test_commits_since_a_tag_oldest_first(shop):
    """commits_since gives the subjects after the tag, oldest first."""
    repo = shop
    assert rn.commits_since(repo.path, "v1.1.0") == SINCE_V110, (
        f"Since v1.1.0 the shop has four commits; commits_since should give their subjects oldest first: "
        f"{SINCE_V110}. git log --reverse --format=%s v1.1.0..HEAD"
    )
    assert rn.commits_since(repo.path, "v1.0.0") == [
        "feat: a cart that adds items", "fix: empty carts cost nothing", *SINCE_V110,
    ], "Since v1.0.0 there are six commits: the two before v1.1.0, then the four after it"


def test_commits_since_none_is_every_commit(shop):
    """With tag None, commits_since gives every commit."""
    repo = shop
    subjects = rn.commits_since(repo.path, None)
    assert len(subjects) == 7 and subjects[0] == "first version of the shop", (
        "commits_since(repo, None) should give the subjects of all seven commits, starting with "
        f"'first version of the shop'; it gave {subjects}"
    )


def test_files_changed_since_a_tag(shop):
    """files_changed lists added, changed and deleted files, sorted, with their folders."""
    repo = shop
    expected = ["README.md", "docs/gifts.md", "src/shop/cart.py", "src/shop/gifts.py", "src/shop/prices.py"]
    assert rn.files_changed(repo.path, "v1.1.0") == expected, (
        f"Since v1.1.0 these files were added, changed or deleted: {expected}. "
        "git diff --name-only v1.1.0 HEAD gives them, sorted by path"
    )


def test_a_file_changed_back_is_not_changed(tmp_path):
    """A file changed and then changed back is the same as at the tag: not listed."""
    repo = (
        Repo(tmp_path / "app")
        .commit("first", {"app.py": "print('hi')\n", "config.toml": "port = 8000\n"})
        .tag("v1")
        .commit("try port 9000", {"config.toml": "port = 9000\n"})
        .commit("back to port 8000", {"config.toml": "port = 8000\n"})
        .commit("say hello", {"app.py": "print('hello')\n"})
        .save()
    )
    assert rn.files_changed(repo.path, "v1") == ["app.py"], (
        "config.toml was changed and then changed back, so it is the same as at v1: only app.py differs. "
        "Compare the two versions (git diff --name-only v1 HEAD), not the list of files each commit touched"
    )


def test_release_notes_group_the_commits(shop):
    """release_notes: a title with the tag, then Features, Fixes and Other, in that order."""
    repo = shop
    expected = (
        "# Changes since v1.1.0\n"
        "\n"
        "## Features\n"
        "- gift cards\n"
        "\n"
        "## Fixes\n"
        "- round prices to cents\n"
        "\n"
        "## Other\n"
        "- update the README\n"
        "- refactor: drop the old cart module\n"
    )
    assert rn.release_notes(repo.path) == expected, (
        "The notes for the shop should be:\n" + expected + "(feat: and fix: are taken off the features "
        "and fixes; every other subject goes under Other as it is)"
    )


def test_release_notes_leave_out_empty_sections(tmp_path):
    """A section without commits is left out; a subject is sorted by its exact prefix."""
    repo = Repo(tmp_path / "app").commit("first", {"app.py": "print('hi')\n"}).tag("v2.0.0")
    for subject in ["fix: a: typo in the help", "feat:no space", "Fix: capital letter", "fixup: squash me", "fix"]:
        repo.commit(subject, {})
    repo.save()
    expected = (
        "# Changes since v2.0.0\n"
        "\n"
        "## Fixes\n"
        "- a: typo in the help\n"
        "\n"
        "## Other\n"
        "- feat:no space\n"
        "- Fix: capital letter\n"
        "- fixup: squash me\n"
        "- fix\n"
    )
    assert rn.release_notes(repo.path) == expected, (
        "Only a subject that starts exactly with 'feat: ' or 'fix: ' is a feature or a fix (the rest after "
        "the first ': ' is the item); 'feat:no space', 'Fix: ...', 'fixup: ...' and 'fix' alone go under Other, and the "
        "empty Features section is left out. Expected:\n" + expected
    )


def test_release_notes_without_a_tag_or_without_news(tmp_path):
    """No tag: "# All changes". Nothing since the tag: the title alone."""
    repo = Repo(tmp_path / "app").commit("feat: say hello", {"app.py": "print('hello')\n"}).save()
    assert rn.release_notes(repo.path) == "# All changes\n\n## Features\n- say hello\n", (
        "Without a tag, the notes should cover every commit under the title '# All changes'"
    )
    repo.run("tag", "v0.1.0")
    assert rn.release_notes(repo.path) == "# Changes since v0.1.0\n", (
        "With no commit since the tag, the notes should be the title line alone: '# Changes since v0.1.0'"
    )
