"""A crawled copy whose body's paragraphs run together inside its wrapped lines is read section by section."""

from __future__ import annotations

from vnpolicy.extract import extract_text
from vnpolicy.extract.lines import logical_lines

# The site's wrapping kept inside each paragraph, the paragraphs joined by a space: headings open mid-line.
RUN_ON = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN ------- CỘNG\r\n  HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------"
    " Số: 41/KH-UBND Bắc Sơn, ngày 12\r\n  tháng 4 năm 2024 KẾ HOẠCH KIỂM SOÁT TẢI TRỌNG XE TRÊN ĐƯỜNG BỘ NĂM 2024"
    " Thực hiện Chỉ thị số 32/CT-TTg ngày 25/11/2023 của Thủ tướng\r\nChính phủ về kiểm soát tải trọng xe, Ủy ban nhân"
    " dân tỉnh ban hành Kế hoạch như sau: I. MỤC\r\nĐÍCH, YÊU CẦU 1. Mục đích - Ngăn chặn xe quá tải hư hại cầu, đường."
    " - Giảm tai nạn do xe\r\nquá tải gây ra. 2. Yêu cầu - Các sở, ngành phối hợp chặt chẽ. II. NHIỆM VỤ 1. Lắp đặt\r\n"
    "trạm cân tại các tuyến đường tỉnh. 2. Kiểm tra các điểm xếp hàng hóa lên xe. III. TỔ CHỨC THỰC HIỆN\r\n"
    "Các sở, ngành căn cứ nhiệm vụ được giao tổ chức thực hiện. 1. Sở Lao động - Thương binh và Xã hội chủ trì\r\n"
    "tuyên truyền cho người lao động vận tải; phối hợp với Công an tỉnh xử lý vi phạm./. Nơi nhận: - Bộ Giao thông vận"
    " tải;\r\n- Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Bình\r\n"
)


def test_a_run_on_body_is_cut_where_its_headings_items_bullets_and_closing_open():
    texts = [line.text for line in logical_lines(RUN_ON)]
    start = next(index for index, text in enumerate(texts) if text.startswith("I."))
    assert texts[start:] == [
        "I. MỤC ĐÍCH, YÊU CẦU",  # the heading wrapped over two lines is one
        "1. Mục đích", "- Ngăn chặn xe quá tải hư hại cầu, đường.", "- Giảm tai nạn do xe quá tải gây ra.",
        "2. Yêu cầu", "- Các sở, ngành phối hợp chặt chẽ.",
        "II. NHIỆM VỤ", "1. Lắp đặt trạm cân tại các tuyến đường tỉnh.", "2. Kiểm tra các điểm xếp hàng hóa lên xe.",
        "III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành căn cứ nhiệm vụ được giao tổ chức thực hiện.",
        # an agency's name printed with a dash is no heading over a bullet
        "1. Sở Lao động - Thương binh và Xã hội chủ trì tuyên truyền cho người lao động vận tải; phối hợp với Công an tỉnh"
        " xử lý vi phạm./.",
        "Nơi nhận:", "- Bộ Giao thông vận tải;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Bình",
    ]


def test_a_run_on_agency_heading_is_cut_from_the_duties_its_dashes_open():
    text = RUN_ON.replace(
        "1. Sở Lao động - Thương binh và Xã hội chủ trì\r\ntuyên truyền",
        "1. Công an tỉnh - Chỉ đạo lực lượng Cảnh sát giao thông tuần tra. - Xử lý nghiêm xe quá tải. 2. Sở Lao động -"
        " Thương binh và Xã hội chủ trì\r\ntuyên truyền")
    texts = [line.text for line in logical_lines(text)]
    assert texts[texts.index("1. Công an tỉnh"):][:4] == [
        "1. Công an tỉnh", "- Chỉ đạo lực lượng Cảnh sát giao thông tuần tra.", "- Xử lý nghiêm xe quá tải.",
        "2. Sở Lao động - Thương binh và Xã hội chủ trì tuyên truyền cho người lao động vận tải; phối hợp với Công an"
        " tỉnh xử lý vi phạm./."]
    doc = extract_text(text, "run-on.txt")
    assert [(entry.agency.name, len(entry.duties)) for entry in doc.assignments] == [
        ("Công an tỉnh", 2), ("Sở Lao động - Thương binh và Xã hội", 1)]


def test_each_piece_of_a_run_on_body_keeps_the_physical_lines_it_came_from():
    lines = {line.text: (line.first, line.last) for line in logical_lines(RUN_ON)}
    assert lines["I. MỤC ĐÍCH, YÊU CẦU"] == (4, 5)
    assert lines["1. Lắp đặt trạm cân tại các tuyến đường tỉnh."] == (6, 7)
    assert lines["Lê Văn Bình"] == (10, 10)


def test_a_run_on_copy_reads_its_header_body_roles_and_signer():
    doc = extract_text(RUN_ON, "run-on.txt")
    assert (doc.number, doc.title) == ("41/KH-UBND", "Kiểm soát tải trọng xe trên đường bộ năm 2024")
    assert doc.implements is not None and doc.implements.number == "32/CT-TTg"
    assert [task.text for group in doc.task_groups for task in group.tasks] == [
        "Lắp đặt trạm cân tại các tuyến đường tỉnh.", "Kiểm tra các điểm xếp hàng hóa lên xe."]
    [entry] = doc.assignments
    assert entry.agency.name == "Sở Lao động - Thương binh và Xã hội"
    assert [agency.name for agency in entry.duties[0].supporting] == ["Công an tỉnh"]
    assert (doc.signer.name, doc.signer.position) == ("Lê Văn Bình", "Phó Chủ tịch")
    assert not any("could not be read" in warning.message for warning in doc.warnings)


def test_a_copy_with_sections_opening_their_lines_is_not_cut():
    text = ("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 12 tháng 4 năm 2024\nKẾ HOẠCH\nKiểm soát tải trọng xe\n"
            "I. MỤC TIÊU\n- Giảm xe quá tải. 2. Số trạm cân: 5 trạm. - Tăng kiểm tra.\n")
    assert "- Giảm xe quá tải. 2. Số trạm cân: 5 trạm. - Tăng kiểm tra." in [line.text for line in logical_lines(text)]


COVER_RUN_ON = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số:"
    " 1619/QĐ-UBND Bắc Sơn, ngày 16\r\n  tháng 5 năm 2023 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG ĐUỐI NƯỚC"
    " TRẺ EM ỦY BAN NHÂN DÂN TỈNH BẮC SƠN Căn cứ Luật Tổ chức chính quyền\r\nđịa phương ngày 19 tháng 6 năm 2015; Căn cứ"
    " Chỉ thị số 14/CT-TTg ngày 12/5/2023 của Thủ tướng Chính phủ; QUYẾT ĐỊNH: Điều 1. Ban\r\nhành kèm theo Quyết định"
    " này Kế hoạch phòng, chống đuối nước trẻ em. Điều 2. Chánh Văn phòng UBND tỉnh và các\r\nsở, ngành chịu trách nhiệm"
    " thi hành Quyết định này./. Nơi nhận: - Như Điều 2; - Lưu: VT. TM. ỦY BAN NHÂN\r\n  DÂN CHỦ TỊCH Trần Văn An KẾ"
    " HOẠCH PHÒNG, CHỐNG ĐUỐI NƯỚC TRẺ EM (Kèm theo Quyết định số 1619/QĐ-UBND ngày 16/5/2023\r\ncủa UBND tỉnh) I. MỤC"
    " ĐÍCH, YÊU CẦU 1. Mục đích a) Giảm số trẻ em bị đuối nước. b) Mỗi xã có một điểm dạy bơi.\r\n"
)


def test_a_run_on_cover_decision_is_cut_at_its_articles_signer_and_the_plan_printed_after_it():
    texts = [line.text for line in logical_lines(COVER_RUN_ON)]
    start = texts.index("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống đuối nước trẻ em.")
    assert texts[start + 1:] == [
        "Điều 2. Chánh Văn phòng UBND tỉnh và các sở, ngành chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn An",
        "KẾ HOẠCH PHÒNG, CHỐNG ĐUỐI NƯỚC TRẺ EM (Kèm theo Quyết định số 1619/QĐ-UBND ngày 16/5/2023 của UBND tỉnh)",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Giảm số trẻ em bị đuối nước.", "b) Mỗi xã có một điểm dạy bơi.",
    ]
    doc = extract_text(COVER_RUN_ON, "cover-run-on.txt")
    assert (doc.number, doc.signer.name) == ("1619/QĐ-UBND", "Trần Văn An")


def test_a_run_on_signer_s_name_is_cut_from_the_table_printed_after_it():
    text = COVER_RUN_ON.replace("Trần Văn An KẾ HOẠCH PHÒNG", "Trần Văn An Biểu số 01 TỔNG HỢP KẾ HOẠCH PHÒNG")
    texts = [line.text for line in logical_lines(text)]
    assert texts[texts.index("CHỦ TỊCH") + 1] == "Trần Văn An"
    assert extract_text(text, "table-after-signer.txt").signer.name == "Trần Văn An"


def test_a_numbered_task_cut_short_by_the_copy_is_still_a_task_and_a_short_heading_without_tasks_is_warned():
    text = ("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\nSố: 41/KH-UBND\nBắc Sơn, ngày 12 tháng 4 năm 2024\nKẾ HOẠCH\nKiểm soát tải trọng xe\n"
            "I. MỤC TIÊU\n- Giảm xe quá tải.\nII. NHIỆM VỤ\n1. Công tác kiểm tra\n"
            "2. Tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi chở hàng vượt tải trọng cho phép trên các tuyến quốc lộ"
            " và đường tỉnh đi qua")
    doc = extract_text(text, "cut.txt")
    assert [len(group.tasks) for group in doc.task_groups] == [0, 1]
    assert doc.task_groups[1].tasks[0].text.endswith("đường tỉnh đi qua")
    assert any(w.message == "task group without tasks" and w.line == 9 for w in doc.warnings)


def test_a_run_on_body_with_its_sections_in_normal_case_is_cut_at_them():
    text = ("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------ Số:"
            " 72/KH-UBND Bắc Sơn, ngày 17 tháng 4 năm 2024 KẾ HOẠCH GIẢI TỎA HÀNH LANG AN TOÀN ĐƯỜNG BỘ Ủy ban nhân dân tỉnh\r\n"
            "ban hành Kế hoạch như sau: I. Mục tiêu - Giữ hành lang an toàn đường bộ thông thoáng. II. Nhiệm\r\n"
            "vụ, giải pháp: 1. Tháo dỡ công trình lấn chiếm hành lang trên các tuyến quốc lộ. 2. Cắm mốc lộ giới.\r\n")
    texts = [line.text for line in logical_lines(text)]
    assert texts[-5:] == ["I. Mục tiêu", "- Giữ hành lang an toàn đường bộ thông thoáng.", "II. Nhiệm vụ, giải pháp:",
                          "1. Tháo dỡ công trình lấn chiếm hành lang trên các tuyến quốc lộ.", "2. Cắm mốc lộ giới."]
    doc = extract_text(text, "normal-case.txt")
    assert (len(doc.objectives), [len(group.tasks) for group in doc.task_groups]) == (1, [1, 1])


def test_a_run_on_directive_s_points_are_not_read_as_its_preamble():
    # the directive carries out the telegram its only "Thực hiện" sentence names, not a plan one of its points cites
    text = ("ỦY BAN NHÂN DÂN TỈNH BẮC SƠN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------ Số:"
            " 02/CT-UBND Bắc Sơn, ngày 03 tháng 01 năm 2025 CHỈ THỊ NÂNG CAO HIỆU QUẢ CÔNG TÁC BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO\r\n"
            "THÔNG TRÊN ĐỊA BÀN TỈNH Thời gian qua tai nạn giao thông còn ở mức cao. Thực hiện Công điện số 132/CĐ-TTg ngày\r\n"
            "12/12/2024 của Thủ tướng Chính phủ về nâng cao hiệu quả công tác bảo đảm trật tự, an toàn giao thông, Chủ tịch"
            " UBND tỉnh yêu cầu như sau: 1. Các sở, ngành tiếp tục thực hiện có hiệu quả Kế hoạch số 79-KH/TU ngày\r\n"
            "15/11/2023 của Ban Thường vụ Tỉnh ủy về bảo đảm trật tự, an toàn giao thông. 2. Công an tỉnh tăng cường tuần tra.\r\n")
    texts = [line.text for line in logical_lines(text)]
    assert texts[-2:] == ["1. Các sở, ngành tiếp tục thực hiện có hiệu quả Kế hoạch số 79-KH/TU ngày 15/11/2023 của Ban"
                          " Thường vụ Tỉnh ủy về bảo đảm trật tự, an toàn giao thông.", "2. Công an tỉnh tăng cường tuần tra."]
    assert extract_text(text, "directive.txt").implements.number == "132/CĐ-TTg"
