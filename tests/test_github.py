"""The GitHub side of the repository stays useful: templates, owners, Dependabot and the weekly run."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from examples import ROOT

GITHUB = ROOT / ".github"
FORMS = GITHUB / "ISSUE_TEMPLATE"
NEWEST = GITHUB / "workflows" / "newest-deps.yml"
TEST_COMMAND = "uv run pytest"


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    """A workflow's `on:` block; YAML 1.1 reads the bare key `on` as True."""
    on = workflow.get("on", workflow.get(True))
    return {name: None for name in on} if isinstance(on, list) else on or {}


def runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job.get("steps", []))


def package_json_folders() -> list[str]:
    """Every folder holding a package.json, as Dependabot names it ("/", "/bench")."""
    found = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [s for s in subfolders if s not in {"node_modules", ".git", ".venv", ".cache", "site"}]
        if "package.json" in files:
            relative = Path(folder).relative_to(ROOT).as_posix()
            found.append("/" if relative == "." else f"/{relative}")
    return sorted(found)


@pytest.mark.parametrize(
    "path", sorted([*GITHUB.rglob("*.yml"), *GITHUB.rglob("*.yaml")]), ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_yaml_under_github_parses(path):
    assert isinstance(load(path), dict), f"{path.relative_to(ROOT)}: expected a mapping at the top"


def test_pull_request_template_is_a_checklist_with_the_commands():
    text = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    assert f"`{TEST_COMMAND}`" in text, "the template must name the whole suite's command"
    assert f"`{TEST_COMMAND} --update-outputs`" in text, "the template must name the command that re-records outputs"
    assert len(re.findall(r"^- \[ \] ", text, re.MULTILINE)) >= 5, "the template should be a list of boxes to tick"
    for needed in ("data/facts.yml", "data/glossary.yml", "mkdocs.yml", "snippets/", "alt text", "screenshots"):
        assert needed in text, f"the checklist no longer mentions {needed}"
    named = re.findall(r"`((?:data|snippets|docs|hooks|tests)/[^`\s]*|mkdocs\.yml)`", text)
    missing = [path for path in named if not (ROOT / path).exists()]
    assert not missing, f"the pull request template names files that do not exist: {missing}"


def required(form: dict) -> dict[str, dict]:
    """The form's required fields by id."""
    return {
        element["id"]: element
        for element in form["body"]
        if element.get("validations", {}).get("required") and "id" in element
    }


@pytest.mark.parametrize("name", ["content-error.yml", "bug.yml"])
def test_issue_forms_are_well_formed(name):
    form = load(FORMS / name)
    for key in ("name", "description", "labels", "body"):
        assert form.get(key), f"{name}: needs a {key}"
    fields = [element for element in form["body"] if element["type"] != "markdown"]
    ids = [element.get("id") for element in fields]
    assert all(ids) and len(ids) == len(set(ids)), f"{name}: every field needs its own id, got {ids}"
    for element in fields:
        assert element["type"] in {"input", "textarea", "dropdown", "checkboxes"}, f"{name}: {element['type']}?"
        assert element["attributes"].get("label"), f"{name}: field {element['id']} has no label"


def test_content_error_form_asks_for_the_page_and_the_problem():
    form = load(FORMS / "content-error.yml")
    fields = required(form)
    assert "content" in form["labels"]
    assert fields.get("page", {}).get("type") == "input", "the page link must be a required one-line field"
    assert re.search(r"page|link|url", fields["page"]["attributes"]["label"], re.IGNORECASE)
    assert "problem" in fields, "what is wrong must be required"
    source = next(element for element in form["body"] if element.get("id") == "source")
    assert not source.get("validations", {}).get("required"), "a source helps but must not be required"


def test_bug_form_asks_what_happened_what_was_expected_and_how():
    form = load(FORMS / "bug.yml")
    assert "bug" in form["labels"]
    assert {"what-happened", "expected", "steps"} <= required(form).keys()
    output = next(element for element in form["body"] if element.get("id") == "output")
    assert output["attributes"].get("render") == "text", "pasted output should show as a code block"


def test_blank_issues_are_off_and_questions_go_to_contributing():
    config = load(FORMS / "config.yml")
    repo_url = load(ROOT / "mkdocs.yml")["repo_url"].rstrip("/")
    assert config["blank_issues_enabled"] is False
    urls = [link["url"] for link in config.get("contact_links", [])]
    assert f"{repo_url}/blob/main/CONTRIBUTING.md" in urls, f"no contact link to CONTRIBUTING.md under {repo_url}"


def test_codeowners_name_owners_and_paths_that_exist():
    lines = [
        line.split()
        for line in (GITHUB / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert lines and lines[0][0] == "*", "the first rule should give everything a default owner"
    for pattern, *owners in lines:
        assert owners, f"CODEOWNERS: {pattern} has no owner"
        for owner in owners:
            assert re.fullmatch(r"@[\w-]+(/[\w-]+)?|[^@\s]+@[^@\s]+", owner), f"CODEOWNERS: {owner} is not an owner"
        if pattern != "*":
            assert (ROOT / pattern.strip("/")).exists(), f"CODEOWNERS: {pattern} matches nothing in the repository"
    patterns = {line[0] for line in lines}
    assert {"/data/", "/hooks/", "/tests/", "/.github/"} <= patterns


def test_dependabot_covers_every_ecosystem_weekly():
    config = load(GITHUB / "dependabot.yml")
    assert config["version"] == 2
    updates = config["updates"]
    covered = {(update["package-ecosystem"], update["directory"]) for update in updates}
    expected = {("uv", "/"), ("github-actions", "/")} | {("npm", folder) for folder in package_json_folders()}
    assert ("npm", "/bench") in expected, "bench/package.json was not found; is the search for package.json broken?"
    assert expected <= covered, f"Dependabot does not watch {sorted(expected - covered)}"
    for update in updates:
        where = f"{update['package-ecosystem']} {update['directory']}"
        assert update["schedule"]["interval"] == "weekly", f"{where}: not weekly"
        grouped = [group.get("update-types", []) for group in update.get("groups", {}).values()]
        assert ["minor", "patch"] in grouped, f"{where}: minor and patch updates should come as one pull request"


def test_dependabot_keeps_mkdocs_below_2():
    uv = next(u for u in load(GITHUB / "dependabot.yml")["updates"] if u["package-ecosystem"] == "uv")
    versions = [
        version
        for rule in uv.get("ignore", [])
        if rule["dependency-name"] == "mkdocs"
        for version in rule.get("versions", [])
    ]
    assert any(re.fullmatch(r">=\s*2(\.0)*", version) for version in versions), f"mkdocs ignores {versions}"


def test_weekly_run_tests_the_newest_dependencies():
    workflow = load(NEWEST)
    on = triggers(workflow)
    crons = [entry["cron"].split() for entry in on.get("schedule") or []]
    assert crons, "no schedule"
    for cron in crons:
        _minute, _hour, day, month, weekday = cron
        assert (day, month) == ("*", "*") and weekday != "*", f"not once a week: {' '.join(cron)}"
    assert "workflow_dispatch" in on, "maintainers should be able to start it by hand"
    test = workflow["jobs"]["test"]
    commands = runs(test)
    assert "uv lock --upgrade" in commands, "the weekly run must upgrade uv.lock to the newest versions"
    assert re.search(rf"^{re.escape(TEST_COMMAND)}\b", commands, re.MULTILINE), "README's test command is not run"
    assert commands.index("uv lock --upgrade") < commands.index(TEST_COMMAND), (
        "the lock must be upgraded before testing"
    )
    assert "set -o pipefail" in commands, "without pipefail, tee would hide a failing pytest"
    ci_test = load(GITHUB / "workflows" / "ci.yml")["jobs"]["test"]
    ci_env = next(step["env"] for step in ci_test["steps"] if TEST_COMMAND in step.get("run", ""))
    env = next(step["env"] for step in test["steps"] if TEST_COMMAND in step.get("run", ""))
    for name in ("AITB_BROWSER_TESTS", "AITB_CHROMIUM"):
        assert env.get(name) == ci_env[name], f"the weekly run sets {name} differently from ci.yml"


def test_weekly_run_reports_failures_in_an_issue():
    report = load(NEWEST)["jobs"]["report"]
    assert report["needs"] == "test"
    assert "failure()" in report["if"], "the report should run only when the tests failed"
    assert report["permissions"] == {"issues": "write"}
    commands = runs(report)
    assert "gh issue create" in commands and "gh issue comment" in commands
    assert any(step.get("env", {}).get("GH_TOKEN") == "${{ github.token }}" for step in report["steps"])


def test_only_the_weekly_report_may_write_issues():
    writers = [
        f"{path.name}: {name}"
        for path in sorted((GITHUB / "workflows").glob("*.yml"))
        for name, job in load(path)["jobs"].items()
        if (job.get("permissions") or {}).get("issues") == "write" or job.get("permissions") == "write-all"
    ]
    assert writers == ["newest-deps.yml: report"]


def test_workflows_share_action_versions():
    """Dependabot bumps an action everywhere at once; a stray older pin means a hand edit."""
    versions: dict[str, set[str]] = {}
    for path in sorted((GITHUB / "workflows").glob("*.yml")):
        for action in re.findall(r"uses:\s*([\w.-]+/[\w./-]+)@(\S+)", path.read_text(encoding="utf-8")):
            versions.setdefault(action[0], set()).add(action[1])
    mixed = {action: sorted(pins) for action, pins in versions.items() if len(pins) > 1}
    assert not mixed, f"actions pinned to different versions in different workflows: {mixed}"
    upload = versions["actions/upload-artifact"]
    download = versions.get("actions/download-artifact", upload)
    assert {v.split(".")[0] for v in upload} == {v.split(".")[0] for v in download}, "artifact actions must match"
