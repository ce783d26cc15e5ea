"""Posts read from a document's layout and a notice's constructions, on
texts written for these tests (not gold text): roster rows, boards under
headings, a notice's list of appointments dated by its closing line."""

from __future__ import annotations

from .helpers import facts_of, quals, triples


def test_roster_rows_open_on_names_with_ambiguous_surnames_and_a_bracketed_status() -> None:
    # "程P｜独立董事（已离任）｜D1—D2": the row's layout makes 程/常/方 a surname; the status bracket is no post
    text = ("北林银行董事会成员情况如下：\n方明远｜董事长、执行董事｜2018.06—至今\n"
            "常思源｜独立董事｜2020.05—至今\n程思齐｜独立董事（已离任）｜2016.05—2022.05")
    fs = facts_of(text)
    assert quals(fs, "方明远", "HOLDS_POSITION", "北林银行", role="chairman")["start"] == "2018-06"
    assert quals(fs, "常思源", "HOLDS_POSITION", "北林银行", role="independent_director")["start"] == "2020-05"
    assert quals(fs, "程思齐", "HOLDS_POSITION", "北林银行", role="independent_director")["end"] == "2022-05"


def test_a_given_name_ending_in_shu_is_a_name() -> None:
    # "季P书": 书 ends the given name (秘书 and 文书 are words, not names)
    fs = facts_of("原东林证券董事长韩鹏书出任东林控股董事长。")
    assert ("韩鹏书", "HOLDS_POSITION", "东林控股", "chairman") in triples(fs)


def test_every_line_of_names_under_a_heading_holds_its_post() -> None:
    # "执行董事\nA先生（主席）\nB女士（行长）\n非执行董事\nC先生\nD先生": a name a line, each under the heading above
    text = ("北林银行董事会成员如下：\n执行董事\n周明远先生（主席）\n吴启航女士（行长）\n非执行董事\n李佳先生\n"
            "王立新先生\n独立非执行董事\n陈思远先生\n欧阳慧女士\n董事会下设三个委员会。")
    got = triples(facts_of(text))
    assert ("吴启航", "HOLDS_POSITION", "北林银行", "executive_director") in got
    assert ("吴启航", "HOLDS_POSITION", "北林银行", "president") in got
    assert ("王立新", "HOLDS_POSITION", "北林银行", "non_executive_director") in got
    assert ("欧阳慧", "HOLDS_POSITION", "北林银行", "independent_director") in got


def test_a_notice_list_dated_by_its_closing_line_and_the_post_its_pronoun_leaves() -> None:
    # "任命A为C1 T1，免去其C2 T2职务；…以上同志任职时间自D起计算": A leaves T2; D dates every item of the list
    text = ("东江市人民政府\n经市政府研究决定：\n任命周子蹊为东江市城建集团有限公司总经理，免去其东江市融资担保有限公司董事长职务；\n"
            "任命吴启航为东江市融资担保有限公司董事长；\n聘任李佳为东江市城建集团有限公司财务总监；\n"
            "免去王立新的东江市城建集团有限公司董事长职务。\n以上同志任职时间自2024年3月1日起计算。")
    fs = facts_of(text, date="2024-03-04")
    assert quals(fs, "周子蹊", "HOLDS_POSITION", "东江市融资担保有限公司", role="chairman")["end"] == "2024-03-01"
    assert quals(fs, "周子蹊", "HOLDS_POSITION", "东江市城建集团有限公司", role="general_manager")["start"] == "2024-03-01"
    assert quals(fs, "吴启航", "SUCCEEDED", "周子蹊")["date"] == "2024-03-01"
    assert quals(fs, "李佳", "HOLDS_POSITION", "东江市城建集团有限公司", role="cfo")["start"] == "2024-03-01"


def test_the_copula_after_an_appointed_name_is_no_letter_of_the_company() -> None:
    # "聘任P为C T": the segmenter may glue 为 to the name's last letter; the company starts after it
    fs = facts_of("董事会同意聘任周子蹊为东江市城建交通集团有限公司财务总监，任期三年。")
    assert ("周子蹊", "HOLDS_POSITION", "东江市城建交通集团有限公司", "cfo") in triples(fs)


def test_a_numbered_change_form_passes_the_post_from_the_old_holder_to_the_new() -> None:
    # Taiwan's material-information form: 人員變動別 names the post, 舊任者/新任者 the holders ("P／本公司T"),
    # 新任生效日期 the day, in ROC years written with slashes (112/09/01 is 2023-09-01)
    text = ("公司代號：9999　公司簡稱：東林證券\n主旨：公告本公司財務主管異動\n說明：\n"
            "1.人員變動別（請輸入發言人、代理發言人之異動）：財務長\n2.發生變動日期：112/08/15\n"
            "3.舊任者姓名及簡歷：林志豪／本公司財務長\n4.新任者姓名及簡歷：黃雅琳／本公司資深副總經理\n"
            "5.異動情形：辭職\n6.新任生效日期：112/09/01")
    fs = facts_of(text, title="東林證券 重大訊息：公告本公司財務主管異動", date="2023-08-15")
    assert quals(fs, "黃雅琳", "HOLDS_POSITION", "東林證券", role="cfo")["start"] == "2023-09-01"
    assert ("黃雅琳", "HOLDS_POSITION", "東林證券", "deputy_general_manager") in triples(fs)
    assert quals(fs, "黃雅琳", "SUCCEEDED", "林志豪")["date"] == "2023-09-01"


def test_three_letters_before_an_honorific_are_a_name_though_two_make_a_word() -> None:
    # "许家P先生": 许家 is a word to the segmenter, but the honorific closes a three-letter name
    fs = facts_of("东林银行新任行长许家辉先生表示，将加快数字化转型。")
    assert ("许家辉", "HOLDS_POSITION", "东林银行", "president") in triples(fs)


def test_the_predecessor_named_after_jieguo_or_in_the_next_sentences() -> None:
    # "B升任T，接过前任A的接力棒": A held T before B; "核准B C T任职资格。B此前任…。其前任A…": the post B just took
    fs = facts_of("西林银行：该行原行长李思远8月升任董事长，接过前任王立新的“接力棒”，王立新因工作调动离任。", date="2024-10-09")
    assert quals(fs, "李思远", "SUCCEEDED", "王立新", role="chairman")["date"] == "2024-08"
    assert quals(fs, "王立新", "HOLDS_POSITION", "西林银行", role="chairman")["end"] == "2024-08"
    fs = facts_of("东林银行：7月12日，监管局核准周明远东林银行董事长任职资格。周明远此前任某投资集团总经理。"
                  "其前任吴启航在任八年，今年5月因年龄原因卸任。", date="2024-10-09")
    assert quals(fs, "周明远", "SUCCEEDED", "吴启航", role="chairman")["company"] == "东林银行"


def test_a_name_glued_to_ren_before_a_company_is_no_letter_of_it() -> None:
    # "宣布P任C T": the segmenter glues the name's last letter to 任; the company starts after 任
    fs = facts_of("北林银行：11月上旬，该行召开中层干部会议，宣布宁海舒任北林银行党委书记。", date="2024-11-20")
    assert ("宁海舒", "HOLDS_POSITION", "北林银行", "other") in triples(fs)


def test_a_resume_goes_on_with_surname_and_honorific() -> None:
    # "P先生，…。P姓先生于D创立本集团。…先生现任C（“S”）合伙人": the one full name of that surname; 生于 is no verb there
    text = ("东林数科控股有限公司 2023年年报：董事及高级管理层\n执行董事\n"
            "谭振邦先生，50岁，为本公司创办人及执行董事。谭先生于2016年创立本集团。\n非执行董事\n"
            "霍立行先生，51岁，于2020年3月获委任为非执行董事。霍先生现任北林创业投资有限公司（“北林创投”）合伙人。\n"
            "北林创投间接持有本公司约9.6%的股份。\n独立非执行董事\n邱美华女士，57岁，自2021年6月起担任独立非执行董事。")
    fs = facts_of(text, title="东林数科控股有限公司 2023年年报：董事及高级管理层")
    got = triples(fs)
    assert quals(fs, "谭振邦", "FOUNDED", "东林数科控股有限公司")["date"] == "2016"
    assert not any(s == "谭先" for s, *_ in got)
    assert ("霍立行", "HOLDS_POSITION", "北林创投", "other") in got
    assert ("邱美华", "HOLDS_POSITION", "东林数科控股有限公司", "independent_director") in got


def test_a_judgments_parties_found_a_company_and_hold_its_posts() -> None:
    # "原告：P，男，…" names a person (a comma closes 和); "A与B共同发起设立C" founds C for both; the text then
    # follows C (the posts held once it was set up), not a party the preamble defines (以下简称 says nothing)
    text = ("北京市某区人民法院\n民事判决书\n原告：王景川，男，1983年生。\n被告：李思远，男，1981年生。\n"
            "第三人：南林创业投资合伙企业（有限合伙）（以下简称“南林创投”）。\n"
            "经审理查明：2019年9月，王景川与李思远共同发起设立北林科技有限公司，认缴出资500万元。"
            "公司成立后，由李思远出任执行董事兼总经理，王景川任监事。")
    fs = facts_of(text, title="王景川诉李思远股东资格确认纠纷案判决书摘要")
    assert quals(fs, "王景川", "FOUNDED", "北林科技有限公司")["date"] == "2019-09"
    assert quals(fs, "李思远", "FOUNDED", "北林科技有限公司")["date"] == "2019-09"
    got = triples(fs)
    assert ("李思远", "HOLDS_POSITION", "北林科技有限公司", "executive_director") in got
    assert ("王景川", "HOLDS_POSITION", "北林科技有限公司", "supervisor") in got


def test_a_removal_with_the_name_glued_to_the_company() -> None:
    # "免去P C T职务": the name before the company is the person removed, no letters of the company
    fs = facts_of("2024年3月，南岭市政府决定免去周明远北林银行行长职务。", date="2024-10-01")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="president")["end"] == "2024-03"


def test_a_post_dated_in_roc_years_with_its_term() -> None:
    # ROC years before the verb ("自民国N年M月起") and in the term after it ("任期至N年M月")
    fs = facts_of("周明远自民國106年8月起出任北林證券總經理，任期至112年7月。", date="2024-10-01")
    q = quals(fs, "周明远", "HOLDS_POSITION", "北林證券", role="general_manager")
    assert (q["start"], q["end"]) == ("2017-08", "2023-07")


def test_a_roster_with_tabs_or_spaces_under_a_header_row() -> None:
    # "姓名\t职务\t任期" names the columns: each row below is a name, its posts, its tenure (tabs or 2+ spaces apart)
    text = ("北林银行董事会成员如下：\n姓名\t职务\t任期\n周明远\t董事长\t2018.06—至今\n"
            "陈思远\t行长、执行董事\t2020.03—2023.05\n程思齐  独立董事  2019.01—至今")
    fs = facts_of(text, date="2024-10-01")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="chairman")["start"] == "2018-06"
    assert quals(fs, "陈思远", "HOLDS_POSITION", "北林银行", role="executive_director")["end"] == "2023-05"
    assert quals(fs, "程思齐", "HOLDS_POSITION", "北林银行", role="independent_director")["start"] == "2019-01"


def test_label_value_records_give_the_name_its_post() -> None:
    # "姓名：P\n职务：T\n任期：D1—至今": a record a run of label lines, a blank line between records
    text = ("北林银行高级管理人员情况\n姓名：周明远\n职务：董事长\n任期：2021.06—至今\n\n"
            "姓名：陈思远\n职务：副行长\n任职时间：2019年3月至2023年5月")
    fs = facts_of(text, date="2024-10-01")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="chairman")["start"] == "2021-06"
    assert quals(fs, "陈思远", "HOLDS_POSITION", "北林银行", role="vice_president")["end"] == "2023-05"


def test_a_career_told_in_the_first_person() -> None:
    # "S：我在C当了十年T，D离开": the speaker held T at C until D
    text = ("北林银行前行长周明远接受本报专访。\n记者：您在北林银行工作了多久？\n"
            "周明远：我在北林银行当了十年行长，2020年离开后去了高校。")
    fs = facts_of(text, date="2024-10-01")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="president")["end"] == "2020"


def test_a_post_of_a_sentence_naming_no_company_is_the_rosters_seat() -> None:
    # a roster gives A's seat at C; "…，其独立董事职务由B接任" names no company: the seat is C's, not that of the
    # shareholder the text spoke of in between
    text = ("北林银行董事会成员情况如下：\n周明远｜董事长｜2018.06—至今\n程思齐｜独立董事（已离任）｜2016.05—2022.05\n"
            "其中，周明远由本行股东南林投资集团有限公司提名。南林投资集团有限公司持有本行8%的股份，为本行第一大股东。"
            "2022年5月，程思齐任期届满离任，其独立董事职务由陈思远接任。")
    fs = facts_of(text, title="北林银行2023年度报告：公司治理", date="2024-04-01")
    assert quals(fs, "陈思远", "SUCCEEDED", "程思齐")["company"] == "北林银行"
    assert not any(o == "南林投资集团有限公司" for _s, p, o, _r in triples(fs, "HOLDS_POSITION"))


def test_a_permit_table_row_approves_the_named_person_for_the_company_post() -> None:
    # "核准P C T任职资格" in a permit table's cell: the slot between the verb and the company is a person's
    # name, even when its surname is also a word (金, 应) or a function letter sits inside it (以)
    text = ("北方监管局行政许可信息公开表\n序号 | 文号 | 申请人 | 许可内容 | 许可日期\n"
            "1 | 北金复〔2023〕11号 | 东林农村商业银行股份有限公司 | 核准金远航东林农村商业银行股份有限公司董事长任职资格 | 2023-03-08\n"
            "2 | 北金复〔2023〕15号 | 北川人寿保险股份有限公司 | 核准严以清北川人寿保险股份有限公司董事会秘书任职资格 | 2023-03-10\n"
            "3 | 北金复〔2023〕16号 | 南岭金融租赁有限公司 | 核准应思齐南岭金融租赁有限公司副总经理任职资格 | 2023-03-16")
    got = triples(facts_of(text))
    assert ("金远航", "HOLDS_POSITION", "东林农村商业银行股份有限公司", "chairman") in got
    assert ("严以清", "HOLDS_POSITION", "北川人寿保险股份有限公司", "board_secretary") in got
    assert ("应思齐", "HOLDS_POSITION", "南岭金融租赁有限公司", "deputy_general_manager") in got


def test_a_disclosure_partys_resume_lines_give_posts_here_and_elsewhere() -> None:
    # "姓名：P … 在上市公司任职情况：T1\n其他任职：C2T2" and a partner's record "名称：F\n执行事务合伙人：P":
    # filler lines (性别, 国籍) sit between the name and its posts; each label line ties P to its post
    text = ("北林科技股份有限公司简式权益变动报告书\n上市公司名称：北林科技股份有限公司\n股票简称：北林科技\n"
            "一、信息披露义务人基本情况\n姓名：韩思远\n性别：男\n国籍：中国\n是否取得其他国家或地区居留权：否\n"
            "在上市公司任职情况：副董事长\n其他任职：北林科技全资子公司南京北林信息技术有限公司总经理\n"
            "二、一致行动人基本情况\n名称：南京林泉投资管理合伙企业（有限合伙）\n执行事务合伙人：韩思远\n出资额：500万元\n")
    got = triples(facts_of(text))
    assert ("韩思远", "HOLDS_POSITION", "北林科技股份有限公司", "vice_chairman") in got
    assert ("韩思远", "HOLDS_POSITION", "南京北林信息技术有限公司", "general_manager") in got
    assert ("韩思远", "HOLDS_POSITION", "南京林泉投资管理合伙企业（有限合伙）", "other") in got


def test_a_refused_approval_gives_no_post() -> None:
    # "不予核准P C T任职资格": the regulator refused; the next approval in the text still stands
    fs = facts_of("北方监管局：不予核准柴立新南岭金融租赁有限公司总经理任职资格。同日核准周启明南岭金融租赁有限公司副总经理任职资格。")
    got = triples(fs)
    assert ("周启明", "HOLDS_POSITION", "南岭金融租赁有限公司", "deputy_general_manager") in got
    assert not any(t[0] == "柴立新" for t in got)


def test_the_second_name_of_a_list_whose_first_carries_a_bracketed_post() -> None:
    # "執行董事A先生（主席）及B先生；": the bracket is A's own post, B is an executive director too
    text = ("北林控股有限公司\n公告\n於本公告日期，董事會包括執行董事韓思遠先生（主席）及周啟明先生；"
            "非執行董事林嘉文先生；以及獨立非執行董事陳立新先生及黃美玲女士。")
    got = triples(facts_of(text))
    assert ("周啟明", "HOLDS_POSITION", "北林控股有限公司", "executive_director") in got
    assert ("韓思遠", "HOLDS_POSITION", "北林控股有限公司", "chairman") in got


def test_a_notices_contact_line_is_a_post_at_the_announcer() -> None:
    # "信息披露负责人：P（董事会秘书）" after a block describing a new shareholder: the post is the announcer's
    text = ("北林人寿保险股份有限公司关于变更股东的信息披露公告\n三、新进股东基本情况\n股东名称：南京林泉控股集团有限公司\n"
            "法定代表人：韩思远\n注册资本：10000万元\n四、其他事项\n信息披露负责人：周启明（董事会秘书）\n"
            "联系电话：025-1234567\n北林人寿保险股份有限公司\n2023年7月2日")
    got = triples(facts_of(text))
    assert ("周启明", "HOLDS_POSITION", "北林人寿保险股份有限公司", "board_secretary") in got
    assert ("周启明", "HOLDS_POSITION", "南京林泉控股集团有限公司", "board_secretary") not in got


def test_founding_a_named_predecessor_of_the_company() -> None:
    # "P创办C前身D": what P founded is D, the company C grew out of
    got = triples(facts_of("北林科技股份有限公司\n韩思远于2008年创办北林科技前身南京北林软件有限公司，"
                           "该公司于2014年整体变更为北林科技股份有限公司。"))
    assert ("韩思远", "FOUNDED", "南京北林软件有限公司", None) in got


def test_mu_is_a_surname_after_a_title() -> None:
    # 沐 is a family name (of the Hundred Family Surnames' wider lists): "会议由董事长沐某主持"
    got = triples(facts_of("北林证券股份有限公司第三届董事会第五次会议于2023年6月2日召开，会议由董事长沐远航主持。"))
    assert ("沐远航", "HOLDS_POSITION", "北林证券股份有限公司", "chairman") in got


def test_its_officer_after_a_clause_describing_another_company_is_that_companys() -> None:
    # a clause saying C1 is C2's wholly owned subsidiary, then 其 and a post: 其 is C1, the sentence's subject, not the article's company
    got = triples(facts_of("北林科技股份有限公司\n韩思远拟将其持有的北林科技5%股份转让给南岭资产管理有限公司（以下简称“南岭资产”）。"
                           "南岭资产是南岭集团有限公司的全资子公司，其执行董事为周启明。"))
    assert ("周启明", "HOLDS_POSITION", "南岭资产", "executive_director") in got
    assert ("周启明", "HOLDS_POSITION", "北林科技股份有限公司", "executive_director") not in got


def test_a_table_of_changes_pairs_the_one_who_left_a_post_with_the_one_appointed() -> None:
    # "P1 | 行长 | 离任 | …" and "P2 | 行长 | 聘任 | …": one of each for a one-holder post, so P2 succeeded P1
    text = ("北林银行股份有限公司2022年年度报告（节选）\n二、董事、监事和高级管理人员变动情况\n"
            "本年度内，北林银行股份有限公司（以下简称“本行”）董事、监事及高级管理人员的变动列示如下：\n"
            "姓名 | 担任的职务 | 变动类型 | 日期 | 原因\n陈思远 | 董事长 | 离任 | 2022年2月10日 | 到龄退休\n"
            "周启明 | 董事长 | 选举 | 2022年2月10日 | 董事会选举\n周启明 | 行长 | 离任 | 2022年2月10日 | 工作调整\n"
            "林嘉文 | 行长 | 聘任 | 2022年5月6日 | 董事会聘任\n黄美玲 | 独立董事 | 离任 | 2022年4月1日 | 任期届满\n")
    got = triples(facts_of(text))
    assert ("林嘉文", "SUCCEEDED", "周启明", "president") in got
    assert ("周启明", "SUCCEEDED", "陈思远", "chairman") in got


def test_a_registry_pages_change_records_end_a_legal_representative_and_pass_a_post() -> None:
    # "D | 法定代表人变更 | A | B" ends A's role on D; "A（执行董事）；B（总经理） | B（执行董事兼总经理）": B succeeded A
    text = ("南京林泉数据技术有限公司\n登记状态：存续　　法定代表人：周启明　　注册资本：1000万元人民币\n变更记录（共3条）\n"
            "序号 | 变更日期 | 变更项目 | 变更前 | 变更后\n1 | 2022-08-09 | 法定代表人变更 | 韩思远 | 周启明\n"
            "2 | 2022-08-09 | 董事（理事）、经理、监事 | 韩思远（执行董事）；周启明（总经理）；林嘉文（监事） | 周启明（执行董事兼总经理）；林嘉文（监事）\n"
            "3 | 2021-03-02 | 章程备案 | —— | ——\n")
    fs = facts_of(text)
    assert quals(fs, "韩思远", "HOLDS_POSITION", "南京林泉数据技术有限公司", role="other")["end"] == "2022-08-09"
    assert ("周启明", "SUCCEEDED", "韩思远", "executive_director") in triples(fs)



def _change_form(n: int, post: str, old: str, new: str) -> str:
    """One form of a Taiwan filing's personnel change (the layout the rule reads), its holders "P／C T"."""
    return (f"序號：{n + 6}　發言日期：112/10/27　發言時間：16:4{n}:52\n主旨：本公司之子公司翠嶺期貨{post}人事變動\n說明：\n"
            f"1.人員變動別（請選擇變動之職位）：{post}\n2.發生變動日期：112/10/27\n"
            f"3.舊任者姓名及簡歷：{old}\n4.新任者姓名及簡歷：{new}\n7.新任生效日期：112/11/01\n\n")


_TWO_FORMS = ("公司代號：2867　公司簡稱：翠嶺金\n\n"
              + _change_form(1, "董事長", "許亦衡／翠嶺期貨股份有限公司董事長", "鄭立衡／翠嶺期貨股份有限公司總經理")
              + _change_form(2, "總經理", "鄭立衡／翠嶺期貨股份有限公司總經理", "溫佳蓉／翠嶺期貨股份有限公司副總經理"))


def test_a_filing_with_two_change_forms_reads_both() -> None:
    """A filing may hold two forms, each opening with its 人員變動別: the second form's post passes too, and its
    newcomer keeps the title after the slash."""
    got = triples(facts_of(_TWO_FORMS))
    assert ("鄭立衡", "SUCCEEDED", "許亦衡") in {(s, p, o) for s, p, o, _k in got}
    assert ("溫佳蓉", "HOLDS_POSITION", "翠嶺期貨股份有限公司", "general_manager") in got
    assert ("溫佳蓉", "HOLDS_POSITION", "翠嶺期貨股份有限公司", "deputy_general_manager") in got
    assert ("溫佳蓉", "SUCCEEDED", "鄭立衡") in {(s, p, o) for s, p, o, _k in got}



_FILER_FORM = """公司代號：2867　公司簡稱：翠嶺金

序號：9　發言日期：112/12/18　發言時間：15:06:40
發言人：邱雅婷　發言人職稱：財務長
主旨：公告本公司子公司翠嶺期貨股份有限公司財務主管變動
8.其他應敘明事項：翠嶺期貨股份有限公司目前為本公司百分之百持股之子公司，本公司依規定代為公告。
"""


def test_a_taiwan_filers_short_name_field_is_the_company_it_files_as() -> None:
    """"公司代號：NNNN　公司簡稱：X": X is a company (本公司 in the items), even when no legal name of it is written."""
    facts = facts_of(_FILER_FORM)
    assert quals(facts, "翠嶺期貨股份有限公司", "SUBSIDIARY_OF", "翠嶺金")["kind"] == "wholly_owned"


def test_a_taiwan_filings_spokesman_line() -> None:
    """"發言人：P　發言人職稱：T": P holds T at the filer and is its spokesman."""
    got = triples(facts_of(_FILER_FORM), "HOLDS_POSITION")
    assert ("邱雅婷", "HOLDS_POSITION", "翠嶺金", "cfo") in got
    assert ("邱雅婷", "HOLDS_POSITION", "翠嶺金", "other") in got


def test_its_officer_after_a_clause_making_it_a_subsidiary_is_its_own() -> None:
    # "交割后，C1成为C2的全资子公司，其T由A变更为C2副总裁B": 其 is C1, the clause's subject, though C2 is named last
    # (and B, a name that is also a rarer verb of the language, stands after the title: 施救, as 施 is a surname)
    lead = "溪岚科技股份有限公司（下称“溪岚科技”）完成收购溪岚支付有限公司（下称“溪岚支付”）。"
    for was, tail in (("贺启航", "交割后，溪岚支付成为溪岚科技的全资子公司，其执行董事由贺启航变更为溪岚科技副总裁施救。"),
                      ("賀啟航", "交割後，溪岚支付成為溪岚科技的全資子公司，其執行董事由賀啟航變更為溪岚科技副總裁施救。")):
        got = triples(facts_of(lead + tail))
        assert ("施救", "SUCCEEDED", was, "executive_director") in got
        assert ("施救", "HOLDS_POSITION", "溪岚支付", "executive_director") in got
        assert ("施救", "HOLDS_POSITION", "溪岚科技", "vice_president") in got
        assert (was, "HOLDS_POSITION", "溪岚科技", "executive_director") not in got


def test_a_frequent_verb_after_a_title_is_no_name() -> None:
    # near miss: a verb used often ("安排", "表示") after a title is the title holder's act, not a name
    got = triples(facts_of("溪岚科技股份有限公司总裁安排了本次会议。溪岚科技股份有限公司副总裁表示，业务稳定。"))
    assert not any(t[0] in ("安排", "表示") for t in got)


def test_a_post_taken_by_one_who_comes_from_another_company_is_the_companys_spoken_of() -> None:
    # "来自C2的P获批出任总经理": C2 is where P comes from; the post is at the insurer the paragraph is about
    lead = "南川人寿保险股份有限公司（下称“南川人寿”）近日获批变更股东。南川人寿成立于2010年。"
    for tail in ("2022年9月，原总经理吕思航离任。直至2023年7月，来自北岭人寿的陆鸣川获批出任总经理。陆鸣川此前为北岭人寿副总经理。",
                 "2022年9月，原總經理呂思航離任。直至2023年7月，來自北嶺人壽的陸鳴川獲批出任總經理。陸鳴川此前為北嶺人壽副總經理。"):
        got = {(s, p, o, k) for s, p, o, k in triples(facts_of(lead + tail))}
        person = "陆鸣川" if "陆鸣川" in tail else "陸鳴川"
        assert (person, "HOLDS_POSITION", "南川人寿", "general_manager") in got
        assert not any(t[0] == person and t[2].startswith(("北岭", "北嶺")) and t[3] == "general_manager" for t in got)


def test_a_post_at_a_company_named_after_its_person_stays_that_companys() -> None:
    # near miss: "C2副总经理P获批出任总经理" without 来自…的 names no origin: a promotion within C2
    got = triples(facts_of("南川人寿保险股份有限公司（下称“南川人寿”）近日获批变更股东。北岭人寿保险股份有限公司（下称“北岭人寿”）为同业。"
                           "2023年7月，北岭人寿副总经理陆鸣川获批出任总经理。"))
    assert ("陆鸣川", "HOLDS_POSITION", "北岭人寿", "general_manager") in got


def test_the_clause_after_a_seat_won_goes_on_about_that_companys_posts() -> None:
    # "C1副总经理P当选C2董事长，原董事长Q不再任职；总经理仍由R担任": the manager who stays is C2's
    lead = "澄江金控集团有限公司（简称“澄江金控”）受让汀岚信托有限公司（简称“汀岚信托”）51%股权。"
    for r, tail in (("苏望舒", "汀岚信托随即改组董事会。澄江金控副总经理葛明远当选汀岚信托董事长，原董事长不再任职；总经理仍由苏望舒担任。"),
                    ("蘇望舒", "汀岚信托隨即改組董事會。澄江金控副總經理葛明遠當選汀岚信托董事長，原董事長不再任職；總經理仍由蘇望舒擔任。")):
        got = triples(facts_of(lead + tail))
        assert (r, "HOLDS_POSITION", "汀岚信托", "general_manager") in got
        assert (r, "HOLDS_POSITION", "澄江金控", "general_manager") not in got


def test_the_clause_after_a_post_held_besides_is_not_that_companys() -> None:
    # near miss: "P兼任C2副总经理；总经理由R担任" — a post held besides does not make the next clause C2's
    got = triples(facts_of("澄江金控集团有限公司今日公告人事调整。葛明远兼任汀岚信托有限公司副总经理；总经理由苏望舒担任。"))
    assert ("苏望舒", "HOLDS_POSITION", "汀岚信托有限公司", "general_manager") not in got


def test_a_vacant_post_then_approved_to_one_who_takes_it_is_that_post() -> None:
    # "C T一职悬缺逾一个月，R核准由T2 P接任" (a regulator: Taiwan's 懸缺): P takes the vacant post at C and succeeds its last holder
    for p, q, text in (
            ("葛明远", "苏望舒", "汀岚金控旗下汀岚商业银行（汀岚银行）董事长一职悬缺逾一个月，主管机关昨日核准由金控总经理葛明远接任。"
                                 "原董事长苏望舒已于5月中旬届龄退休。"),
            ("葛明遠", "蘇望舒", "汀岚金控旗下汀岚商業銀行（汀岚銀行）董事長一職懸缺逾一個月，主管機關昨（21）日核准由金控總經理葛明遠接任。"
                                 "原董事長蘇望舒已於5月中旬屆齡退休。")):
        got = triples(facts_of(text))
        bank = "汀岚银行" if p == "葛明远" else "汀岚銀行"
        assert (p, "HOLDS_POSITION", bank, "chairman") in got
        assert (p, "SUCCEEDED", q, "chairman") in got


def test_a_vacant_post_with_no_one_named_to_it_gives_no_holder() -> None:
    # near miss: "副董事长一职暂时悬缺" and a general manager named in the next clause, who does not take the vacant post
    got = triples(facts_of("汀岚银行股份有限公司公告，副董事长一职暂时悬缺，总经理葛明远表示业务正常。"))
    assert not any(t[0] == "葛明远" and t[3] == "vice_chairman" for t in got)


def test_a_post_kept_after_one_given_up_is_held() -> None:
    # "P不再担任T1，但仍为公司T2": the clause after the one that gives a post up tells the post P keeps
    lead = "汀岚财产保险股份有限公司（简称“汀岚财险”）公告人事变动。"
    for p, tail in (("葛明远", "原总经理葛明远因到龄退休不再担任总经理，但仍为公司执行董事。"),
                    ("葛明遠", "原總經理葛明遠因到齡退休不再擔任總經理，但仍為公司執行董事。")):
        got = triples(facts_of(lead + tail))
        assert (p, "HOLDS_POSITION", "汀岚财产保险股份有限公司", "executive_director") in got


def test_what_one_still_is_after_giving_up_a_post_is_no_post_when_it_is_no_title() -> None:
    # near miss: "但仍为公司第一大股东": a holding, not a post
    got = triples(facts_of("汀岚财产保险股份有限公司公告人事变动。葛明远不再担任总经理，但仍为公司第一大股东。"))
    assert {t[3] for t in got if t[0] == "葛明远" and t[1] == "HOLDS_POSITION"} <= {"general_manager"}
