"""A company only the title names keeps the title's own writing for display.

An annual report's section says 本行 throughout and names its bank in the headline alone; the name is found in
the normalised (Simplified) headline, but a Traditional headline must give the Traditional name, as the body's
names do (names keep their original form; only matching is done on the Simplified form)."""

from tests.helpers import facts_of

_TITLE = "澄霖銀行有限公司 二零二三年年報：董事及高級管理人員履歷"
_TEXT = ("董事\n\n執行董事\n"
         "羅家輝先生，58歲，於2020年3月獲委任為本行執行董事及行政總裁。"
         "羅先生現亦為本行附屬公司澄霖銀行（香港）有限公司（「澄霖香港」）主席。")


def test_a_traditional_headline_gives_its_bank_a_traditional_name() -> None:
    names = {f.object.name for f in facts_of(_TEXT, title=_TITLE)
             if str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "羅家輝"}
    assert "澄霖銀行有限公司" in names
    assert not any("银行" in n for n in names)


def test_a_simplified_headline_is_unchanged() -> None:
    title = "澄霖银行有限公司 2023年年报：董事及高级管理人员简历"
    text = ("罗家辉先生，58岁，于2020年3月获委任为本行执行董事及行政总裁。"
            "罗先生现亦为本行附属公司澄霖银行（香港）有限公司（“澄霖香港”）主席。")
    names = {f.object.name for f in facts_of(text, title=title)
             if str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "罗家辉"}
    assert "澄霖银行有限公司" in names
