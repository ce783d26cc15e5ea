"""Who may be a company's controller in the end (实际控制人)."""

from __future__ import annotations

import re
from typing import Any

from text.names import name_key

#: The bodies that may be a 实际控制人 besides a person: a government or its
#: asset commission, a ministry or finance bureau, a collective (村委会), a university.
_PUBLIC_BODY = re.compile(r"国资委|国有资产(?:监督)?管理|人民政府|政府$|财政(?:部|厅|局)|国务院|国资(?:局|办)|委员会$|管委会$|大学$|科学院$")


def can_control_in_the_end(e: dict[str, Any]) -> bool:
    """A controller in the end (实际控制人) is a person or a public body: the
    filings name one of these, or say there is none. A company where the
    chain of control stops is one whose own controller is not known, not
    the answer."""
    return e["type"] == "Person" or bool(_PUBLIC_BODY.search(name_key(str(e["name"]))))
