"""A report's board written as label:value lines (invented insurer and people): each name holds
the label's post at the reporting company; a bracketed recommender is no post of the name's; a
bracketed 兼 title is a second post."""

from __future__ import annotations

from .helpers import facts_of

_SUMMARY = ("青湾财产保险股份有限公司\n2025年第2季度偿付能力季度报告摘要\n"
            "（一）公司名称：青湾财产保险股份有限公司（简称“青湾财险”）\n"
            "1.董事\n"
            "董事长：房立衡\n"
            "非执行董事：宓晓川（南港交通投资集团有限公司推荐）、桑予宁（东岭化工股份有限公司推荐）\n"
            "2.总公司高级管理人员\n"
            "财务负责人：鞠远帆（兼首席风险官）\n")


def test_label_lines_name_each_holder_of_the_post_at_the_reporter() -> None:
    facts = facts_of(_SUMMARY, title="青湾财产保险股份有限公司2025年第2季度偿付能力季度报告摘要")
    posts = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    insurer = "青湾财产保险股份有限公司"
    names = {o for _s, o, _r in posts}
    at = "青湾财险" if "青湾财险" in names else insurer
    assert ("宓晓川", at, "non_executive_director") in posts
    assert ("桑予宁", at, "non_executive_director") in posts
    assert ("鞠远帆", at, "cro") in posts
    assert not any(s in ("宓晓川", "桑予宁") and o.startswith(("南港", "东岭")) for s, o, _r in posts)
