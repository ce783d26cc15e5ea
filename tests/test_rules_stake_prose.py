"""Stakes told in prose: founders' shares listed after their names (one described by its owner), the
founder a clause after names as controller, a free transfer's receiver, and a count of subsidiaries that
looks back on companies named in a sentence no rule reads."""

from __future__ import annotations

from .helpers import facts_of


def _stakes(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("controlling"))
            for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}


def test_founders_shares_one_party_described_by_its_owner_and_the_controller_named_after() -> None:
    text = ("青州普惠金控有限公司注册资本20亿元，由青州国投集团有限公司、东澜港务集团有限公司和"
            "市交通局下属的青州路桥投资有限公司共同出资设立，出资比例分别为60%、25%和15%，青州国投集团有限公司为实际控制人。")
    got = _stakes(text)
    assert ("青州国投集团有限公司", "青州普惠金控有限公司", 60.0, True) in got
    assert ("东澜港务集团有限公司", "青州普惠金控有限公司", 25.0, None) in got
    assert ("青州路桥投资有限公司", "青州普惠金控有限公司", 15.0, None) in got


def test_joint_venture_partners_original_shares_then_their_shares_after_a_subscription() -> None:
    text = ("朗潤數字銀行由啟航控股有限公司、泰和保險集團及信安資本有限公司三方合資組建，三者原持股分別為50%、30%及20%。"
            "增資完成後，三方持股比例相應稀釋至40%、24%及16%。")
    got = {(s, o, p) for s, o, p, _ in _stakes(text)}
    for holder, before, after in (("啟航控股有限公司", 50.0, 40.0), ("泰和保險集團", 30.0, 24.0), ("信安資本有限公司", 20.0, 16.0)):
        assert (holder, "朗潤數字銀行", before) in got
        assert (holder, "朗潤數字銀行", after) in got


def test_a_completed_free_transfer_gives_the_receiver_the_share_unless_the_text_gives_its_holding() -> None:
    text = ("2023年6月，青州市财政局已将其持有的青州融资担保有限公司100%股权无偿划转至青州普惠金控有限公司，"
            "相关工商变更登记已办理完毕。")
    got = {(s, o, p) for s, o, p, _ in _stakes(text)}
    assert ("青州普惠金控有限公司", "青州融资担保有限公司", 100.0) in got
    # a receiver the text gives a holding of its own keeps the figure the text gives
    text = ("青州农商银行公告，东澜港务集团有限公司将其持有的青州农商银行8%股份无偿划转至青州普惠金控有限公司，已完成过户登记。"
            "划转完成后，青州普惠金控有限公司持股比例升至13%。")
    got = {(s, o, p) for s, o, p, _ in _stakes(text)}
    assert ("青州普惠金控有限公司", "青州农商银行", 8.0) not in got


def test_a_count_looks_back_on_a_company_named_in_a_sentence_without_a_trigger_word() -> None:
    text = ("青州普惠金控有限公司（以下简称“青州普惠”）成立后，东澜港务集团有限公司已将其持有的青州融资担保有限公司、"
            "青州小额贷款有限公司100%股权划转至青州普惠；青州普惠同时新设了青州数据服务有限公司。"
            "上述3家企业均为青州普惠全资子公司。")
    subs = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"}
    assert ("青州数据服务有限公司", "青州普惠金控有限公司") in subs
    assert ("青州融资担保有限公司", "青州普惠金控有限公司") in subs
    assert ("东澜港务集团有限公司", "青州普惠金控有限公司") not in subs


def test_a_ratio_raised_to_in_speech_and_one_diluted_to() -> None:
    text = ("2022年5月9日，东澜银行公布新任行长。东澜银行第一大股东西岭港务集团有限公司则在同一周将持股比例从9.5%提高到了11.8%。"
            "2021年，南坪实业有限公司对北屿银行股份有限公司的持股比例由6.3%被摊薄至5.1%。")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"))  # (a report of days before its date: done)
           for f in facts_of(text, date="2022-05-20") if str(f.predicate) == "HOLDS_STAKE"}
    assert ("西岭港务集团有限公司", "东澜银行", 11.8) in got
    assert ("西岭港务集团有限公司", "东澜银行", 9.5) in got
    assert ("南坪实业有限公司", "北屿银行股份有限公司", 5.1) in got


def test_a_holding_of_a_company_its_kind_written_before_it() -> None:
    got = {(s, o, p) for s, o, p, _ in _stakes("南岭银行股份有限公司亦持有持牌消费金融公司北屿消费金融有限公司25%股权。")}
    assert ("南岭银行股份有限公司", "北屿消费金融有限公司", 25.0) in got


def test_subsidiaries_counted_after_gongyou_and_xiashe() -> None:
    for verb in ("共有", "下设"):
        text = f"南岭控股集团有限公司{verb}北屿银行股份有限公司、东汀证券股份有限公司两家子公司。"
        subs = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"}
        assert ("东汀证券股份有限公司", "南岭控股集团有限公司") in subs, verb


def test_shares_held_named_with_their_share_of_the_capital_in_brackets() -> None:
    text = "南岭实业有限公司持有的北屿银行股份有限公司6,500万股股份（占总股本2.6%）目前处于质押状态。"
    assert ("南岭实业有限公司", "北屿银行股份有限公司", 2.6) in {(s, o, p) for s, o, p, _ in _stakes(text)}


def test_sales_to_a_shareholder_of_the_company_dated_by_the_completion_after_both() -> None:
    text = ("北屿期货有限公司原股东南坪实业有限公司将其持有的本公司15%股权转让给东澜投资有限公司；"
            "原股东西岭商贸有限公司将其持有的本公司6%股权转让给本公司股东北湾控股有限公司。"
            "上述股权转让已于2023年4月12日完成工商变更登记。")
    sales = {(f.subject.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"), f.qualifiers.get("date"))
             for f in facts_of(text, title="北屿期货有限公司关于股东变更的公告") if str(f.predicate) == "SOLD_STAKE"}
    assert ("南坪实业有限公司", "东澜投资有限公司", 15.0, "2023-04-12") in sales
    assert ("西岭商贸有限公司", "北湾控股有限公司", 6.0, "2023-04-12") in sales


def test_a_controller_told_without_a_company_is_the_one_the_text_is_about() -> None:
    text = "北屿科技股份有限公司今日公布三季报，董事长柯远舟持股30%。\n几点看法：\n1. 柯远舟是董事长兼总经理，也是实控人。\n"
    assert ("柯远舟", "北屿科技股份有限公司", None, True) in _stakes(text)


def test_whole_ownership_describing_a_founder_is_not_the_founded_company_s() -> None:
    text = ("北屿农商联合银行股份有限公司注册资本30亿元，由东澜省财政厅全资持有的东澜金控集团有限公司与"
            "全省40家农商银行共同发起设立。")
    got = {(s, o) for s, o, _p, _c in _stakes(text)}
    assert ("东澜省财政厅", "东澜金控集团有限公司") in got
    assert ("东澜省财政厅", "北屿农商联合银行股份有限公司") not in got


def test_the_share_of_votes_after_an_entrustment_is_no_stake() -> None:
    fs = facts_of("青禾科技股份有限公司（以下简称“公司”）披露，截至目前，海岚投资持有公司12,500,000股股份，"
                  "占公司总股本的25.00%，因受托行使另一股东的表决权，拥有投票权的股份占总股本的31.00%。")
    stakes = {(f.subject.name, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert ("海岚投资", 25.0) in stakes
    assert ("海岚投资", 31.0) not in stakes
