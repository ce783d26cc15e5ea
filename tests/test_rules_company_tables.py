"""Readers of company tables and clauses: shareholder tables before and after a change, a report's table of its
subsidiaries, the founding shareholders of a charter."""

from __future__ import annotations

from .helpers import facts_of


def _stakes(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"))
            for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}


def test_a_before_after_table_with_share_counts_and_the_change_date_above() -> None:
    text = ("东篱保险股份有限公司关于变更股东的公告\n本次股权转让已于2023年3月9日完成股份变更登记。\n二、变更前后股权结构\n"
            "序号 | 股东名称 | 变更前持股数量（万股） | 变更前持股比例 | 变更后持股数量（万股） | 变更后持股比例\n"
            "1 | 南湖投资有限公司 | 9000 | 30.00% | 6000 | 20.00%\n2 | 西山实业有限公司 | 0 | 0.00% | 3000 | 10.00%\n")
    got = _stakes(text)
    assert ("南湖投资有限公司", "东篱保险股份有限公司", 20.0, "2023-03-09") in got
    assert ("西山实业有限公司", "东篱保险股份有限公司", 10.0, "2023-03-09") in got


def test_a_report_table_of_held_companies() -> None:
    text = ("东篱证券股份有限公司2022年年度报告\n主要控股参股公司情况\n公司名称 | 注册资本 | 持股比例 | 主营业务\n"
            "东篱期货有限公司 | 30,000 | 100% | 期货经纪、资产管理\n北湖创业投资有限公司 | 10,000 | 35% | 股权投资\n")
    facts = facts_of(text)
    got = {(f.subject.name, str(f.predicate), f.object.name, f.qualifiers.get("percent") or f.qualifiers.get("kind")) for f in facts}
    assert ("东篱证券股份有限公司", "HOLDS_STAKE", "东篱期货有限公司", 100.0) in got
    assert ("东篱期货有限公司", "SUBSIDIARY_OF", "东篱证券股份有限公司", "wholly_owned") in got
    assert ("东篱证券股份有限公司", "HOLDS_STAKE", "北湖创业投资有限公司", 35.0) in got


def test_a_charters_clauses_of_founding_holders() -> None:
    text = ("东篱金融租赁股份有限公司章程\n第八条 公司发起人名称、出资额和出资比例如下：\n"
            "（一）南湖农村商业银行股份有限公司，出资额60,000万元，出资方式为货币，出资比例60%；\n"
            "（二）西岭物流集团有限公司，出资额40,000万元，出资方式为货币，出资比例40%。\n")
    got = {(s, o, p) for s, o, p, _ in _stakes(text)}
    assert ("南湖农村商业银行股份有限公司", "东篱金融租赁股份有限公司", 60.0) in got
    assert ("西岭物流集团有限公司", "东篱金融租赁股份有限公司", 40.0) in got


def test_holders_with_their_short_names_and_codes_in_brackets_then_respective_shares() -> None:
    text = ("截至2023年6月末，东篱融资租赁有限公司注册资本20亿元，股东为西岭实业股份有限公司（以下简称“西岭实业”，股票代码：600777.SH）"
            "和南湖国际有限公司（以下简称“南湖国际”），持股比例分别为65.00%和35.00%。")
    got = {(s, o, p) for s, o, p, _ in _stakes(text)}
    assert ("西岭实业股份有限公司", "东篱融资租赁有限公司", 65.0) in got
    assert ("南湖国际有限公司", "东篱融资租赁有限公司", 35.0) in got


def _listings(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("ticker"), f.qualifiers.get("date"), f.qualifiers.get("method"))
            for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}


def test_a_listing_notices_label_lines() -> None:
    text = ("东篱数据科技股份有限公司向不特定合格投资者公开发行股票并在北京证券交易所上市公告书\n二、股票上市情况\n"
            "股票简称：东篱数据\n股票代码：920555\n上市地点：北京证券交易所\n上市时间：2023年10月12日\n")
    assert ("东篱数据科技股份有限公司", "BSE", "920555", "2023-10-12", "ipo") in _listings(text)


def test_a_reports_cover_with_the_listed_company_and_its_exchange() -> None:
    text = ("南湖科技股份有限公司简式权益变动报告书\n上市公司名称：南湖科技股份有限公司\n股票上市地点：上海证券交易所\n"
            "股票简称：南湖科技\n股票代码：688321\n信息披露义务人：韦承泽\n")
    assert ("南湖科技股份有限公司", "SSE", "688321", None, None) in _listings(text)


def test_a_subsidiary_written_under_its_parent_with_xiashu() -> None:
    facts = facts_of("此外，南湖国际控股有限公司下属全资子公司南湖证券（香港）有限公司于2022年5月更名为南湖国际证券有限公司。")
    got = {(f.subject.name, str(f.predicate), f.object.name, f.qualifiers.get("kind")) for f in facts}
    assert ("南湖证券（香港）有限公司", "SUBSIDIARY_OF", "南湖国际控股有限公司", "wholly_owned") in got


def test_a_registry_pages_brand_name_label_names_the_company() -> None:
    text = ("宁波东篱数智网络有限公司\n品牌名称：东篱数智 ｜ 登记状态：存续\n法定代表人：韦承泽\n"
            "股东信息：韦承泽 60%；西岭实业有限公司 40%\n东篱数智的执行董事为韦承泽。\n")
    facts = facts_of(text)
    objects = {(f.object.name, "东篱数智" in f.object.aliases) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert objects == {("宁波东篱数智网络有限公司", True)}


def test_tables_under_before_and_after_headings_the_share_kept_is_current() -> None:
    text = ("北辰期货有限公司关于变更股权的公告\n原股东东岭实业有限公司将其持有的本公司15%股权转让给西湾投资有限公司，"
            "上述股权转让已于2022年11月3日完成工商变更登记。\n一、变更前\n股东名称｜出资额（万元）｜出资比例\n"
            "南屿控股集团有限公司｜6,000｜60%\n东岭实业有限公司｜1,500｜15%\n北湾纺织有限公司｜2,500｜25%\n"
            "二、变更后\n股东名称｜出资额（万元）｜出资比例\n南屿控股集团有限公司｜6,000｜60%\n"
            "西湾投资有限公司｜1,500｜15%\n北湾纺织有限公司｜2,500｜25%\n")
    facts = [f for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"]
    now = {(f.subject.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of")) for f in facts if not f.qualifiers.get("former")}
    assert ("西湾投资有限公司", 15.0, "2022-11-03") in now
    assert ("北湾纺织有限公司", 25.0, "2022-11-03") in now
    before = {(f.subject.name, f.qualifiers.get("percent")) for f in facts if f.qualifiers.get("former")}
    assert ("东岭实业有限公司", 15.0) in before
    assert ("北湾纺织有限公司", 25.0) not in before  # (the same share after the change: held still)


def test_a_report_table_of_subsidiaries_with_their_heads_and_a_note_on_a_new_head() -> None:
    text = ("岚溪控股集团股份有限公司2023年年度报告\n附：主要子公司\n公司名称 | 持股比例 | 董事长 | 总经理 | 主营业务\n"
            "岚溪保险经纪有限公司 | 100% | 霍静川 | 尤思远 | 保险经纪\n岚溪基金管理有限公司 | 60% | 祁乐山 | 伍嘉禾 | 公募基金\n\n"
            "备注：岚溪基金管理有限公司董事长祁乐山于2023年9月起接任，前任董事长为闵书平。\n")
    facts = facts_of(text)
    posts = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert ("霍静川", "岚溪保险经纪有限公司", "chairman") in posts
    assert ("尤思远", "岚溪保险经纪有限公司", "general_manager") in posts
    assert ("伍嘉禾", "岚溪基金管理有限公司", "general_manager") in posts
    assert not any(p[0] == "尤思远" and p[1] == "岚溪控股集团股份有限公司" for p in posts)
    succ = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "SUCCEEDED"}
    assert ("祁乐山", "闵书平", "chairman") in succ
