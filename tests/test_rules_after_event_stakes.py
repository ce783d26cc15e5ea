"""A stake told as the state after an event holds from the event's day (as_of). Invented sentences."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_stake_after_a_capital_increase_takes_the_day_told_before() -> None:
    fs = facts_of("南岭消费金融有限公司（简称“南岭消金”）4月10日发布公告称，其注册资本已由12亿元增加到24亿元。"
                  "作为主发起人，东塘银行这次多出了一大半的钱，持股比例从60%提高至66%；", date="2025-04-11")
    assert quals(fs, "东塘银行", "HOLDS_STAKE", "南岭消金", percent=66.0)["as_of"] == "2025-04-10"
    assert "as_of" not in quals(fs, "东塘银行", "HOLDS_STAKE", "南岭消金", percent=60.0)  # (the stake before it)


def test_the_first_figure_of_a_change_after_a_deal_is_the_stake_before_it() -> None:
    fs = facts_of("青屿消费金融有限公司去年的股东变动颇多。2023年5月，北湾电子向西江银行转让8%股权，转让完成后，"
                  "西江银行的持股比例由42%升至50%，北湾电子降至15%。", date="2024-02-01")
    assert quals(fs, "西江银行", "HOLDS_STAKE", "青屿消费金融有限公司", percent=50.0)["as_of"] == "2023-05"
    assert "as_of" not in quals(fs, "西江银行", "HOLDS_STAKE", "青屿消费金融有限公司", percent=42.0)


def test_a_stake_in_the_clause_after_an_after_clause_takes_the_event_day() -> None:
    fs = facts_of("榕岸保险股份有限公司（以下简称“榕岸保险”）披露，其股权变更已于2024年3月6日完成登记。"
                  "变更后，澄湖控股持有榕岸保险35%的股份，为第一大股东；闽江物流持股18%；"
                  "西坪投资持股9%，由此进入股东名单。", date="2024-03-09")
    assert quals(fs, "闽江物流", "HOLDS_STAKE", "榕岸保险", percent=18.0).get("as_of") == "2024-03-06"
    assert quals(fs, "西坪投资", "HOLDS_STAKE", "榕岸保险", percent=9.0).get("as_of") == "2024-03-06"


def test_a_day_of_the_month_a_company_spoke_on_dates_the_increase_told_after_it() -> None:
    fs = facts_of("监管部门3月2日批准南岭消费金融有限公司（简称“南岭消金”）扩大股本。南岭消金5日表示，新股东的资金已悉数到账，"
                  "扩股后东塘银行的持股比例由40%升至48%。", date="2025-03-07")
    assert quals(fs, "东塘银行", "HOLDS_STAKE", "南岭消金", percent=48.0)["as_of"] == "2025-03-05"


def test_a_holder_that_no_longer_holds_after_the_event_takes_no_day_it_held_as_of() -> None:
    fs = facts_of("沅江信托有限公司（以下简称“沅江信托”）披露，青溪实业有限公司（以下简称“青溪实业”）将所持沅江信托3亿股股份"
                  "（占总股本的30%）转让给澧兰控股有限公司（以下简称“澧兰控股”），2025年7月2日办妥过户。\n\n"
                  "转让前，青溪实业持股30%，是沅江信托第一大股东；澧兰控股持股12%。转让完成后，澧兰控股的持股比例升至42%；"
                  "青溪实业不再持有沅江信托股份。", date="2025-07-04")
    assert quals(fs, "澧兰控股", "HOLDS_STAKE", "沅江信托", percent=42.0).get("as_of") == "2025-07-02"
    held = quals(fs, "青溪实业有限公司", "HOLDS_STAKE", "沅江信托", percent=30.0)
    assert held.get("end") == "2025-07-02" and "as_of" not in held  # (it ended that day: no state it held as of)


def test_holdings_after_a_capital_increase_take_the_day_of_the_stake_it_gave_the_sentence_before() -> None:
    text = ("2019年，港口上市公司临江集团以3亿元增资入股，取得海岚数科20%股权。"
            "增资完成后，原股东沐云投资持有海岚数科60%股权，自然人柯远持股20%。")
    fs = facts_of(text, "", "2025-03-01")
    assert quals(fs, "沐云投资", "HOLDS_STAKE", "海岚数科")["as_of"] == "2019"
    assert quals(fs, "柯远", "HOLDS_STAKE", "海岚数科")["as_of"] == "2019"
