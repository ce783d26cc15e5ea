"""Control on sentences written for these tests (not gold text): a controller after none ("由无实际控制人变更为X"),
a company controlled by a holder whose short name is defined between ("C由A（以下简称“B”）实际控制"), and a
transfer told twice, once with its figure and once without (one sale)."""

from __future__ import annotations

from .helpers import facts_of


def _keys(text: str, predicate: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("controlling"))
            for f in facts_of(text) if str(f.predicate) == predicate}


def test_a_controller_after_none() -> None:
    text = "本次划转后，青川银行股份有限公司的实际控制人由无实际控制人变更为西岭省财政厅。"
    assert ("西岭省财政厅", "青川银行股份有限公司", None, True) in _keys(text, "HOLDS_STAKE")


def test_controlled_by_a_holder_named_with_its_short_name() -> None:
    text = "东岭金控集团有限公司由西岭省人民政府国有资产监督管理委员会（以下简称“西岭省国资委”）实际控制。"
    assert ("西岭省人民政府国有资产监督管理委员会", "东岭金控集团有限公司", None, True) in _keys(text, "HOLDS_STAKE")


def test_a_transfer_told_twice_is_one_sale() -> None:
    text = ("东岭交投集团有限公司（以下简称“东岭交投”）将其持有的青川银行股份有限公司（以下简称“青川银行”）5亿股股份（占总股本的12.50%）"
            "无偿划转至西岭金控集团有限公司（以下简称“西岭金控”）。上述股份已于2026年3月2日完成过户登记。"
            "2025年11月，西岭省国资委印发通知，明确将东岭交投所持青川银行股份无偿划转至西岭金控。")
    sold = _keys(text, "SOLD_STAKE")
    assert len(sold) == 1 and next(iter(sold))[2] == 12.5


def test_held_by_its_parents_wholly_owned_subsidiary() -> None:
    text = "根据东岭数科股份有限公司昨天发布的公告，东岭支付有限公司由其全资子公司东岭国际控股有限公司持有100%股权。"
    assert ("东岭国际控股有限公司", "东岭支付有限公司", 100.0, None) in _keys(text, "HOLDS_STAKE")
    assert ("东岭国际控股有限公司", "东岭数科股份有限公司", 100.0, None) not in _keys(text, "HOLDS_STAKE")
    subs = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"}
    assert ("东岭国际控股有限公司", "东岭数科股份有限公司") in subs and ("东岭国际控股有限公司", "东岭支付有限公司") not in subs


def test_a_group_then_xi_then_its_parent() -> None:
    text = ("湖南青禾城市建设投资集团有限公司（以下简称“青禾城投集团”）持有青川银行10%股份。"
            "其中，青禾城投集团系青禾县国有资产经营有限公司的全资子公司。")
    subs = {(f.subject.name, f.object.name, f.qualifiers.get("kind")) for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"}
    assert any(s[1] == "青禾县国有资产经营有限公司" and s[2] == "wholly_owned" and "青禾" in s[0] for s in subs)


def test_the_one_who_controls_through_another_is_the_controller() -> None:
    text = ("东岭数科集团股份有限公司持有南屿云链科技股份有限公司66%股份。"
            "东岭数科集团股份有限公司创始人、董事长王建明通过东岭数科集团股份有限公司间接控制南屿云链科技股份有限公司，为其实际控制人。")
    stakes = _keys(text, "HOLDS_STAKE")
    assert ("东岭数科集团股份有限公司", "南屿云链科技股份有限公司", None, True) not in stakes
    assert ("王建明", "南屿云链科技股份有限公司", None, True) in stakes


def test_a_control_said_in_passing_then_its_figure_is_one_holding() -> None:
    text = "据悉，王建明已获委任为南屿银行控股股东东岭金融控股集团有限公司的董事。东岭金融控股集团有限公司目前持有南屿银行约32.5%已发行股份。"
    stakes = _keys(text, "HOLDS_STAKE")
    assert ("东岭金融控股集团有限公司", "南屿银行", 32.5, True) in stakes and ("东岭金融控股集团有限公司", "南屿银行", None, True) not in stakes
