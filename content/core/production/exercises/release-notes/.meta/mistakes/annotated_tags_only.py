"""Release notes from a git repository: what changed since the latest tag."""

import os
import subprocess
from pathlib import Path

# Ignore the machine's own git settings (/etc/gitconfig), so the output is the same everywhere.
GIT_ENV = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1"}
SECTIONS = {"feat": "Features", "fix": "Fixes"}


def git(repo: Path, *args: str) -> str:
    """Run git with args in repo and give back what it printed; raise CalledProcessError on failure."""
    done = subprocess.run(["git", *args], cwd=repo, env=GIT_ENV, capture_output=True, text=True, check=True)
    return done.stdout


def latest_tag(repo: Path) -> str | None:
    """The newest tag reachable from HEAD, or None when there is none."""
    try:
        return git(repo, "describe", "--abbrev=0").strip()
    except subprocess.CalledProcessError:
        return None


def commits_since(repo: Path, tag: str | None) -> list[str]:
    """The subjects of the commits after tag (all commits when tag is None), oldest first."""
    since = f"{tag}..HEAD" if tag else "HEAD"
    return git(repo, "log", "--reverse", "--format=%s", since).splitlines()


def files_changed(repo: Path, tag: str) -> list[str]:
    """The files that differ between tag and HEAD, sorted by path (git's own order)."""
    return git(repo, "diff", "--name-only", tag, "HEAD").splitlines()


def release_notes(repo: Path) -> str:
    """Markdown notes of the commits since the latest tag, grouped as features, fixes and other."""
    tag = latest_tag(repo)
    groups: dict[str, list[str]] = {"Features": [], "Fixes": [], "Other": []}
    for subject in commits_since(repo, tag):
        kind, colon, rest = subject.partition(": ")
        if colon and kind in SECTIONS:
            groups[SECTIONS[kind]].append(rest)
        else:
            groups["Other"].append(subject)
    lines = [f"# Changes since {tag}" if tag else "# All changes"]
    for title, items in groups.items():
        if items:
            lines += ["", f"## {title}", *(f"- {item}" for item in items)]
    return "\n".join(lines) + "\n"
