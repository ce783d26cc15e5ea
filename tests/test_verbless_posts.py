"""Posts given with no verb, on texts written for these tests (not gold text): a forum's agenda (a role label before
the name, a spaced two-letter name, an aside in brackets after the firm, a bank's department, a society), a journal's
notes on its authors, a judgment's list of parties and its findings."""

from __future__ import annotations

from .helpers import facts_of, quals, triples

_AGENDA = ("2027金融科技创新沙龙日程安排\n"
           "主持人：陶一鸣　青禾证券股份有限公司首席经济学家\n"
           "09:10—09:30　嘉宾致辞\n"
           "　　　　符景明　北辰农村商业银行股份有限公司行长\n"
           "09:30—10:30　专题报告：普惠金融的下一个十年\n"
           "　　　　韩启东　东岭银行股份有限公司普惠金融部总经理\n"
           "对话嘉宾：柯　岚　远帆数据科技有限公司（青禾证券参股公司）总经理\n"
           "点　评：薛文澜　西江省金融科技研究会会长\n"
           "　　　　贾南星　云栖数字技术有限公司（原“云栖数服”）联合创始人、首席技术官\n")


def test_an_agenda_line_after_a_role_label_gives_its_posts() -> None:
    got = triples(facts_of(_AGENDA))
    assert ("陶一鸣", "HOLDS_POSITION", "青禾证券股份有限公司", "other") in got  # "主持人：P　C T"
    assert ("柯岚", "HOLDS_POSITION", "远帆数据科技有限公司", "general_manager") in got  # spaced name, then C（aside）T
    assert ("贾南星", "HOLDS_POSITION", "云栖数字技术有限公司", "cto") in got
    assert ("贾南星", "FOUNDED", "云栖数字技术有限公司", None) in got  # "联合创始人" among the line's posts


def test_a_banks_department_and_a_society_are_no_firms_of_their_own() -> None:
    fs = facts_of(_AGENDA)
    assert quals(fs, "韩启东", "HOLDS_POSITION", "东岭银行股份有限公司")["title"] == "普惠金融部总经理"
    assert quals(fs, "薛文澜", "HOLDS_POSITION", "西江省金融科技研究会")["title"] == "会长"
    assert not any(f.object.name == "普惠金融" or f.subject.name == "普惠金融" for f in fs)


_NOTES = ("作者信息：裴知行（1982—），男，浙江绍兴人，金融学博士，副研究员，南岭证券股份有限公司副总裁、首席风险官；"
          "宣子衡（1991—），女，广东佛山人，经济学硕士，北林银行研究院首席研究员。\n"
          "正文：北林银行（601999.SH）近年持续加大对科技型企业的信贷投放。\n")


def test_an_authors_note_gives_the_posts_after_the_resume_items() -> None:
    fs = facts_of(_NOTES)
    got = triples(fs)
    assert ("裴知行", "HOLDS_POSITION", "南岭证券股份有限公司", "vice_president") in got
    assert ("裴知行", "HOLDS_POSITION", "南岭证券股份有限公司", "cro") in got
    # a firm's research unit: the post is at the firm, titled with the unit (宣, a surname of the Hundred Families)
    assert quals(fs, "宣子衡", "HOLDS_POSITION", "北林银行")["title"] == "研究院首席研究员"


_JUDGMENT = ("北岸市中级人民法院\n民事判决书\n"
             "上诉人（原审被告）：北岸银行股份有限公司，住所地北岸市青湾区。\n"
             "法定代表人：龚启元，董事长。\n"
             "委托诉讼代理人：谢曼青，该公司合规部总经理。\n"
             "被上诉人（原审原告）：林志坚，男，1980年2月出生。\n"
             "上诉人北岸银行股份有限公司（以下简称北岸银行）因与被上诉人林志坚劳动争议纠纷一案，不服一审判决，提起上诉。\n"
             "另查明，北岸银行系深圳证券交易所上市公司（股票代码001289），第一大股东为鼎恒投资集团有限公司，"
             "持股比例为21.30%。\n")


def test_a_judgments_party_lines_give_the_representatives_posts() -> None:
    fs = facts_of(_JUDGMENT)
    got = triples(fs)
    assert ("龚启元", "HOLDS_POSITION", "北岸银行股份有限公司", "chairman") in got
    assert quals(fs, "谢曼青", "HOLDS_POSITION", "北岸银行股份有限公司")["title"] == "合规部总经理"


def test_a_finding_of_fact_gives_the_listing_and_the_first_holder() -> None:
    fs = facts_of(_JUDGMENT)
    assert quals(fs, "北岸银行股份有限公司", "LISTED_ON", "SZSE")["ticker"] == "001289"
    assert quals(fs, "鼎恒投资集团有限公司", "HOLDS_STAKE", "北岸银行股份有限公司")["percent"] == 21.3
