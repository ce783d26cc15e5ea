"""Blocks of label lines, one a firm (extract.rules.label_blocks), and names with an honorific on a label line."""

from __future__ import annotations

from tests.helpers import facts_of, posts, quals


def test_posts_of_each_numbered_block_go_to_its_firm() -> None:
    text = ("苍梧市金融工作办公室关于注销两家融资租赁公司的通告\n\n"
            "经审查，现注销下列公司的业务资质：\n\n"
            "1. 苍梧恒远融资租赁有限公司\n"
            "注册地址：苍梧市青石路8号\n"
            "执行董事、法定代表人：鲁晓岚\n"
            "股东及出资比例：苍梧恒远控股有限公司（出资比例65%）、鲁晓岚（出资比例35%）\n\n"
            "2. 苍梧鼎屹融资租赁有限公司\n"
            "注册地址：苍梧市松风路16号\n"
            "总经理：柯望川\n"
            "控股股东：苍梧鼎屹实业有限公司（持股55%）\n")
    got = posts(text)
    assert ("鲁晓岚", "苍梧恒远融资租赁有限公司", "other") in got
    assert ("鲁晓岚", "苍梧恒远融资租赁有限公司", "executive_director") in got
    assert ("柯望川", "苍梧鼎屹融资租赁有限公司", "general_manager") in got
    assert not any(c.startswith("苍梧市金融") for _p, c, _r in got)
    fs = facts_of(text)
    assert quals(fs, "苍梧恒远控股有限公司", "HOLDS_STAKE", "苍梧恒远融资租赁有限公司")["percent"] == 65
    assert quals(fs, "鲁晓岚", "HOLDS_STAKE", "苍梧恒远融资租赁有限公司")["percent"] == 35
    assert quals(fs, "苍梧鼎屹实业有限公司", "HOLDS_STAKE", "苍梧鼎屹融资租赁有限公司")["controlling"] is True


def test_name_line_heads_the_block_and_owner_line_makes_a_subsidiary() -> None:
    text = ("澜沧证券股份有限公司关于子公司合并事项的公告\n\n"
            "一、基本情况\n"
            "（一）存续方\n"
            "名称：澜沧证券股份有限公司\n"
            "法定代表人：阮启东\n\n"
            "（二）注销方\n"
            "名称：澜沧期货经纪有限公司\n"
            "董事长：訾东篱\n"
            "股权结构：澜沧证券股份有限公司持有其100%股权\n")
    got = posts(text)
    assert ("訾东篱", "澜沧期货经纪有限公司", "chairman") in got
    assert ("阮启东", "澜沧证券股份有限公司", "other") in got
    fs = facts_of(text)
    assert quals(fs, "澜沧证券股份有限公司", "HOLDS_STAKE", "澜沧期货经纪有限公司")["percent"] == 100
    assert quals(fs, "澜沧期货经纪有限公司", "SUBSIDIARY_OF", "澜沧证券股份有限公司")["kind"] == "wholly_owned"


def test_honorific_after_a_label_lines_name_is_not_part_of_it() -> None:
    text = ("碧泉资产管理有限公司今日宣布新一届经营班子。\n"
            "执行总裁：穆清远女士\n"
            "首席运营官：Laura Brennan女士\n"
            "合规总监：祝远山先生\n")
    got = posts(text)
    assert ("穆清远", "碧泉资产管理有限公司", "other") in got or ("穆清远", "碧泉资产管理有限公司", "president") in got
    assert ("Laura Brennan", "碧泉资产管理有限公司", "coo") in got
    assert ("祝远山", "碧泉资产管理有限公司", "cco") in got or ("祝远山", "碧泉资产管理有限公司", "other") in got
    assert not any(p.endswith(("先生", "女士")) for p, _c, _r in got)
