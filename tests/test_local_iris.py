"""A district's or a commune's documents have IRIs of their own: every People's Committee numbers its plans N/KH-UBND."""

from __future__ import annotations

import pytest

from vnpolicy.iris import Minter
from vnpolicy.provinces import issuer_locality


@pytest.mark.parametrize(("issuer", "province", "locality"), [
    ("Ủy ban nhân dân quận 8", "Hồ Chí Minh", "quan 8"),
    ("Ủy ban nhân dân xã Hưng Đạo", "Hải Dương", "xa hung dao"),
    ("Hội đồng nhân dân thị xã Sông Cầu", "Phú Yên", "thi xa song cau"),
    ("Ủy ban nhân dân thành phố Vinh", "Nghệ An", "thanh pho vinh"),
    ("Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện Nga Sơn", "Thanh Hóa", "huyen nga son"),
    ("Huyện ủy Yên Định", "Thanh Hóa", "huyen yen dinh"),
    ("Ủy ban nhân dân xã Tịnh Trà", "Quảng Ngãi", "xa tinh tra"),  # its name folds as "tỉnh" does
    ("UBND huyện Sơn Tịnh, tỉnh Quảng Ngãi", "Quảng Ngãi", "huyen son tinh"),
    ("Ủy ban nhân dân quận 8 thành phố Hồ Chí Minh", "Hồ Chí Minh", "quan 8"),
])
def test_a_district_s_or_a_commune_s_body_names_its_unit(issuer, province, locality):
    assert issuer_locality(issuer, province) == locality


@pytest.mark.parametrize(("issuer", "province"), [
    ("Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh"),  # a province-level city is the province
    ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam", "Hà Nam"),  # "xã hội" is no commune
    ("Ủy ban nhân dân Thành phố", "Hồ Chí Minh"),  # a citation naming no unit
    ("Thủ tướng Chính phủ", None),
])
def test_a_province_s_own_or_a_national_body_names_no_unit(issuer, province):
    assert issuer_locality(issuer, province) is None


def test_a_district_s_plan_and_its_city_s_of_the_same_number_and_year_have_two_iris():
    minter = Minter()
    city = minter.document("KH", 2021, "37/KH-UBND", "Hồ Chí Minh")
    district = minter.document("KH", 2021, "37/KH-UBND", "Hồ Chí Minh", issuer_locality("Ủy ban nhân dân quận 8", "Hồ Chí Minh"))
    assert str(city).endswith("eli/vn-ho-chi-minh/kh/2021/37-kh-ubnd")
    assert str(district).endswith("eli/vn-ho-chi-minh-quan-8/kh/2021/37-kh-ubnd")
