"""Synthetic facts at scale with realistic names, dates and percents."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力宁浩然博宇鹏飞鑫海波峰雪梅兰晨阳春望锋崇永"
PLACES = ["北京", "上海", "深圳", "广州", "杭州", "南京", "成都", "武汉", "苏州", "天津", "重庆", "西安", "厦门", "青岛"]
WORDS = "汇丰泰瑞恒信安盛华鼎金诚合众永达中科云智数融通联创新博远宏图立德启明星辰"
SUFFIX = ["科技有限公司", "金融服务有限公司", "投资控股有限公司", "资产管理有限公司", "集团股份有限公司", "银行股份有限公司",
          "保险股份有限公司", "证券有限责任公司", "数字科技有限公司", "融资租赁有限公司"]
ROLES = ["chairman", "ceo", "cfo", "president", "general_manager", "director", "independent_director", "cto", "vice_president"]
PREDICATES = (["HOLDS_POSITION"] * 45 + ["HOLDS_STAKE"] * 20 + ["SUBSIDIARY_OF"] * 12 + ["SUCCEEDED"] * 6 + ["LISTED_ON"] * 5
              + ["SOLD_STAKE"] * 5 + ["FOUNDED"] * 7)
RENAME_RATE = 0.002  # renames are rare, and to a name not used before
EXCHANGES = ["NYSE", "NASDAQ", "HKEX", "SSE", "SZSE", "BSE"]


def names(n_people: int, n_companies: int, seed: int = 7) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    people: set[str] = set()
    while len(people) < n_people:
        people.add(rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))) + (
            "" if len(people) < len(SURNAMES) * len(GIVEN) * 2 else str(len(people))))
    companies: set[str] = set()
    while len(companies) < n_companies:
        companies.add(rng.choice(PLACES) + "".join(rng.choice(WORDS) for _ in range(2)) + rng.choice(SUFFIX)
                      + ("" if len(companies) < 150_000 else f"{len(companies)}"))
    return sorted(people), sorted(companies)


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2000, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}"))


def facts(n_facts: int, n_entities: int, facts_per_article: int = 10, seed: int = 11) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(article id, facts) batches in the extractor's output format."""
    rng = random.Random(seed)
    people, companies = names(n_entities * 2 // 5, n_entities - n_entities * 2 // 5)
    batch: list[dict[str, Any]] = []
    for i in range(n_facts):
        pred = "RENAMED_TO" if rng.random() < RENAME_RATE else rng.choice(PREDICATES)
        comp = rng.choice(companies)
        q: dict[str, Any] = {}
        if pred == "HOLDS_POSITION":
            s, st, o, ot = rng.choice(people), "Person", comp, "Company"
            q = {"role": rng.choice(ROLES), "start": _date(rng)}
            if rng.random() < 0.3:
                q["end"] = _date(rng)
        elif pred == "SUCCEEDED":
            s, st, o, ot = rng.choice(people), "Person", rng.choice(people), "Person"
            q = {"role": rng.choice(ROLES[:5]), "company": comp, "date": _date(rng)}
        elif pred == "LISTED_ON":
            s, st, o, ot = comp, "Company", rng.choice(EXCHANGES), "Exchange"
            q = {"date": _date(rng), "method": rng.choice(("ipo", "secondary", "introduction"))}
        elif pred == "RENAMED_TO":
            s, st, o, ot = comp, "Company", f"{comp[:4]}新{i}号{rng.choice(SUFFIX)}", "Company"
            q = {"date": _date(rng)}
        elif pred == "FOUNDED":
            s, st, o, ot = rng.choice(people), "Person", comp, "Company"
        else:
            holder = rng.choice(people) if pred == "HOLDS_STAKE" and rng.random() < 0.3 else rng.choice(companies)
            s, st, o, ot = holder, ("Person" if holder in people[:0] else "Company"), comp, "Company"
            if pred == "HOLDS_STAKE":
                st = "Person" if not holder.endswith("公司") and not holder[-1].isdigit() else "Company"
                q = {"percent": round(rng.uniform(1, 100), 2)}
            elif pred == "SOLD_STAKE":
                q = {"buyer": rng.choice(companies), "percent": round(rng.uniform(1, 60), 2), "amount": rng.randint(10**6, 10**10),
                     "currency": "CNY", "date": _date(rng)}
            elif pred == "SUBSIDIARY_OF":
                q = {"kind": rng.choice(("subsidiary", "wholly_owned", "group_member"))}
        if s == o:
            continue
        article = f"syn-{i // facts_per_article}"
        if batch and batch[0]["article_id"] != article:  # an article's facts under its own id (a skipped fact ends none early)
            yield batch[0]["article_id"], batch
            batch = []
        batch.append({"article_id": article, "subject": {"name": s, "type": st, "aliases": []},
                      "predicate": pred, "object": {"name": o, "type": ot, "aliases": []}, "qualifiers": q,
                      "evidence": f"{s}与{o}的合成证据句。", "offsets": [0, 12], "confidence": round(rng.uniform(0.6, 0.95), 3),
                      "extractor": "synthetic"})
    if batch:
        yield batch[0]["article_id"], batch
