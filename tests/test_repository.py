"""The repository keeps its promises to contributors and CI."""

from __future__ import annotations

import re

import yaml

from examples import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_COMMAND = "uv run pytest"


def test_readme_quick_start_is_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)```", quick, re.DOTALL)
    assert [c.strip() for c in commands][:2] == ["uv run mkdocs serve", TEST_COMMAND]
    assert "`pip install uv`" in quick  # the one prerequisite


def test_ci_runs_readmes_test_command():
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(rf"^{re.escape(TEST_COMMAND)}$", ci_run, re.MULTILINE)
    ci = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert f"run: {TEST_COMMAND}\n" in ci


def test_workflows_are_locked_down():
    assert WORKFLOWS, "no workflows"
    for path in WORKFLOWS:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        assert "pull_request_target" not in text, f"{path.name}: pull_request_target runs untrusted code with secrets"
        assert data.get("permissions") == {"contents": "read"}, f"{path.name}: default token must be read-only"
        for action in re.findall(r"uses:\s*(\S+)", text):
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@v\d+\.\d+\.\d+", action), f"{path.name}: pin {action} to a version"


def test_lock_file_is_committed_and_mkdocs_is_below_2():
    assert (ROOT / "uv.lock").is_file()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"mkdocs>=1.6,<2"' in pyproject


def test_files_named_in_the_prose_exist():
    """A page or README that names a repository file stays true when files move."""
    named = re.compile(r"`((?:tests|hooks|snippets|data|bench|docs|overrides|\.ci|\.github)/[^`<>*\s]*)`")
    problems = []
    for page in [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            for path in named.findall(line):
                if not (ROOT / path).exists():
                    problems.append(f"{page.relative_to(ROOT)}:{number}: names {path}, which does not exist")
    assert not problems, "\n".join(problems)


def test_no_page_is_waiting_for_a_source():
    """Writers mark a claim still without a source as <!-- needs source/cite/fact -->; none may ship."""
    waiting = [
        f"{page.relative_to(ROOT)}:{n}: {line.strip()[:100]}"
        for page in sorted((ROOT / "docs").rglob("*.md"))
        for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"<!--\s*needs (source|cite|fact)", line)
    ]
    assert not waiting, "claims still waiting for a source:\n" + "\n".join(waiting)


def test_citations_go_through_the_facts_file():
    """A source cited in a footnote or a bare DOI/arXiv link would be missing from the references page."""
    bypass = re.compile(r"^\[\^[^\]]+\]:.*(doi\.org|arxiv\.org|https?://)|\]\(https?://(dx\.)?(doi\.org|arxiv\.org)/")
    problems = [
        f"{page.relative_to(ROOT)}:{n}: cite with [[cite:key]] and a source in data/facts.yml instead"
        for page in sorted((ROOT / "docs").rglob("*.md"))
        for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if bypass.search(line)
    ]
    assert not problems, "\n".join(problems)
