"""The fields of a fund manager's senior-management change notice.

The regulator's template lays the notice out as label → value, one pair a
line (the new officer's name label, then the name), a label and its value on lines of their
own, or several pairs on one line (a table flattened):

    基金管理人名称 松溪基金
    新任高级管理人员职务 总经理
    新任高级管理人员姓名 祁远帆
    任职日期 2023-10-09
    离任高级管理人员姓名 甘若愚
    离任日期 2023-10-09

`read_fields` reads the pairs in order; `notice_persons` the names the 姓名
fields give (the inventory takes them as persons: the label is what says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: the words that mark the form: a text without them is not read
FORM_MARK = "人员姓名"

_LABEL = re.compile(
    r"(?P<label>基金管理人名称|公告依据|高管变更类型|(?:新任|离任|代任)高级管理人员(?:职务|姓名)|(?:任职|离任|代任)日期|离任原因"
    r"|过往从业经历|取得的相关从业资格|国籍|学历、学位|转任本公司其他工作岗位的说明|其他需要说明的事项"
    r"|是否经中国证监会核准取得高管任职资格|中国证监会核准高管任职资格的日期)"
)
#: what may stand between a label and its value: a colon, a table's bars, spaces
_SEP = " \t\u3000|：:"


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    start: int  # offsets of the value in the text
    end: int


def read_fields(text: str) -> list[Field]:
    """The label → value pairs of the form, in order. A value runs to the next
    label or the line's end; a label alone on its line takes the next line."""
    if FORM_MARK not in text:
        return []
    labels = list(_LABEL.finditer(text))
    out: list[Field] = []
    for k, m in enumerate(labels):
        if not _starts_field(text, m.start()):
            continue  # a label word inside prose ("…的任职日期为…") is not a field
        limit = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        start, end = m.end(), min(limit, _line_end(text, m.end()))
        while start < end and text[start] in _SEP:
            start += 1
        if start >= end and end < limit:  # the value on the next line
            start = end
            while start < limit and (text[start] in _SEP or text[start] == "\n"):
                start += 1
            end = min(limit, _line_end(text, start))
        while end > start and text[end - 1] in _SEP:
            end -= 1
        out.append(Field(m.group("label"), text[start:end], start, end))
    return out


def _line_end(text: str, pos: int) -> int:
    n = text.find("\n", pos)
    return len(text) if n < 0 else n


def _starts_field(text: str, pos: int) -> bool:
    """A label opens a line or a cell (after a value and a space or a bar)."""
    return pos == 0 or text[pos - 1] in _SEP + "\n"


_HONORIFIC = re.compile(r"(?:先生|女士)$")


def field_names(value: str) -> list[str]:
    """The persons a 姓名 field names ("周明远", "周明远、陈思远")."""
    return [_HONORIFIC.sub("", n.strip()) for n in re.split(r"[、，,/；;\s]+", value) if n.strip()]


#: a Taiwan personnel-change form's holder lines: "旧任者姓名及简历：" + the name, a slash and a post (`rules.change_forms`)
_HOLDER_LINE = re.compile(r"^[ \t\u3000]*\d{1,2}[.．、]\s*(?:旧任者|新任者)姓名及简历[：:][ \t\u3000]*([\u4e00-\u9fff·]{2,4}?)(?:先生|女士)?(?=[／/（(\s]|$)", re.M)


def notice_persons(text: str) -> list[tuple[str, int]]:
    """(name, offset) of each person a 姓名 field names (and each holder a change form's line names)."""
    found: list[tuple[str, int]] = [(m.group(1), m.start(1)) for m in _HOLDER_LINE.finditer(text)] if "任者姓名" in text else []
    for f in read_fields(text):
        if f.label.endswith("姓名"):
            for name in field_names(f.value):
                if re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", name):
                    found.append((name, f.start + f.value.find(name)))
    return found
