"""Places that open Chinese institution names (天津金城银行, 浙江逸荣投资, 中国民生银行).

The press often drops them ("金城银行", "民生银行"), so a name is also found
without its leading place (`text.names.search_keys`). The list holds the
country, every province-level division and the prefecture-level cities that
banks and financial firms are commonly named after.
"""

from __future__ import annotations

from functools import lru_cache

_PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
    "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
    "宁夏", "新疆", "香港", "澳门",
)
_CITIES = (
    "石家庄", "唐山", "保定", "廊坊", "沧州", "邯郸", "太原", "大同", "呼和浩特", "包头", "鄂尔多斯", "沈阳", "大连", "鞍山",
    "锦州", "营口", "长春", "吉林", "哈尔滨", "大庆", "南京", "苏州", "无锡", "常州", "南通", "徐州", "扬州", "镇江", "盐城",
    "泰州", "连云港", "杭州", "宁波", "温州", "绍兴", "嘉兴", "湖州", "金华", "台州", "舟山", "合肥", "芜湖", "蚌埠", "福州",
    "厦门", "泉州", "莆田", "南昌", "赣州", "九江", "济南", "青岛", "烟台", "潍坊", "威海", "日照", "临沂", "郑州", "洛阳",
    "开封", "武汉", "宜昌", "襄阳", "长沙", "株洲", "湘潭", "广州", "深圳", "珠海", "佛山", "东莞", "中山", "汕头", "湛江",
    "南宁", "柳州", "桂林", "海口", "三亚", "成都", "绵阳", "贵阳", "昆明", "西安", "兰州", "西宁", "银川", "乌鲁木齐", "拉萨",
    "前海", "浦东", "滨海",
)
_COUNTRY = ("中国", "中华")
_SUFFIXES = ("省", "市", "自治区", "特别行政区", "")


def place_names() -> tuple[str, ...]:
    """The provinces and cities, without their suffixes."""
    return (*_PROVINCES, *_CITIES)


@lru_cache(maxsize=1)
def _prefixes() -> tuple[frozenset[str], tuple[int, ...]]:
    """The places with their suffixes, and their lengths, longest first."""
    names = frozenset({p + s for p in (*_PROVINCES, *_CITIES) for s in _SUFFIXES} | set(_COUNTRY))
    return names, tuple(sorted({len(n) for n in names}, reverse=True))


@lru_cache(maxsize=262144)
def without_place(key: str, keep: int = 4) -> str:
    """A name key without its leading place (and the country before it:
    中国上海 → ), when at least `keep` characters remain; else the key.
    "天津金城银行" → "金城银行", but "北京银行" stays. The longest place
    that leaves enough is taken, by a set lookup per length: loading a
    graph asks this of every company name."""
    names, lengths = _prefixes()
    rest = key
    for _ in range(2):  # 中国 + a province, or a province + a city
        for n in lengths:
            if len(rest) - n >= keep and rest[:n] in names:
                rest = rest[n:]
                break
        else:
            break
    return rest
