"""Answer entities carry the short forms of a registered company name
(`service.short_forms`): the legal form, a bracketed place, a leading
province or city, a closing 集团/控股/保险 after a kind word go; 金融控股 is
金控. Names invented for these tests."""

from __future__ import annotations

import pytest

from service.short_forms import short_forms


@pytest.mark.parametrize("name, forms", [
    ("栖梧资本有限公司", ["栖梧资本"]), ("棲梧資本有限公司", ["棲梧資本"]),
    ("栖梧信托有限责任公司", ["栖梧信托"]), ("棲梧信託有限責任公司", ["棲梧信託"]),
    ("栖梧实业集团有限公司", ["栖梧实业集团", "栖梧实业"]), ("棲梧人壽保險股份有限公司", ["棲梧人壽保險", "棲梧人壽"]),
    ("栖梧科技（深圳）有限公司", ["栖梧科技"]), ("澧泉金融控股有限公司", ["澧泉金融控股", "澧泉金控"]),
    ("宁波栖梧贸易有限公司", ["宁波栖梧贸易", "栖梧贸易"]), ("栖梧控股私人有限公司", ["栖梧控股"]),
])
def test_a_registered_name_is_also_known_by_its_short_forms(name: str, forms: list[str]) -> None:
    assert short_forms(name) == forms


@pytest.mark.parametrize("name, forms", [
    ("栖梧银行", []),  # no legal form to drop: the name is already short
    ("宁波银行股份有限公司", ["宁波银行"]),  # the place is the brand: "银行" alone is no name
    ("栖梧有限公司", []),  # two Han left: too short to be a name of its own
    ("Qiwu Capital Limited", []),  # no Han
])
def test_near_misses_keep_the_brand(name: str, forms: list[str]) -> None:
    assert short_forms(name) == forms
