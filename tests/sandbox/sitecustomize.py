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
