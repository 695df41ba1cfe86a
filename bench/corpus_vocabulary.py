"""Words of the national corpus: topics, agencies, phrases and names, written for it.

Nothing here is taken from a real document: the phrases are made in the style of
provincial plans so that the extractor meets the shapes it meets in real copies.
Agencies come in two sets, before and after the reorganisation of 1 July 2025
(the merged departments, the communes that replaced the districts).
"""

from __future__ import annotations

from dataclasses import dataclass

# Departments of a province before and after 1 July 2025 (the specialised agencies of the People's Committee).
KHCN = "Sở Khoa học và Công nghệ"
TAI_CHINH = "Sở Tài chính"
NOI_VU = "Sở Nội vụ"
GDDT = "Sở Giáo dục và Đào tạo"
Y_TE = "Sở Y tế"
CONG_THUONG = "Sở Công Thương"
XAY_DUNG = "Sở Xây dựng"
VHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
TU_PHAP = "Sở Tư pháp"
NNMT = "Sở Nông nghiệp và Môi trường"
DTTG = "Sở Dân tộc và Tôn giáo"
NGOAI_VU = "Sở Ngoại vụ"
# only before 1 July 2025
TTTT = "Sở Thông tin và Truyền thông"
KHDT = "Sở Kế hoạch và Đầu tư"
TNMT = "Sở Tài nguyên và Môi trường"
NNPTNT = "Sở Nông nghiệp và Phát triển nông thôn"
LDTBXH = "Sở Lao động - Thương binh và Xã hội"
GTVT = "Sở Giao thông vận tải"

DEPARTMENTS_AFTER = (KHCN, TAI_CHINH, NOI_VU, GDDT, Y_TE, CONG_THUONG, XAY_DUNG, VHTTDL, TU_PHAP, NNMT, DTTG, NGOAI_VU)
DEPARTMENTS_BEFORE = (KHCN, TAI_CHINH, NOI_VU, GDDT, Y_TE, CONG_THUONG, XAY_DUNG, VHTTDL, TU_PHAP, TTTT, KHDT, TNMT,
                      NNPTNT, LDTBXH, GTVT, NGOAI_VU)
LOCAL_UNITS_AFTER = "Ủy ban nhân dân các xã, phường"
LOCAL_UNITS_BEFORE = "Ủy ban nhân dân các huyện, thị xã, thành phố"


@dataclass(frozen=True)
class Topic:
    """A field national documents are issued in, with its lead department before and after the mergers."""

    subject: str  # "chuyển đổi số"
    lead_after: str
    lead_before: str
    product: str  # what the plan's targets count
    actor: str  # who the tasks address


TOPICS = (
    Topic("chuyển đổi số trong cơ quan nhà nước", KHCN, TTTT, "dịch vụ công trực tuyến toàn trình", "cơ quan, đơn vị"),
    Topic("khoa học, công nghệ và đổi mới sáng tạo", KHCN, KHCN, "nhiệm vụ khoa học và công nghệ được đặt hàng",
          "tổ chức khoa học và công nghệ"),
    Topic("kinh tế tuần hoàn", NNMT, TNMT, "cơ sở sản xuất áp dụng mô hình tuần hoàn", "doanh nghiệp"),
    Topic("phòng, chống thiên tai và thích ứng với biến đổi khí hậu", NNMT, NNPTNT, "công trình phòng, chống thiên tai",
          "cộng đồng dân cư"),
    Topic("du lịch cộng đồng", VHTTDL, VHTTDL, "điểm du lịch cộng đồng", "hộ kinh doanh du lịch"),
    Topic("giáo dục nghề nghiệp", GDDT, LDTBXH, "lao động qua đào tạo nghề", "cơ sở giáo dục nghề nghiệp"),
    Topic("bảo đảm an toàn thực phẩm", Y_TE, Y_TE, "cơ sở kinh doanh thực phẩm được kiểm tra", "cơ sở sản xuất, kinh doanh"),
    Topic("nông nghiệp hữu cơ", NNMT, NNPTNT, "ha canh tác hữu cơ", "hợp tác xã nông nghiệp"),
    Topic("chăm sóc sức khỏe người cao tuổi", Y_TE, LDTBXH, "người cao tuổi được khám sức khỏe định kỳ", "trạm y tế"),
    Topic("phát triển văn hóa đọc", VHTTDL, VHTTDL, "thư viện cơ sở", "trường học"),
    Topic("hỗ trợ doanh nghiệp nhỏ và vừa", TAI_CHINH, KHDT, "doanh nghiệp được hỗ trợ", "doanh nghiệp nhỏ và vừa"),
    Topic("sử dụng năng lượng tiết kiệm và hiệu quả", CONG_THUONG, CONG_THUONG, "cơ sở sử dụng năng lượng trọng điểm", "cơ sở công nghiệp"),
    Topic("cải cách hành chính", NOI_VU, NOI_VU, "thủ tục hành chính được cắt giảm", "cơ quan hành chính"),
    Topic("phổ biến, giáo dục pháp luật", TU_PHAP, TU_PHAP, "báo cáo viên pháp luật", "cộng đồng dân cư"),
    Topic("phát triển nhà ở xã hội", XAY_DUNG, XAY_DUNG, "căn hộ nhà ở xã hội", "chủ đầu tư"),
    Topic("thương mại điện tử", CONG_THUONG, CONG_THUONG, "doanh nghiệp bán hàng trên sàn thương mại điện tử", "doanh nghiệp"),
    Topic("nâng cao năng lực y tế cơ sở", Y_TE, Y_TE, "trạm y tế đạt chuẩn", "cơ sở y tế"),
    Topic("ứng dụng trí tuệ nhân tạo", KHCN, TTTT, "hệ thống thông tin có ứng dụng trí tuệ nhân tạo", "cơ quan, doanh nghiệp"),
    Topic("phát triển đô thị thông minh", XAY_DUNG, XAY_DUNG, "đô thị có đề án thông minh", "chính quyền đô thị"),
    Topic("hội nhập quốc tế", NGOAI_VU, NGOAI_VU, "thỏa thuận hợp tác quốc tế", "cơ quan, đơn vị"),
    Topic("phát triển công nghiệp hỗ trợ", CONG_THUONG, CONG_THUONG, "doanh nghiệp công nghiệp hỗ trợ", "doanh nghiệp"),
    Topic("quản lý chất thải rắn sinh hoạt", NNMT, TNMT, "tấn chất thải rắn được xử lý", "địa phương"),
)

# National documents: how each family's titles begin.
DECISION_TITLES = ("Phê duyệt Chiến lược {subject} đến năm {horizon}", "Phê duyệt Chương trình {subject} giai đoạn {start} - {horizon}",
                   "Phê duyệt Đề án {subject} đến năm {horizon}, tầm nhìn đến năm {vision}")
GOVERNMENT_TITLES = ("Ban hành Chương trình hành động của Chính phủ về {subject} đến năm {horizon}",
                     "Về những nhiệm vụ, giải pháp trọng tâm thúc đẩy {subject}")
PARTY_TITLES = ("Về {subject} đến năm {horizon}, tầm nhìn đến năm {vision}", "Về đẩy mạnh {subject} trong tình hình mới")
LAW_NAMES = ("Luật Quản lý và đầu tư hạ tầng số", "Luật Hỗ trợ cộng đồng khởi nghiệp", "Luật Phát triển vùng nguyên liệu",
             "Luật Quản lý rủi ro thiên tai", "Luật Dịch vụ công trực tuyến", "Luật Phát triển nguồn nhân lực chất lượng cao",
             "Luật Xúc tiến đầu tư địa phương", "Luật Bảo tồn di sản văn hóa cộng đồng")

PURPOSES = ("Cụ thể hóa các nhiệm vụ, giải pháp của {parent_kind} phù hợp với điều kiện của {unit}.",
            "Xác định rõ nội dung công việc, thời hạn và trách nhiệm của các cơ quan, đơn vị trong triển khai {subject}.",
            "Tạo sự chuyển biến rõ nét về nhận thức và hành động của các cấp, các ngành đối với {subject}.")
REQUIREMENTS = ("Bám sát mục tiêu, nội dung của {parent_kind}; bảo đảm tính khả thi, tiết kiệm, hiệu quả.",
                "Phát huy vai trò chủ động của các cơ quan, đơn vị; tăng cường phối hợp trong tổ chức thực hiện.",
                "Thường xuyên kiểm tra, đánh giá, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh.")
GENERAL_OBJECTIVES = ("Đẩy mạnh {subject} trên địa bàn {unit}, góp phần phát triển kinh tế - xã hội nhanh và bền vững.",
                      "Nâng cao hiệu quả {subject}, đưa {unit} trở thành địa phương đi đầu của vùng trong lĩnh vực này.")
MINISTRY_GENERAL_OBJECTIVE = "Đẩy mạnh {subject} trong các cơ quan, đơn vị thuộc {unit}, góp phần thực hiện thắng lợi {parent_kind}."
TARGET_SENTENCES = ("Đến năm {year}, có ít nhất {count} {product}.",
                    "Phấn đấu {percent}% {actor} tham gia triển khai {subject} đến năm {year}.",
                    "Đào tạo, bồi dưỡng cho {count} cán bộ, công chức, viên chức về {subject}.",
                    "Hằng năm, tăng ít nhất {percent}% số {product} so với năm trước.")
TASK_GROUPS = ("Hoàn thiện cơ chế, chính sách", "Tuyên truyền, nâng cao nhận thức", "Phát triển nguồn nhân lực",
               "Đầu tư hạ tầng và ứng dụng công nghệ", "Huy động và sử dụng hiệu quả nguồn lực",
               "Hợp tác, liên kết vùng", "Kiểm tra, giám sát, đánh giá", "Nghiên cứu, ứng dụng và chuyển giao")
TASKS = ("Rà soát các văn bản {scope} liên quan đến {subject}, đề xuất sửa đổi, bổ sung cho phù hợp.",
         "Xây dựng chính sách khuyến khích {actor} tham gia {subject}.",
         "Đa dạng hóa hình thức tuyên truyền về {subject} trên báo chí, mạng xã hội và hệ thống thông tin cơ sở.",
         "Tổ chức hội nghị, tọa đàm chia sẻ kinh nghiệm về {subject} với các {peers}.",
         "Bồi dưỡng kiến thức, kỹ năng về {subject} cho đội ngũ cán bộ các cấp.",
         "Đầu tư nâng cấp hạ tầng kỹ thuật phục vụ {subject}, ưu tiên khu vực khó khăn.",
         "Xây dựng cơ sở dữ liệu về {subject}, bảo đảm kết nối, chia sẻ với cơ sở dữ liệu quốc gia.",
         "Lồng ghép nội dung {subject} vào các chương trình mục tiêu, đề án {scope}.",
         "Thu hút nguồn lực xã hội hóa cho {subject}, minh bạch trong quản lý, sử dụng.",
         "Nhân rộng các mô hình hiệu quả về {subject}; biểu dương tập thể, cá nhân tiêu biểu.",
         "Định kỳ kiểm tra, đánh giá kết quả {subject} tại các cơ quan, đơn vị.",
         "Đặt hàng nhiệm vụ nghiên cứu, ứng dụng kết quả khoa học vào {subject}.")
LEAD_DUTIES = ("Chủ trì, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch; theo dõi, đôn đốc việc thực hiện.",
               "Chủ trì tham mưu cơ chế, chính sách về {subject}; tổng hợp khó khăn, đề xuất giải pháp tháo gỡ.",
               "Chủ trì xây dựng bộ chỉ số theo dõi kết quả {subject} {scope}.")
PARTNER_DUTIES = ("Phối hợp với {lead} {task}", "Chủ trì, phối hợp với {lead} {task}", "Tham mưu, đề xuất {task}")
FINANCE_DUTY = "Chủ trì, phối hợp với {lead} tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách."
INTERIOR_DUTY = "Phối hợp với {lead} đưa nội dung {subject} vào kế hoạch đào tạo, bồi dưỡng cán bộ, công chức."
POLICE_DUTY = "Bảo đảm an ninh, trật tự, an toàn thông tin trong quá trình triển khai {subject}."
LOCAL_DUTY = ("Xây dựng kế hoạch triển khai tại địa phương; báo cáo kết quả về {lead} trước ngày {day:02d} tháng {month} "
              "hằng năm để tổng hợp.")
REQUESTED_BODIES = ("Ủy ban Mặt trận Tổ quốc Việt Nam {unit}", "Hội Liên hiệp Phụ nữ {unit}", "Hội Nông dân {unit}")
REQUESTED_DUTY = "Phối hợp tuyên truyền, vận động hội viên, nhân dân tham gia {subject}."
FUNDING = ("Ngân sách nhà nước bố trí trong dự toán hằng năm của các cơ quan, đơn vị theo phân cấp hiện hành.",
           "Nguồn xã hội hóa, tài trợ của tổ chức, cá nhân trong và ngoài nước và các nguồn hợp pháp khác.")
CLOSING = ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về {lead} để tổng hợp, "
           "trình Ủy ban nhân dân {unit_lower} xem xét, giải quyết./.")

FAMILY_NAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh")
MIDDLE_NAMES = ("Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân", "Công", "Hồng", "Tiến")
GIVEN_NAMES = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hiếu", "Hòa", "Hùng", "Khoa", "Lâm", "Long", "Mai", "Nam",
               "Phong", "Quân", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Việt", "Vinh")

# Ministries that issue plans of their own under the same national documents: name and number code.
MINISTRIES = (("Bộ Khoa học và Công nghệ", "BKHCN"), ("Bộ Tài chính", "BTC"), ("Bộ Nội vụ", "BNV"), ("Bộ Y tế", "BYT"),
              ("Bộ Công Thương", "BCT"), ("Bộ Xây dựng", "BXD"), ("Bộ Nông nghiệp và Môi trường", "BNNMT"))
MINISTRY_UNITS = ("Văn phòng Bộ", "Vụ Kế hoạch - Tài chính", "Vụ Pháp chế", "Vụ Tổ chức cán bộ", "Thanh tra Bộ", "Trung tâm Thông tin")
