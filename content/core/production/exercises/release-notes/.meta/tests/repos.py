"""Small git repositories made by the tests, each in one run of git fast-import (fast), with
fixed names and dates, so that every check sees the same history."""

import os
import subprocess

START = 1714564800  # 2024-05-01 12:00 UTC
ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "GIT_CONFIG_NOSYSTEM": "1"}


def data(text):
    raw = text.encode("utf-8")
    return f"data {len(raw)}\n{text}"


class Repo:
    """A repository on the branch main: write commit() and tag() calls, then save()."""

    def __init__(self, path):
        self.path = path
        self.marks = 0
        self.stream = []
        path.mkdir(parents=True, exist_ok=True)
        self.run("init", "-q", "-b", "main")

    def run(self, *args, stdin=None):
        env = {**ENV, "HOME": str(self.path)}
        done = subprocess.run(["git", *args], cwd=self.path, env=env, input=stdin, capture_output=True, text=True)
        assert done.returncode == 0, f"The tests could not run git {' '.join(args)}: {done.stderr}"
        return done.stdout

    def person(self):
        return f"Ada Lovelace <ada@example.com> {START + 60 * self.marks} +0000"

    def commit(self, subject, files):
        """A commit that writes (text) or deletes (None) files."""
        self.marks += 1
        self.stream += ["commit refs/heads/main", f"mark :{self.marks}", f"committer {self.person()}",
                        data(subject + "\n")]
        for name, text in files.items():
            self.stream += [f"D {name}"] if text is None else [f"M 100644 inline {name}", data(text)]
        return self

    def tag(self, name, annotated=False):
        """A tag on the last commit written so far."""
        if annotated:
            self.stream += [f"tag {name}", f"from :{self.marks}", f"tagger {self.person()}",
                            data(f"release {name}\n")]
        else:
            self.stream += [f"reset refs/tags/{name}", f"from :{self.marks}"]
        return self

    def save(self):
        self.run("fast-import", "--quiet", stdin="\n".join(self.stream) + "\n")
        self.stream = []
        return self


def shop_repo(path):
    """A shop with two releases and work since the second."""
    return (
        Repo(path)
        .commit("first version of the shop", {"README.md": "# Shop\n", "src/shop/cart.py": "items = []\n"})
        .tag("v1.0.0")
        .commit("feat: a cart that adds items", {"src/shop/cart.py": "items = []\ndef add(i): items.append(i)\n"})
        .commit("fix: empty carts cost nothing", {"src/shop/prices.py": "def total(c): return 0\n"})
        .tag("v1.1.0", annotated=True)
        .commit("feat: gift cards", {"src/shop/gifts.py": "cards = {}\n", "docs/gifts.md": "Gift cards\n"})
        .commit("update the README", {"README.md": "# Shop\n\nNow with gift cards.\n"})
        .commit("fix: round prices to cents", {"src/shop/prices.py": "def total(c): return round(0, 2)\n"})
        .commit("refactor: drop the old cart module", {"src/shop/cart.py": None})
        .save()
    )
