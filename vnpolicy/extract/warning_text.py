"""The reader's warnings in Vietnamese, for the stewards who check a new entry.

The extractor words its warnings in English, each made of set phrases around the values it read ("parent not named
as implemented: taken as 749/QĐ-TTg, the first policy document the preamble rests on; check it"). ``in_vietnamese``
puts each set phrase into Vietnamese and leaves the values (numbers, names, titles, quoted lines) as they are. A
phrase not in the table below stays in English, so a new kind of warning is never lost, only untranslated.
"""

from __future__ import annotations

import re

from vnpolicy.extract.model import HEADER_FIELD_NAMES_VI

FIELDS_VI = {**HEADER_FIELD_NAMES_VI, "province": "tỉnh", "place": "địa danh"}
BLOCKS_VI = {"line": "dòng", "paragraph": "đoạn", "item": "mục", "section": "phần", "point": "điểm",
             "bullet": "gạch đầu dòng", "plus": "dòng đầu dấu cộng", "article": "điều"}

# (English phrase, Vietnamese phrase), applied in this order; a phrase holding another comes before it.
PHRASES: list[tuple[str, str]] = [
    # -- the reader's view of the text -----------------------------------------------------------------------------
    (r"the text seems cut short: no signature and no Nơi nhận after its last line; check that the whole document was"
     r" copied", "văn bản có vẻ bị cắt: sau dòng cuối không có chữ ký và không có phần Nơi nhận; hãy kiểm tra đã sao"
     " chép đủ văn bản chưa"),
    (r"unplaced line after the body", "dòng không xếp được vào phần nào, sau phần nội dung"),
    (r"unplaced (?P<block>paragraph|item|section|point|bullet|plus) in the body",
     lambda m: f"{BLOCKS_VI[m['block']]} không xếp được vào phần nào của nội dung"),
    (r", with (?P<n>\d+) more unplaced block\(s\) under or after it up to line (?P<line>\d+)",
     r", cùng \g<n> khối khác chưa xếp được ở dưới hoặc sau nó, đến dòng \g<line>"),
    (r"no Roman-numbered section found: the body could not be read",
     "không tìm thấy phần đánh số La Mã: không đọc được phần nội dung"),
    (r"no Roman-numbered section found: the body was read from its first numbered heading; check its parts",
     "không tìm thấy phần đánh số La Mã: nội dung được đọc từ đề mục đánh số đầu tiên; hãy kiểm tra các phần"),
    (r"(?P<n>\d+) line\(s\) of web-site text after the document set aside: not part of the document",
     r"đã bỏ qua \g<n> dòng chữ của trang web sau văn bản: không thuộc văn bản"),
    (r"(?P<n>\d+) line\(s\) of web-site text set aside: not part of the document",
     r"đã bỏ qua \g<n> dòng chữ của trang web: không thuộc văn bản"),
    (r"item of a mixed section neither objective nor task",
     "mục trong phần hỗn hợp, không phải mục tiêu cũng không phải nhiệm vụ"),
    (r"section of unknown kind", "phần không rõ loại"),
    (r"article of unknown kind with numbered items: its tasks or duties are kept only as a provision",
     "điều không rõ loại có các mục đánh số: nhiệm vụ trong đó chỉ được giữ như một quy định"),
    (r"paragraph beside a list in a task group kept as the group's intro",
     "đoạn văn bên cạnh danh sách trong nhóm nhiệm vụ được giữ làm phần mở đầu của nhóm"),
    (r"list item outside any section kept as a provision", "mục danh sách nằm ngoài các phần, được giữ như một quy định"),
    (r"task group without tasks", "nhóm nhiệm vụ không có nhiệm vụ nào"),
    (r"section (?P<s>[IVXLC]+) appears twice \(lines (?P<a>\d+) and (?P<b>\d+)\): a part pasted twice\?",
     r"phần \g<s> xuất hiện hai lần (dòng \g<a> và \g<b>): một phần bị dán hai lần?"),
    (r"words glued together were split", "các từ bị dính liền đã được tách"),
    (r" and (?P<n>\d+) more; check them", r" và \g<n> từ khác; hãy kiểm tra"),
    (r"; check them", "; hãy kiểm tra"),
    (r"the signature block names no signer", "phần chữ ký không nêu tên người ký"),
    (r"low-quality text: only (?P<p>\d+)% of words carry Vietnamese letters \(OCR\?\)",
     r"văn bản chất lượng thấp: chỉ \g<p>% số từ có chữ cái tiếng Việt (bản nhận dạng OCR?)"),
    (r"low-quality text", "văn bản chất lượng thấp"),
    (r"title holds words that are no Vietnamese syllable \(glued together\?\)",
     "trích yếu có từ không phải âm tiết tiếng Việt (bị dính liền?)"),
    # -- header fields -------------------------------------------------------------------------------------------
    (r"no title \(trích yếu\) before the preamble", "không có trích yếu trước phần căn cứ"),
    (r"title \(trích yếu\) read after the preamble, where the copy printed it below the enacting words; check it",
     "trích yếu được đọc sau phần căn cứ, nơi bản sao in nó dưới dòng “QUYẾT ĐỊNH:”; hãy kiểm tra"),
    (r"no title found before the first section", "không tìm thấy trích yếu trước phần thứ nhất"),
    (r"no document-type line \(KẾ HOẠCH \.\.\.\)", "không có dòng tên loại văn bản (KẾ HOẠCH ...)"),
    (r"; title taken from the first paragraph", "; trích yếu lấy từ đoạn đầu tiên"),
    (r"no number \(Số: \.\.\.\) found in the header", "không tìm thấy số, ký hiệu (Số: ...) ở phần đầu văn bản"),
    (r"no date \(\.\.\., ngày \.\.\. tháng \.\.\. năm \.\.\.\) found in the header",
     "không tìm thấy ngày ban hành (..., ngày ... tháng ... năm ...) ở phần đầu văn bản"),
    (r"no issuer found: neither the header, the number's code nor the signature names the body",
     "không tìm thấy cơ quan ban hành: phần đầu, ký hiệu của số và chữ ký đều không nêu cơ quan"),
    (r"the number line leaves the serial blank \(a copy made before the document was numbered\?\): no number read",
     "dòng số, ký hiệu để trống số (bản sao làm trước khi văn bản được cấp số?): không đọc được số"),
    (r"(?P<field>issuer|number|date|province|type|title) read with low confidence",
     lambda m: f"{FIELDS_VI[m['field']]} đọc được với độ tin cậy thấp"),
    (r"(?P<field>issuer|title|place) refused: ", lambda m: f"không nhận {FIELDS_VI[m['field']]}: "),
    (r"holds the motto or is no name", "chứa quốc hiệu, tiêu ngữ hoặc không phải một tên"),
    (r"not a title", "không phải trích yếu"),
    (r"not a place name", "không phải tên địa danh"),
    (r"inferred in part: header capitals naming the body but not its province \(completed from the text\)",
     "suy ra một phần: dòng chữ in hoa ở phần đầu nêu cơ quan nhưng không nêu tỉnh (bổ sung từ nội dung)"),
    (r", joined from (?P<n>\d+) lines", r", ghép từ \g<n> dòng"),
    (r"capitals naming no known body", "dòng chữ in hoa không nêu cơ quan nào đã biết"),
    (r"inferred from the sentence announcing the plan, in a copy with no header of its own",
     "suy ra từ câu ban hành kế hoạch, vì bản sao không có phần đầu riêng"),
    (r"inferred from the web site's news lead above the copy, which has no header of its own",
     "suy ra từ đoạn tin của trang web phía trên bản sao, vì bản sao không có phần đầu riêng"),
    (r"inferred from the web site's summary box, the copy showing no header of its own",
     "suy ra từ ô tóm tắt của trang web, vì bản sao không có phần đầu riêng"),
    (r"inferred from the web site's note crediting the document it reprints, in a copy with no header of its own",
     "suy ra từ ghi chú nguồn của trang web, vì bản sao không có phần đầu riêng"),
    (r"inferred from the title or the text, if either names one: ", "suy ra từ trích yếu hoặc nội dung nếu có nêu: "),
    (r"the date line names a place that is no province \(a city\?\)",
     "dòng địa danh, ngày tháng nêu một nơi không phải tỉnh (một thành phố?)"),
    (r"the date line names the commune the header names, no province",
     "dòng địa danh, ngày tháng nêu xã mà phần đầu nêu, không nêu tỉnh"),
    (r"(?P<field>issuer|province|number|date|type) inferred from the body and the signature, not read from a header",
     lambda m: f"{FIELDS_VI[m['field']]} suy ra từ nội dung và chữ ký, không đọc từ phần đầu văn bản"),
    (r"province inferred from the title and the body, not read from a header",
     "tỉnh suy ra từ trích yếu và nội dung, không đọc từ phần đầu văn bản"),
    (r"issuer inferred from the sentence issuing the plan, not read from a header",
     "cơ quan ban hành suy ra từ câu ban hành kế hoạch, không đọc từ phần đầu văn bản"),
    (r"title taken from the web site's page title above the copy, which has none of its own",
     "trích yếu lấy từ tiêu đề trang web phía trên bản sao, vì bản sao không có trích yếu riêng"),
    (r"title inferred from (?P<source>the preamble's sentence issuing the plan|the plan its Điều (?P<n>\d+) issues|what its"
     r" Điều (?P<m>\d+) approves|the rules its Điều (?P<k>\d+) issues|the heading of the plan it issues|the plan the act"
     r" issues), not read from a header", lambda m: f"trích yếu suy ra từ {_title_source_vi(m)}, không đọc từ phần đầu văn bản"),
    (r"document type unknown", "không rõ loại văn bản"),
    (r"document type inferred from its addressee line \(Kính gửi\)", "loại văn bản suy ra từ dòng Kính gửi"),
    (r"document type inferred from the title's first words", "loại văn bản suy ra từ những chữ đầu của trích yếu"),
    (r"document type inferred from self-references", "loại văn bản suy ra từ cách văn bản tự gọi mình"),
    (r"invalid date '(?P<d>[^']+)': month must be in 1\.\.12", r"ngày không hợp lệ '\g<d>': tháng phải từ 1 đến 12"),
    # -- citations and parents -----------------------------------------------------------------------------------
    (r"citation with an unreadable number", "trích dẫn có số, ký hiệu không đọc được"),
    (r"citation number written '(?P<a>[^']+)' without its hyphen: read as ",
     r"số, ký hiệu được dẫn viết là '\g<a>', thiếu dấu gạch nối: đọc là "),
    (r"citation number written '(?P<a>[^']+)' in the state's style: the Party's are written (?P<b>\S+); read so",
     r"số, ký hiệu được dẫn viết là '\g<a>' theo kiểu văn bản nhà nước: văn bản của Đảng viết là \g<b>; đọc như vậy"),
    (r"citation number written '(?P<a>[^']+)' in the Party's style: the Government's and the Prime Minister's are"
     r" written (?P<b>\S+); read so", r"số, ký hiệu được dẫn viết là '\g<a>' theo kiểu văn bản của Đảng: văn bản của"
     r" Chính phủ và Thủ tướng Chính phủ viết là \g<b>; đọc như vậy"),
    (r"citation number written '(?P<a>[^']+)' for a document of the Prime Minister: read as ",
     r"số, ký hiệu được dẫn viết là '\g<a>' cho văn bản của Thủ tướng Chính phủ: đọc là "),
    (r"no parent found", "không tìm thấy văn bản được thực hiện"),
    (r"the bases cited are laws, decrees, circulars or rules, none a policy the plan carries out",
     "các căn cứ là luật, nghị định, thông tư hoặc văn bản quy định, không có văn bản chính sách nào mà văn bản này"
     " thực hiện"),
    (r"no citation of another document was read in the text \(a copy cut before its legal bases\?\)",
     "không đọc được trích dẫn văn bản nào trong văn bản (bản sao bị cắt trước phần căn cứ?)"),
    (r"the text cites (?P<n>.+?) but never says it carries one out, nor rests on one as a policy basis",
     r"văn bản dẫn \g<n> nhưng không nói thực hiện văn bản nào, cũng không lấy văn bản nào làm căn cứ chính sách"),
    (r"the text cites (?P<n>.+?) only as the proposal it answers or rests on, which it does not carry out",
     r"văn bản chỉ dẫn \g<n> như tờ trình mà nó trả lời hoặc dựa vào, không phải văn bản được thực hiện"),
    (r"parent not named as implemented: taken as ", "văn bản không nêu rõ văn bản được thực hiện: lấy "),
    (r"parent named without its number", "văn bản được thực hiện được nêu không kèm số"),
    (r"; linked by its name: add its number when known", "; liên kết theo tên: bổ sung số khi biết"),
    (r"the \"Thực hiện\" sentence names several documents the plan may carry out",
     "câu \"Thực hiện\" nêu nhiều văn bản có thể được thực hiện"),
    (r"the title names several documents the plan may carry out", "trích yếu nêu nhiều văn bản có thể được thực hiện"),
    (r"several cited documents approve or concern the title's subject",
     "nhiều văn bản được dẫn phê duyệt hoặc liên quan đến nội dung của trích yếu"),
    (r"several documents are named as carried out", "nhiều văn bản được nêu là được thực hiện"),
    (r"parent taken as ", "lấy văn bản được thực hiện là "),
    (r", a letter \(công văn\): check whether it is what the plan carries out or only asks for the plan",
     ", một công văn: hãy kiểm tra đó là văn bản được thực hiện hay chỉ yêu cầu xây dựng kế hoạch"),
    (r"the basis sharing most words with the title's topic \((?P<a>\d+), the next (?P<b>\d+)\)",
     r"căn cứ có nhiều từ chung nhất với chủ đề của trích yếu (\g<a>, căn cứ kế tiếp \g<b>)"),
    (r"the document issuing a plan or programme, within a word of (?P<n>\S+), the letter sharing most words with the"
     r" title's topic \((?P<k>\d+)\)",
     r"văn bản ban hành kế hoạch hoặc chương trình, chỉ kém một từ so với \g<n>, công văn có nhiều từ chung nhất với chủ"
     r" đề của trích yếu (\g<k>)"),
    (r"the Government's or Prime Minister's document cited without a subject of its own just before (?P<n>\S+), the"
     r" ministry's basis whose words name most of the title's topic",
     r"văn bản của Chính phủ hoặc Thủ tướng Chính phủ được trích dẫn không kèm trích yếu, ngay trước \g<n>, căn cứ"
     r" của bộ nêu được nhiều nhất chủ đề của trích yếu"),
    (r"the basis whose words name most of the title's topic \((?P<a>\d+%), the next (?P<b>\d+%)\)",
     r"căn cứ nêu được nhiều nhất chủ đề của trích yếu (\g<a>, căn cứ kế tiếp \g<b>)"),
    (r"the first policy document the preamble rests on", "văn bản chính sách đầu tiên trong phần căn cứ"),
    (r"the national rules sharing most of the subject of the rules this document issues \((?P<n>\d+) words\)",
     r"văn bản quy định cấp quốc gia trùng nhiều nhất với nội dung quy định mà văn bản này ban hành (\g<n> từ)"),
    (r"the national rules on the very subject of the rules this document issues",
     "văn bản quy định cấp quốc gia về đúng nội dung quy định mà văn bản này ban hành"),
    (r"the decree or circular sharing most of the topic of the rules this document sets \((?P<n>\d+) words\)",
     r"nghị định hoặc thông tư trùng nhiều nhất với chủ đề quy định mà văn bản này đặt ra (\g<n> từ)"),
    (r"which approves a document on the plan's own topic", "văn bản phê duyệt một văn bản về chính chủ đề của kế hoạch"),
    (r"which approves what the title says the plan carries out",
     "văn bản phê duyệt điều mà trích yếu nói văn bản này thực hiện"),
    (r"the copy has lost its title, so no basis can be weighed against its topic: the first basis that is neither a"
     r" law nor a procedure", "bản sao mất trích yếu nên không thể so các căn cứ với chủ đề: lấy căn cứ đầu tiên không"
     " phải luật hay văn bản về thủ tục"),
    (r"the one decree or law whose whole subject is the title's topic, no policy among the bases naming as much of it",
     "nghị định hoặc luật duy nhất có toàn bộ nội dung là chủ đề của trích yếu, không văn bản chính sách nào trong"
     " các căn cứ nêu được chừng ấy"),
    (r"the one decree whose whole subject is the title's topic, no policy among the bases",
     "nghị định duy nhất có toàn bộ nội dung là chủ đề của trích yếu, các căn cứ không có văn bản chính sách nào"),
    (r"the one decree whose subject holds every word of the title's topic, no policy among the bases",
     "nghị định duy nhất có nội dung chứa mọi từ của chủ đề trích yếu, các căn cứ không có văn bản chính sách nào"),
    (r"the document the title amends, which the text follows up \(no document is named as carried out\)",
     "văn bản mà trích yếu sửa đổi, được văn bản này tiếp nối (không văn bản nào được nêu là được thực hiện)"),
    (r"the ministry's decision announcing the administrative procedures this one lists",
     "quyết định của bộ công bố các thủ tục hành chính mà văn bản này liệt kê"),
    (r"the council's resolution on the socio-economic tasks of (?P<y>\d{4})",
     r"nghị quyết của Hội đồng nhân dân về nhiệm vụ phát triển kinh tế - xã hội năm \g<y>"),
    (r"the Government's programme carrying out (?P<n>\S+), which the bases also cite",
     r"chương trình hành động của Chính phủ thực hiện \g<n>, cũng được dẫn trong các căn cứ"),
    (r"of bases sharing as many topic words with the title, the one whose words run on longest with its own"
     r" \((?P<a>\d+) words, the next (?P<b>\d+)\)", r"trong các căn cứ có cùng số từ chung với trích yếu, căn cứ có chuỗi"
     r" từ trùng liền nhau dài nhất (\g<a> từ, căn cứ kế tiếp \g<b>)"),
    (r"the basis whose subject the title restates word for word", "căn cứ có nội dung được trích yếu nhắc lại nguyên văn"),
    (r"the one for the year the title names", "văn bản cho năm mà trích yếu nêu"),
    (r"\(named in a \"Thực hiện\" sentence\)", "(được nêu trong câu \"Thực hiện\")"),
    (r"whose subject the title takes up", "có nội dung được trích yếu nhắc lại"),
    (r"the preamble's \"Thực hiện\" names ", "câu \"Thực hiện\" của phần mở đầu nêu "),
    (r"rather than ", "thay vì "),
    (r", named first", ", văn bản được nêu đầu tiên"),
    (r": parent taken as ", ": lấy văn bản được thực hiện là "),
    (r"the copy prints '(?P<a>[^']+)'; read as ", r"bản sao in '\g<a>'; đọc là "),
    (r", which the web site's summary box gives", ", theo ô tóm tắt của trang web"),
    (r", as the copy lost its hyphens throughout \(its motto prints none\)",
     ", vì bản sao mất mọi dấu gạch nối (quốc hiệu cũng không có)"),
    (r"province inferred: (?P<d>.+?) is a district of (?P<p>.+?) \(the list of (?P<when>[^)]+)\); the header names no"
     r" province", r"tỉnh suy ra: \g<d> là đơn vị cấp huyện của \g<p> (danh sách \g<when>); phần đầu không nêu tỉnh"),
    (r"number '(?P<a>[^']+)' follows no known pattern \(e\.g\. (?P<b>[^)]+)\)",
     r"số '\g<a>' không theo mẫu nào đã biết (ví dụ \g<b>)"),
    (r"; did the copy lose a hyphen \((?P<a>[^)]+)\)\?", r"; bản sao có làm mất dấu gạch nối không (\g<a>)?"),
    (r"title of (?P<n>\d+) characters: it may run on into the preamble or the body \(a copy whose lines were run"
     r" together\?\)", r"trích yếu dài \g<n> ký tự: có thể lấn sang phần căn cứ hoặc nội dung (bản sao bị dồn dòng?)"),
    (r"issuer read with letters lost in the copy restored \(a font conversion drops some capitals\)",
     "cơ quan ban hành được đọc sau khi khôi phục các chữ bản sao làm mất (phông chữ chuyển đổi làm rơi một số chữ hoa)"),
    (r"completed from the code of the number \((?P<n>[^)]+)\): the header's cell was cut mid-name",
     r"bổ sung từ ký hiệu của số (\g<n>): ô ở phần đầu bị cắt giữa tên"),
    (r"completed from the authority line: the header's cell was cut mid-name",
     "bổ sung từ dòng thẩm quyền: ô ở phần đầu bị cắt giữa tên"),
    (r"inferred from the authority line under the title: no issuer cell",
     "suy ra từ dòng thẩm quyền dưới trích yếu: không có ô cơ quan ban hành"),
    (r"misprinted body name '(?P<a>[^']+)' read as ", r"tên cơ quan in sai '\g<a>', đọc là "),
    (r"inferred in part: header capitals naming the Committee's Chair but not its province \(completed from the text\)",
     "suy ra một phần: dòng chữ in hoa ở phần đầu nêu Chủ tịch Ủy ban nhưng không nêu tỉnh (bổ sung từ nội dung)"),
    (r"which the letter (?P<n>\S+) cited after \"Thực hiện\" asks to carry out",
     r"văn bản mà công văn \g<n> (được dẫn sau \"Thực hiện\") yêu cầu thực hiện"),
    (r"the approval of the task or outline of drawing up this very (?P<k>master plan|scheme|programme|plan)",
     lambda m: "văn bản phê duyệt nhiệm vụ hoặc đề cương lập chính " + {"master plan": "quy hoạch", "scheme": "đề án",
                                                                       "programme": "chương trình", "plan": "kế hoạch"}[m["k"]] + " này"),
    (r"the letter asking for a plan on the title's topic for (?P<y>\d{4})",
     r"công văn yêu cầu xây dựng kế hoạch về chủ đề của trích yếu cho năm \g<y>"),
    (r"the higher document issuing, under the same name, what this one issues for its own body",
     "văn bản cấp trên ban hành, cùng tên, điều mà văn bản này ban hành cho cơ quan mình"),
    (r"which issues what the title names", "văn bản ban hành điều mà trích yếu nêu"),
    (r"(?P<n>\S+), cited after \"Thực hiện\", follows it by name", r"\g<n>, được dẫn sau \"Thực hiện\", gọi nó theo tên"),
    (r"which is about the very topic the title names, with its place and period",
     "văn bản về đúng chủ đề trích yếu nêu, cùng địa bàn và thời kỳ"),
    (r"the body's own plan on the title's topic for (?P<y>\d{4})",
     r"kế hoạch của chính cơ quan về chủ đề của trích yếu cho năm \g<y>"),
    (r"the People's Council resolution on the title's subject", "nghị quyết của Hội đồng nhân dân về nội dung của trích yếu"),
    (r"the national document on it", "văn bản cấp quốc gia về nội dung đó"),
    (r"the plan of the same name the title mirrors", "kế hoạch cùng tên mà trích yếu nhắc lại"),
    (r"the issuer's own plan beside the Party committee's", "kế hoạch của chính cơ quan ban hành, bên cạnh kế hoạch của cấp ủy"),
    (r"the plan continues (?P<n>\S+), its body's earlier plan on the same subject",
     r"kế hoạch này tiếp nối \g<n>, kế hoạch trước đó của cơ quan về cùng nội dung"),
    (r"which approves what the plan and its body's earlier plan (?P<n>\S+) both carry out",
     r"văn bản phê duyệt điều mà cả kế hoạch này và kế hoạch trước đó \g<n> của cơ quan cùng thực hiện"),
    (r"a plan copied without the act issuing it: number and date inferred from its annex line, read as (?P<n>\S+), which"
     r" issues it", r"kế hoạch được sao chép không kèm văn bản ban hành nó: số và ngày suy ra từ dòng phụ lục, đọc là"
     r" \g<n>, văn bản ban hành kế hoạch"),
    (r"issuer inferred from the number's code \((?P<n>[^)]+)\), not read from a header",
     r"cơ quan ban hành suy ra từ ký hiệu của số (\g<n>), không đọc từ phần đầu văn bản"),
    (r"misprinted province '(?P<a>[^']+)' read as (?P<p>.+?), as the date line names it",
     r"tên tỉnh in sai '\g<a>', đọc là \g<p> như dòng địa danh, ngày tháng ghi"),
    (r"the text names its bodies at the level of a (?P<level>[^,]+?), but (?P<p>.+?), the place its date line names, is"
     r" not one: check the place and the issuer", r"văn bản gọi các cơ quan của mình ở cấp \g<level>, nhưng \g<p>, nơi"
     r" dòng địa danh, ngày tháng nêu, không phải cấp đó: hãy kiểm tra địa danh và cơ quan ban hành"),
    (r"number (?P<n>\S+) taken from the web site's heading above the copy, which prints none of its own",
     r"số \g<n> lấy từ tiêu đề trang web phía trên bản sao, vì bản sao không in số của mình"),
    (r", its code naming the ministry the header names", ", ký hiệu của nó nêu bộ mà phần đầu văn bản nêu"),
    (r"the one basis naming the title's topic \((?P<w>[^)]+)\)", r"căn cứ duy nhất nêu chủ đề của trích yếu (\g<w>)"),
    (r"inferred from the web site's heading above the copy, which prints no number",
     "suy ra từ tiêu đề trang web phía trên bản sao, vì bản sao không in số"),
    (r"the national rules on managing the national target programmes these rules are made within",
     "văn bản quy định cấp quốc gia về quản lý các chương trình mục tiêu quốc gia mà quy định này được ban hành trong đó"),
    (r"of bases sharing as many topic words with the title, the only one whose own subject the title holds",
     "trong các căn cứ có cùng số từ chung với trích yếu, căn cứ duy nhất có nội dung nằm trọn trong trích yếu"),
    (r"of bases sharing as many topic words with the title, the only one naming (?P<p>[^;]+)",
     r"trong các căn cứ có cùng số từ chung với trích yếu, căn cứ duy nhất nêu \g<p>"),
    (r"the one decree among the bases, besides those amending it, under which procedures are announced",
     "nghị định duy nhất trong các căn cứ (ngoài các văn bản sửa đổi nó) theo đó các thủ tục được công bố"),
    (r"the decree detailing the law whose very subject the plan is, which (?P<n>\S+) only urges on",
     r"nghị định hướng dẫn luật có đúng nội dung của kế hoạch, mà \g<n> chỉ đôn đốc thực hiện"),
    (r"the body's own programme carrying out (?P<n>\S+), ", r"chương trình của chính cơ quan thực hiện \g<n>, "),
    (r"the resolution setting up or reorganising the departments, one of which this document gives its functions",
     "nghị quyết thành lập hoặc tổ chức lại các cơ quan chuyên môn, trong đó có cơ quan mà văn bản này quy định chức"
     " năng, nhiệm vụ"),
    (r"the decision setting up or reshaping the very body whose working rules these are",
     "quyết định thành lập hoặc kiện toàn chính cơ quan có quy chế làm việc này"),
    (r"the letter it answers \(\"Phúc đáp \.\.\.\"\), at whose request it was written",
     "công văn mà văn bản này trả lời (\"Phúc đáp ...\"), theo đề nghị của công văn đó"),
    (r"the one on the title's subject for the year its title names", "văn bản về nội dung của trích yếu cho năm mà trích yếu nêu"),
    (r"\(among the bases after the \"Thực hiện\" sentences\)", "(trong các căn cứ, sau các câu \"Thực hiện\")"),
    (r"the only basis naming the title's whole topic; no policy basis names any of it",
     "căn cứ duy nhất nêu trọn chủ đề của trích yếu; không căn cứ chính sách nào nêu phần nào của chủ đề đó"),
    (r"issuer inferred from the number's code", "cơ quan ban hành suy ra từ ký hiệu của số"),
    # -- the closing request, last: other phrases end on it -------------------------------------------------------
    (r"; check it$", "; cần kiểm tra"),
    (r", check it$", ", cần kiểm tra"),
    (r": check it$", ": cần kiểm tra"),
]


def _title_source_vi(match: re.Match) -> str:
    source = match["source"]
    if source.startswith("the preamble"):
        return "câu ban hành kế hoạch ở phần mở đầu"
    if source.startswith("the plan its"):
        return f"kế hoạch mà Điều {match['n']} ban hành"
    if source.startswith("what its"):
        return f"nội dung mà Điều {match['m']} phê duyệt"
    if source.startswith("the rules its"):
        return f"quy định mà Điều {match['k']} ban hành"
    if source.startswith("the heading"):
        return "tiêu đề của kế hoạch được ban hành kèm theo"
    return "kế hoạch mà văn bản ban hành"


COMPILED = [(re.compile(english), vietnamese) for english, vietnamese in PHRASES]


def in_vietnamese(message: str) -> str:
    """The warning with each set phrase the table knows put into Vietnamese, its values as they were."""
    for english, vietnamese in COMPILED:
        message = english.sub(vietnamese, message)
    return message


def warning_place(line: int, lang: str) -> str:
    """Where a warning points, before its text: "dòng 15: " / "line 15: ", nothing for the whole document (line 0)."""
    return f"{'dòng' if lang == 'vi' else 'line'} {line}: " if line else ""


def warning_text(message: str, lang: str) -> str:
    """The warning in the interface language: ``vi`` or ``en`` (as the extractor wrote it)."""
    return in_vietnamese(message) if lang == "vi" else message
