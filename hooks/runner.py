"""Run it here: what the page script docs/javascripts/run.js needs from the build.

Every Python example on a page gets a Run button (hooks/runbars.py writes it, run.js makes it work), which runs it
in the reader's browser with Pyodide (hooks/runtime.py ships the runtime).
This hook does the three things the page cannot work out for itself:

* **Examples that cannot run in the browser** are listed in
  ``data/not_in_browser.yml``, each with its reason; their code blocks get
  ``data-norun`` and no Run button. tests/test_run_in_browser.py fails when an
  entry is stale (the example runs identically after all).
* **Explorable figures.** A page's front matter names an example of its own
  and the module-level assignments a reader may change::

      explore:
        - example: errors_figure     # snippets/<section>/<page>/errors_figure.py
          figure: perceptron-errors.svg
          controls:
            - {name: n_passes, label: Passes over the data, min: 5, max: 60, step: 1}
            - name: gate
              label: The logic gate on the right
              choices: {AND: '"AND"', XOR: '"XOR"'}

  The build checks that the example has exactly one line ``name = literal``
  (optionally ``# comment``) starting at the line's first column for each
  name, and takes the default from there, so the controls start
  at the example's own values and reproduce its figure. It writes a small
  form under the figure (or under the code when there is no figure). run.js
  re-runs the example with the changed lines and redraws the figure; the
  stylesheet hides the form without JavaScript, where the static figure
  remains.
* **Figure settings.** The runtime draws with the settings the tests use
  (tests/matplotlibrc), copied next to run.js.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

SNIPPETS = Path("snippets")
LIST_FILE = Path("data/not_in_browser.yml")
MATPLOTLIBRC = Path("tests/matplotlibrc")
_BLOCK = re.compile(
    r'<div class="language-python highlight"(?P<attrs>[^>]*)><span class="filename">(?P<title>[^<]+)</span>'
)
_CONTROL_KEYS = {"name", "label", "min", "max", "step", "choices", "unit"}


def load_list(path: Path = LIST_FILE) -> dict[str, str]:
    """snippets/…/x.py -> why it cannot run in the browser."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not all(isinstance(v, str) and v.strip() for v in data.values()):
        raise PluginError(f"{path}: a mapping of example paths (snippets/…/x.py) to one-line reasons")
    for name in data:
        if not (name.startswith("snippets/") and (Path(name)).is_file()):
            raise PluginError(f"{path}: {name!r} is not an example file (snippets/<section>/<page>/<name>.py)")
    return data


def assignment(source: str, name: str, where: str) -> tuple[int, str]:
    """The line number and literal of the one line `name = literal  # comment` in an example."""
    found = [
        (number, match.group(1).strip())
        for number, line in enumerate(source.splitlines(), 1)
        if (match := re.match(rf"{re.escape(name)} *= *([^#\n]*?) *(#.*)?$", line))
    ]
    if len(found) != 1:
        lines = f" (lines {', '.join(str(number) for number, _ in found)})" if found else ""
        raise PluginError(
            f"{where}: explore control '{name}' needs exactly one line `{name} = <value>` at the start of a line "
            f"in the example; found {len(found)}{lines}"
        )
    return found[0]


def _number(value, what: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PluginError(f"{where}: {what} must be a number, not {value!r}")
    return float(value)


def control_html(control: dict, source: str, example: str, where: str, uid: str) -> str:
    if not isinstance(control, dict) or "name" not in control or "label" not in control:
        raise PluginError(f"{where}: each control needs a name and a label, got {control!r}")
    unknown = set(control) - _CONTROL_KEYS
    if unknown:
        raise PluginError(f"{where}: control '{control['name']}' has unknown keys {sorted(unknown)}")
    name = str(control["name"])
    line, default = assignment(source, name, f"{where} ({example})")
    ident = f"{uid}-{name}"
    label = html.escape(str(control["label"]))
    if "choices" in control:
        choices = control["choices"]
        if not isinstance(choices, dict) or not choices:
            raise PluginError(f"{where}: control '{name}': choices maps labels to code")
        values = [str(v) for v in choices.values()]
        if default not in values:
            raise PluginError(
                f"{where}: control '{name}': {example}:{line} sets {name} = {default}, which is none of the "
                f"choices {values}"
            )
        options = "".join(
            f'<option value="{html.escape(str(value))}"{" selected" if str(value) == default else ""}>'
            f"{html.escape(str(text))}</option>"
            for text, value in choices.items()
        )
        return f'<label for="{ident}">{label}</label><select id="{ident}" name="{name}">{options}</select>'
    low = _number(control.get("min"), f"control '{name}': min", where)
    high = _number(control.get("max"), f"control '{name}': max", where)
    step = _number(control.get("step"), f"control '{name}': step", where)
    try:
        value = float(default)
    except ValueError:
        raise PluginError(
            f"{where}: control '{name}': {example}:{line} sets {name} = {default}, not a number"
        ) from None
    steps = (value - low) / step
    if not (low <= value <= high) or abs(steps - round(steps)) > 1e-9:
        raise PluginError(
            f"{where}: control '{name}': the example's value {default} ({example}:{line}) must lie on the slider "
            f"({low:g} to {high:g} in steps of {step:g})"
        )
    unit = html.escape(str(control.get("unit", "")))
    unit_attribute = f' data-unit="{unit}"' if unit else ""
    return (
        f'<label for="{ident}">{label}</label>'
        f'<input type="range" id="{ident}" name="{name}" min="{low:g}" max="{high:g}" step="{step:g}" '
        f'value="{default}"{unit_attribute}><output for="{ident}">{default}</output>'
        f"{' ' + unit if unit else ''}"
    )


def explore_html(entry: dict, page_uri: str) -> tuple[str, str | None, str]:
    """The form for one `explore` entry, the figure it redraws, and the example's title on the page."""
    where = f"docs/{page_uri}: explore"
    if not isinstance(entry, dict) or "example" not in entry or not entry.get("controls"):
        raise PluginError(f"{where}: each entry needs an example and a list of controls")
    folder = Path(page_uri).with_suffix("")
    name = str(entry["example"])
    path = SNIPPETS / (name if "/" in name else folder / name)
    path = path.with_suffix(".py")
    if not path.is_file():
        raise PluginError(f"{where}: no example {path}")
    source = path.read_text(encoding="utf-8")
    title = path.as_posix()
    uid = f"explore-{path.stem}"
    controls = "".join(
        f'<div class="explore-control">{control_html(c, source, title, where, uid)}</div>' for c in entry["controls"]
    )
    figure = entry.get("figure")
    target = "the figure above" if figure else "the output below"
    form = (
        f'<form class="explore" data-example="{html.escape(title)}"'
        f"{f' data-figure={chr(34)}{html.escape(str(figure))}{chr(34)}' if figure else ''}>"
        f"<fieldset><legend>Try it: change a setting, and {title.rsplit('/', 1)[-1]} runs again to redraw "
        f"{target}</legend>{controls}"
        f'<button type="reset" class="md-button">Back to the page\'s settings</button></fieldset>'
        f'<p class="explore-status" role="status" aria-live="polite"></p>'
        f'<pre class="explore-output" aria-label="Output of {html.escape(title)}"></pre></form>'
    )
    return form, figure, title


def place(content: str, form: str, figure: str | None, title: str, where: str) -> str:
    if figure:
        image = re.search(rf'<img\b[^>]*\bsrc="[^"]*/{re.escape(figure)}"[^>]*>', content)
        if not image:
            raise PluginError(f"{where}: explore: the page shows no figure {figure}")
        end = content.find("</p>", image.end())
        at = end + len("</p>") if end != -1 else image.end()
    else:
        block = content.find(f'<span class="filename">{title}</span>')
        if block == -1:
            raise PluginError(f"{where}: explore: the page does not show {title}")
        at = content.find("</code></pre></div>", block) + len("</code></pre></div>")
    return content[:at] + form + content[at:]


def on_page_content(content, page, config, files):
    where = f"docs/{page.file.src_uri}"
    excluded = load_list()
    if excluded:

        def mark(match: re.Match) -> str:
            reason = excluded.get(match["title"])
            if reason is None:
                return match.group(0)
            attrs = match["attrs"] + f' data-norun="{html.escape(reason)}"'
            return f'<div class="language-python highlight"{attrs}><span class="filename">{match["title"]}</span>'

        content = _BLOCK.sub(mark, content)
    entries = page.meta.get("explore") or []
    if not isinstance(entries, list):
        raise PluginError(f"{where}: explore in the front matter is a list")
    for entry in entries:
        form, figure, title = explore_html(entry, page.file.src_uri)
        content = place(content, form, figure, title, where)
    return content


def on_post_build(config):
    target = Path(config["site_dir"]) / "javascripts" / "matplotlibrc"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MATPLOTLIBRC, target)
