"""Layouts of ownership written for these tests (invented firms and people): a tree drawn with
box-drawing characters (each branch held by the line above it drawn further left) and a
prospectus's table of related parties (each row's relation to the issuer in words)."""

from __future__ import annotations

from .helpers import facts_of

_TREE = ("【穿透图】青岚系金融版图\n"
         "实际控制人：冉秋实（持有青岚集团72.00%）\n"
         "└─ 青岚投资集团有限公司（青岚集团）\n"
         "    ├─ 青岚信托有限责任公司　持股55.50%　【控股】\n"
         "    │　　├─ 青岚资本管理有限公司　100%　【全资】\n"
         "    │　　└─ 青岚私募基金管理有限公司　70%\n"
         "    ├─ 北屿人寿保险股份有限公司　持股20.00%\n"
         "    │　　　其余股东：东郊实业有限公司45.00%、西塘科技有限公司35.00%\n"
         "    └─ 青岚支付有限公司　100%　【全资】\n")


def _facts(text: str, title: str) -> set[tuple[str, str, str, object]]:
    out = set()
    for f in facts_of(text, title=title):
        q = f.qualifiers.get("percent") if str(f.predicate) == "HOLDS_STAKE" else f.qualifiers.get("kind") or f.qualifiers.get("role")
        out.add((f.subject.name, str(f.predicate), f.object.name, q))
    return out


def test_each_branch_is_held_by_the_line_above_drawn_further_left() -> None:
    got = {(s, p, o, q) for s, p, o, q in _facts(_TREE, "青岚系金融版图")}
    names = {n for s, _p, o, _q in got for n in (s, o)}
    group = "青岚集团" if "青岚集团" in names else "青岚投资集团有限公司"
    trust = next(n for n in names if n.startswith("青岚信托"))
    assert (group, "HOLDS_STAKE", trust, 55.5) in got
    assert (trust, "SUBSIDIARY_OF", group, "subsidiary") in got
    assert (trust, "HOLDS_STAKE", "青岚资本管理有限公司", 100.0) in got
    assert ("青岚资本管理有限公司", "SUBSIDIARY_OF", trust, "wholly_owned") in got
    assert (trust, "HOLDS_STAKE", "青岚私募基金管理有限公司", 70.0) in got
    assert ("青岚支付有限公司", "SUBSIDIARY_OF", group, "wholly_owned") in got
    assert (group, "HOLDS_STAKE", "北屿人寿保险股份有限公司", 20.0) in got
    assert not any(p == "SUBSIDIARY_OF" and s.startswith("北屿人寿") for s, p, _o, _q in got)


def test_a_line_under_a_branch_names_the_branch_s_other_holders_and_the_label_holds_the_root() -> None:
    got = _facts(_TREE, "青岚系金融版图")
    assert ("东郊实业有限公司", "HOLDS_STAKE", "北屿人寿保险股份有限公司", 45.0) in got
    assert ("西塘科技有限公司", "HOLDS_STAKE", "北屿人寿保险股份有限公司", 35.0) in got
    assert any(s == "冉秋实" and p == "HOLDS_STAKE" and o.startswith("青岚") and q == 72.0 for s, p, o, q in got)


_PARTIES = ("澄川智能科技股份有限公司首次公开发行股票并在科创板上市招股说明书\n"
            "附件：关联方及关联关系\n"
            "截至本招股说明书签署日，发行人的主要关联方如下：\n"
            "（一）控股股东、实际控制人\n"
            "序号｜关联方名称｜关联关系\n"
            "1｜澄川控股有限公司｜控股股东，持有发行人46.80%股份\n"
            "2｜任雪舟｜实际控制人，持有澄川控股有限公司85%股权；担任发行人董事长\n"
            "（二）其他关联方\n"
            "序号｜关联方名称｜关联关系\n"
            "3｜澄川云服务有限公司｜发行人全资子公司\n"
            "4｜闵秋阳｜发行人董事、财务总监\n"
            "5｜南汀咨询有限公司｜关联自然人任职的企业，发行人董事闵秋阳任其执行董事兼经理\n"
            "6｜北汀数据有限公司｜原实际控制人控制的企业，澄川控股有限公司已于2023年5月将所持其全部55%股权转让给无关联第三方东汀网络有限公司\n")


def test_a_related_party_row_is_the_fact_its_relation_words_say_with_the_issuer_at_the_other_end() -> None:
    got = _facts(_PARTIES, "澄川智能科技招股说明书附件：关联方及关联关系")
    issuer = "澄川智能科技股份有限公司"
    assert ("澄川控股有限公司", "HOLDS_STAKE", issuer, 46.8) in got
    assert ("任雪舟", "HOLDS_STAKE", "澄川控股有限公司", 85.0) in got
    assert ("任雪舟", "HOLDS_POSITION", issuer, "chairman") in got
    assert ("澄川云服务有限公司", "SUBSIDIARY_OF", issuer, "wholly_owned") in got
    assert ("闵秋阳", "HOLDS_POSITION", issuer, "director") in got
    assert ("闵秋阳", "HOLDS_POSITION", "南汀咨询有限公司", "executive_director") in got
    assert ("闵秋阳", "HOLDS_POSITION", issuer, "executive_director") not in got
    assert ("澄川控股有限公司", "HOLDS_STAKE", "北汀数据有限公司", 55.0) in got
    assert not any(o == issuer and s.startswith("澄川控股") and p == "HOLDS_STAKE" and q is None for s, p, o, q in got)
    sold = [f for f in facts_of(_PARTIES, title="澄川智能科技招股说明书") if str(f.predicate) == "SOLD_STAKE"]
    assert any(f.object.name == "北汀数据有限公司" and f.qualifiers.get("buyer") == "东汀网络有限公司" for f in sold)
