"""The one way this project imports litellm.

litellm fetches its model price map from the network at import unless told to
use the copy it ships; this machine (and many hotels' servers) has no network.
"""

from __future__ import annotations

import os
from types import ModuleType


def litellm() -> ModuleType:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm as module

    module.telemetry = False
    return module
