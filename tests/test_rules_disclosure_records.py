"""A digest of disclosure-of-interest filings written as label lines under each issuer's numbered heading
(sentences written for these tests, not gold text)."""

from __future__ import annotations

from .helpers import facts_of

_DIGEST = (
    "【權益披露】本週主要股東變動\n"
    "以下資料整理自權益披露表格，僅列出主要股東之好倉變動。\n\n"
    "一、北嶺證券集團有限公司（股份代號：1234）\n"
    "申報人：南灣資本有限公司\n"
    "有關事件日期：2025年3月4日\n"
    "事件描述：於場內購入股份\n"
    "好倉：由 6.20% 增至 7.45%\n\n"
    "二、西江金融控股有限公司（股份代號：0789）\n"
    "申報人：東林投資有限公司\n"
    "有關事件日期：2025年3月6日\n"
    "事件描述：於場外出售股份\n"
    "好倉：由 9.30% 減至 5.10%\n"
    "備註：據披露，承讓方為青石資產管理有限公司，後者同日申報好倉由1.00%增至5.20%。\n"
)


def _stakes(fs: list) -> set[tuple[str, str, object, object]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"))
            for f in fs if str(f.predicate) == "HOLDS_STAKE"}


def test_the_filer_holds_the_figures_of_its_long_position() -> None:
    got = _stakes(facts_of(_DIGEST))
    assert ("南灣資本有限公司", "北嶺證券集團有限公司", 7.45, "2025-03-04") in got
    assert any(s == "南灣資本有限公司" and p == 6.2 for s, _o, p, _a in got)


def test_a_fall_whose_note_names_the_taker_is_a_sale_to_it() -> None:
    fs = facts_of(_DIGEST)
    sold = {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"))
            for f in fs if str(f.predicate) == "SOLD_STAKE"}
    assert ("東林投資有限公司", "西江金融控股有限公司", "青石資產管理有限公司", 4.2) in sold
    assert ("青石資產管理有限公司", "西江金融控股有限公司", 5.2, "2025-03-06") in _stakes(fs)


_FACT_SHEET = (
    "青禾数科\n"
    "青禾数科（全称：杭州青禾数码科技服务股份有限公司）是一家金融科技企业，由林思远于2015年创立。\n\n"
    "股权结构\n"
    "截至2024年6月30日，青禾数科主要股东如下：\n"
    "林思远：31.5%\n"
    "其他股东：41.2%\n"
    "北湖创业投资有限公司：12.8%\n"
)


def test_name_colon_share_lines_under_a_line_announcing_holders() -> None:
    got = _stakes(facts_of(_FACT_SHEET))
    assert ("林思远", "青禾数科", 31.5, "2024-06-30") in got
    assert ("北湖创业投资有限公司", "青禾数科", 12.8, "2024-06-30") in got


_ALLOTMENT = (
    "7月3日晚间，北辰数智控股有限公司（以下简称“北辰数智”）公布全球发售配发结果。\n"
    "北辰数智共引入2名基石投资者，合计认购3000万股，占全球发售股份的25.0%。"
    "具体来看，南屿资本有限公司认购1800万股，占发售后已发行股本约3.60%；"
    "西坪人寿保险股份有限公司（“西坪人寿”）认购1200万股，约占2.40%。\n"
)


def test_cornerstone_allotments_are_shares_of_the_issuer() -> None:
    got = {(s, o, p) for s, o, p, _a in _stakes(facts_of(_ALLOTMENT))}
    assert ("南屿资本有限公司", "北辰数智控股有限公司", 3.6) in got
    assert ("西坪人寿保险股份有限公司", "北辰数智控股有限公司", 2.4) in got
    assert not any(p == 25.0 for _s, _o, p in got)  # a share of the offer, not of the company
