"""Changes a story tells in passing: a rename of a company a relative clause names ("C参股的A已于近日完成…变更，
名称变更为B"), a rename to "the present name" of the company the sentence named first, a chair that "changed from
C1's vice president A to C2's deputy general manager B", a group's chief accountant chairing its finance company, and a
known company written with its full legal form (its holding and posts one entity)."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_relative_clauses_company_renamed_recently_in_the_notices_month() -> None:
    text = ("云岭能源股份有限公司3月20日晚间披露，其参股的云泰电力财务有限公司日前已办妥工商变更手续，"
            "更名为“云岭能投财务有限公司”。")
    assert quals(facts_of(text, date="2023-03-21"), "云泰电力财务有限公司", "RENAMED_TO", "云岭能投财务有限公司") == {"date": "2023-03"}


def test_a_chief_accountant_of_the_group_chairs_its_finance_company() -> None:
    text = "据悉，云岭能源集团总会计师郭文涛目前兼任云岭财务公司董事长。"
    facts = facts_of(text)
    assert quals(facts, "郭文涛", "HOLDS_POSITION", "云岭能源集团", role="other").get("title") == "总会计师"


def test_the_present_name_is_the_one_of_the_company_the_sentence_named() -> None:
    text = ("10月9日，泓景证券（华东）有限公司（下称“泓景华东”）公告称，公司已在10月8日办理完毕工商登记变更，"
            "公司名称由“青禾泓景投资咨询有限公司”变更为现名。")
    facts = facts_of(text, title="泓景集团持股100% 合资券商更名", date="2022-10-10")
    assert quals(facts, "青禾泓景投资咨询有限公司", "RENAMED_TO", "泓景证券（华东）有限公司") == {"date": "2022-10-08"}


def test_a_chair_changed_from_one_groups_officer_to_anothers() -> None:
    text = "青溪小贷董事长一职随之由北辰集团财务总监钱立言变更为南湾实业董事孙若谷。"
    facts = facts_of("青溪网络小贷有限公司（简称青溪小贷）近期完成股东变更，北辰集团不再持股，"
                       "南湾实业集团有限公司（简称南湾实业）接手全部股权。" + text)
    assert quals(facts, "孙若谷", "SUCCEEDED", "钱立言").get("role") == "chairman"
    assert quals(facts, "钱立言", "HOLDS_POSITION", "青溪小贷", role="chairman")
    assert not any(str(f.predicate) == "SUCCEEDED" and f.qualifiers.get("role") == "cfo" for f in facts)


def test_a_known_company_with_its_legal_form_is_one_holder() -> None:
    text = ("上海国际集团有限公司是川联清算的第二大股东，持股8%。"
            "华立新曾任上海国际集团有限公司副总裁。")
    facts = facts_of("川联支付清算有限责任公司（简称川联清算）日前在成都挂牌。" + text)
    assert quals(facts, "上海国际集团有限公司", "HOLDS_STAKE", "川联支付清算有限责任公司").get("percent") == 8.0
    assert quals(facts, "华立新", "HOLDS_POSITION", "上海国际集团", role="vice_president")


def test_grown_out_of_a_unit_is_no_rename() -> None:
    text = ("杉禾消费金融有限公司（简称杉禾消金）获批增资。杉禾消金的前身是东篱银行下属的消费信贷事业部，"
            "2019年分拆设立为独立法人机构。")
    facts = facts_of(text)
    assert not any(str(f.predicate) == "RENAMED_TO" for f in facts)
    assert quals(facts, "杉禾消金", "SUBSIDIARY_OF", "东篱银行").get("kind") == "subsidiary"
