"""Loaded by every example the tests run (tests/examples.py puts this folder on
PYTHONPATH). Examples must not use the network: any attempt fails loudly."""

import socket


class NetworkBlocked(RuntimeError):
    pass


def _refuse(self, address, *args, **kwargs):
    family = getattr(self, "family", None)
    if family == socket.AF_UNIX:
        return _connect(self, address, *args, **kwargs)
    raise NetworkBlocked(f"examples may not use the network (tried to connect to {address!r})")


_connect = socket.socket.connect
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse


# Values a page's text takes from this example ([[value:example.name]]): when
# the tests ask for them, read them from the finished program, in the same run
# whose output they compare with the recorded one.
def _values_at_exit():
    import atexit
    import importlib.util
    import json
    import os
    import pathlib
    import sys

    names = os.environ.get("AITB_VALUES_NAMES")
    target = os.environ.get("AITB_VALUES_FILE")
    if not names or not target:
        return
    hooks = pathlib.Path(__file__).resolve().parents[2] / "hooks"
    spec = importlib.util.spec_from_file_location("_aitb_capture", hooks / "capture.py")
    capture = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(capture)

    def write():
        main = sys.modules.get("__main__")
        found = capture.capture(vars(main) if main else {}, json.loads(names))
        pathlib.Path(target).write_text(json.dumps(found, sort_keys=True), encoding="utf-8")

    atexit.register(write)


_values_at_exit()
del _values_at_exit
