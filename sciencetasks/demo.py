"""Demo S&T tasks faithful to the seeds, built through the services (so every figure comes from steps).

Bắc Kạn, 9 months of 2023 (seed 002, section A.III.2.a and footnotes 1, 2, 3, 5):
- 40 tasks managed = 31 carried over + 09 new. Carried over: 22 provincial, 06 rural-mountain programme
  (NTMN; 04 of them managed by the ministry and coordinated by the province, footnote 2), 02 national,
  01 IP programme (Bí xanh thơm geographical indication). New: 09 provincial, 07 contracted and 02
  supplementary tasks still being determined (Tôn giáo, Sâm).
- 04 accepted at provincial level, graded Khá (tăng huyết áp, hệ thống thông tin ngành nông nghiệp, Nấm
  Linh chi Vân chi, Vịt bầu cổ xanh); 02 results recognised (Hoài Sơn–Địa Hoàng, Pháp chế); 06 results
  registered (footnote 5). Bắc Kạn registers results before the Chairman recognises them, hence the
  organisation's `sciencetasks.pipeline` setting.
- 25 progress inspections of provincial tasks, 03 of national/NTMN tasks; extensions (Nấm Linh chi Vân chi,
  Vịt bầu cổ xanh, chủng vi sinh vật gốc, tuyên giáo cơ sở; dossier deadlines of tăng huyết áp and Thiên
  tai), change of coordinating organisation (Ngô sinh khối), change of leader (Thạch đen; Chè Shan Chợ Mới),
  adjustment (Hồng LT-1), stop (Men lá, by the Chairman; the cement-brick NTMN project, by the ministry),
  suspension (Bò Mông).
- 75 proposals for 2024 (agriculture 30, engineering and technology 20, medicine 12, social sciences 13),
  12 determination councils, 10 tasks determined; 25 council meetings in all (07 direct assignment, 05
  acceptance, 01 supplementary 2023, 12 for 2024).
Ninh Thuận, January 2024 (seed 004, footnote 7): 03 results registered.

Where the seeds are silent (names of some tasks, hosts, leaders, dates, amounts, certificate numbers) the
values are illustrative and say so in the task's note ("minh họa").
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction

from core.models import Membership, Organisation, Unit
from core.permissions import system_membership

from .choices import CouncilKind, CouncilRole, Field, Level, MoneyKind, StepKind, TaskType
from .models import Council, ScienceTask
from .services import (
    council_conclude, council_create, council_member_add, money_entry_add, science_task_create, science_task_step,
)
from .workflow import DEFAULT_PIPELINE

K = StepKind
d = dt.date
ILLUSTRATIVE = "Tên cơ quan, chủ nhiệm, ngày và kinh phí là số liệu minh họa (văn bản mẫu không nêu)."

BAC_KAN_PIPELINE = [step for step in DEFAULT_PIPELINE if step not in (K.RECOGNISE, K.REGISTER)]
BAC_KAN_PIPELINE.insert(BAC_KAN_PIPELINE.index(K.LIQUIDATE), K.REGISTER)
BAC_KAN_PIPELINE.insert(BAC_KAN_PIPELINE.index(K.LIQUIDATE), K.RECOGNISE)


def _provincial_start(year: int, number: int, *, select_on=None, mode="direct", contract_on=None, council=None):
    """The main pipeline of a provincial task up to "in progress", dated in the year before `year`."""
    contract_on = contract_on or d(year, 1, 10 + number % 15)
    select_on = select_on or d(year - 1, 10, 5 + number % 20)
    return [
        (K.DETERMINE, d(year - 1, 6, 20), {}),
        (K.APPROVE_LIST, d(year - 1, 8, 25), {"decision_number": f"{1400 + year % 100}/QĐ-UBND",
                                              "decision_date": d(year - 1, 8, 25), "decision_signer": "Chủ tịch UBND tỉnh"}),
        (K.SELECT, select_on, {"variant": mode, "council": council}),
        (K.APPRAISE, select_on + dt.timedelta(days=20), {}),
        (K.APPROVE, select_on + dt.timedelta(days=40), {"decision_number": f"{2000 + number}/QĐ-UBND",
                                                        "decision_date": select_on + dt.timedelta(days=40),
                                                        "decision_signer": "Chủ tịch UBND tỉnh"}),
        (K.SIGN_CONTRACT, contract_on, {"decision_number": f"{number:02d}/{year}/HĐ-KHCN", "decision_date": contract_on}),
        (K.START, contract_on, {}),
    ]


def _accepted_earlier(start, year_accepted, number, grade="dat"):
    return _provincial_start(start, number) + [
        (K.SUBMIT_DOSSIER, d(year_accepted, 8, 10), {}),
        (K.BASE_ACCEPT, d(year_accepted, 9, 5), {}),
        (K.ACCEPT, d(year_accepted, 10, 5 + number % 20), {"grade": grade}),
    ]


def _register(day, number):
    return (K.REGISTER, day, {"certificate_number": f"{number:02d}/2023/GCN-SKHCN", "certificate_date": day,
                              "decision_signer": "Giám đốc Sở KH&CN"})


def _inspect(day, kind="periodic"):
    return (K.INSPECT, day, {"variant": kind, "findings": "Thực hiện cơ bản đúng tiến độ, nội dung thuyết minh."})


def _extend(day, new_end, kind="implementation", number=""):
    return (K.EXTEND, day, {"variant": kind, "new_end_date": new_end, "decision_number": number,
                            "decision_date": day if number else None, "decision_signer": "Giám đốc Sở KH&CN" if number else ""})


HOST_TTUD = "Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ Bắc Kạn"

# (code, short name, title, type, field, start year, host, leader, events, extra values)
BK_PROVINCIAL = [
    ("BK-2021-03", "Tăng huyết áp", "Xây dựng mô hình quản lý người bệnh tăng huyết áp và đái tháo đường theo nguyên lý y học gia đình tại tỉnh Bắc Kạn",
     TaskType.DU_AN_KHCN, Field.Y_DUOC, 2021, "Sở Y tế tỉnh Bắc Kạn", "Hoàng Thị Thu",
     _provincial_start(2021, 3) + [
         _extend(d(2023, 1, 16), d(2023, 3, 31), "dossier", "15/QĐ-SKHCN"),
         (K.SUBMIT_DOSSIER, d(2023, 3, 28), {}), (K.BASE_ACCEPT, d(2023, 4, 12), {}),
         (K.ACCEPT, d(2023, 5, 12), {"grade": "kha", "council": "acceptance:BK-2021-03"}),
         _register(d(2023, 7, 5), 4)]),
    ("BK-2021-05", "Hệ thống thông tin ngành nông nghiệp", "Xây dựng hệ thống thông tin phục vụ quản lý, chỉ đạo điều hành ngành nông nghiệp tỉnh Bắc Kạn",
     TaskType.DU_AN_KHCN, Field.KY_THUAT, 2021, "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Kạn", "Nông Văn Dũng",
     _provincial_start(2021, 5) + [
         (K.SUBMIT_DOSSIER, d(2023, 4, 20), {}), (K.BASE_ACCEPT, d(2023, 5, 10), {}),
         (K.ACCEPT, d(2023, 6, 15), {"grade": "kha", "council": "acceptance:BK-2021-05"})]),
    ("BK-2021-07", "Nấm Linh chi Vân chi", "Ứng dụng công nghệ sinh học xây dựng mô hình nuôi trồng nấm dược liệu Linh Chi (Ganoderma lucidum), nấm Vân Chi (Trametes versicolor) từ nguyên liệu ngọn, cành, mùn cưa cây Keo tại tỉnh Bắc Kạn",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2021, HOST_TTUD, "Đinh Thị Hương",
     _provincial_start(2021, 7) + [
         _extend(d(2023, 1, 20), d(2023, 4, 30), "implementation", "21/QĐ-SKHCN"),
         (K.SUBMIT_DOSSIER, d(2023, 5, 8), {}), (K.BASE_ACCEPT, d(2023, 5, 30), {}),
         (K.ACCEPT, d(2023, 7, 6), {"grade": "kha", "council": "acceptance:BK-2021-07"})]),
    ("BK-2021-08", "Vịt bầu cổ xanh", "Ứng dụng tiến bộ khoa học kỹ thuật xây dựng mô hình chăn nuôi vịt bầu cổ xanh tại tỉnh Bắc Kạn",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2021, "Hợp tác xã Nông nghiệp Ngọc Hải", "Lý Văn Thành",
     _provincial_start(2021, 8) + [
         _extend(d(2023, 2, 6), d(2023, 5, 31), "implementation", "32/QĐ-SKHCN"),
         _inspect(d(2023, 3, 15)),
         (K.SUBMIT_DOSSIER, d(2023, 6, 12), {}), (K.BASE_ACCEPT, d(2023, 7, 3), {}),
         (K.ACCEPT, d(2023, 8, 10), {"grade": "kha", "council": "acceptance:BK-2021-08"})]),
    ("BK-2020-02", "Hoài Sơn, Địa Hoàng", "Ứng dụng khoa học và công nghệ xây dựng mô hình trồng và chế biến dược liệu (Hoài Sơn và Địa Hoàng) theo chuỗi giá trị tại Bắc Kạn",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2020, "Công ty Cổ phần Dược liệu Bắc Kạn", "Triệu Thị Mai",
     _accepted_earlier(2020, 2022, 2) + [_register(d(2023, 3, 14), 1),
                                   (K.RECOGNISE, d(2023, 4, 20), {"decision_number": "652/QĐ-UBND", "decision_date": d(2023, 4, 20),
                                                                   "decision_signer": "Chủ tịch UBND tỉnh"})]),
    ("BK-2021-01", "Pháp chế", "Nâng cao chất lượng công tác pháp chế phục vụ phát triển kinh tế - xã hội trên địa bàn tỉnh Bắc Kạn",
     TaskType.DE_TAI, Field.XA_HOI, 2021, "Sở Tư pháp tỉnh Bắc Kạn", "Hà Văn Lực",
     _accepted_earlier(2021, 2022, 11) + [_register(d(2023, 2, 21), 2),
                                    (K.RECOGNISE, d(2023, 3, 30), {"decision_number": "498/QĐ-UBND", "decision_date": d(2023, 3, 30),
                                                                    "decision_signer": "Chủ tịch UBND tỉnh"})]),
    ("BK-2020-04", "Cam sành", "Ứng dụng khoa học và công nghệ phát triển cây cam sành tại Bắc Kạn",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2020, "Trung tâm Dịch vụ nông nghiệp huyện Bạch Thông", "Ma Văn Hùng",
     _accepted_earlier(2020, 2022, 4) + [_register(d(2023, 5, 9), 3)]),
    ("BK-2020-06", "Gừng trâu, củ kiệu, dưa chuột Nhật Bản", "Nghiên cứu trồng thử nghiệm gừng trâu, củ kiệu, dưa chuột giống Nhật Bản làm nguyên liệu cho Công ty TNHH Việt Nam MISAKI",
     TaskType.DE_TAI, Field.NONG_NGHIEP, 2020, "Công ty TNHH Việt Nam MISAKI", "Nguyễn Văn Toàn",
     _accepted_earlier(2020, 2022, 6) + [_register(d(2023, 6, 20), 5)]),
    ("BK-2021-02", "Tự chủ đơn vị sự nghiệp", "Nghiên cứu đề xuất giải pháp thực hiện cơ chế tự chủ trong các đơn vị sự nghiệp công lập cấp tỉnh trên địa bàn tỉnh Bắc Kạn",
     TaskType.DE_TAI, Field.XA_HOI, 2021, "Sở Nội vụ tỉnh Bắc Kạn", "Hoàng Văn Bình",
     _accepted_earlier(2021, 2022, 12) + [_register(d(2023, 8, 22), 6)]),
    ("BK-2022-01", "Men lá", "Nghiên cứu bảo tồn và phát triển men lá truyền thống của đồng bào dân tộc tại Bắc Kạn",
     TaskType.DE_TAI, Field.NONG_NGHIEP, 2022, "Trường Cao đẳng Bắc Kạn", "Lục Thị Nga",
     _provincial_start(2022, 21) + [
         (K.STOP, d(2023, 6, 26), {"decision_number": "1105/QĐ-UBND", "decision_date": d(2023, 6, 26),
                                   "decision_signer": "Chủ tịch UBND tỉnh", "note": "Dừng thực hiện đề tài theo đề nghị của Sở KH&CN."})]),
    ("BK-2022-02", "Ngô sinh khối", "Ứng dụng tiến bộ kỹ thuật xây dựng mô hình trồng ngô sinh khối làm thức ăn chăn nuôi tại Bắc Kạn",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Trung tâm Khuyến nông tỉnh Bắc Kạn", "Bế Văn Khánh",
     _provincial_start(2022, 22) + [
         _inspect(d(2023, 3, 9)),
         (K.CHANGE_COORDINATOR, d(2023, 4, 18), {"new_value": "Hợp tác xã Nông nghiệp Thanh Vận", "decision_number": "88/QĐ-SKHCN",
                                                 "decision_date": d(2023, 4, 18), "decision_signer": "Giám đốc Sở KH&CN"}),
         _inspect(d(2023, 8, 22))]),
    ("BK-2022-03", "Thạch đen", "Ứng dụng tiến bộ khoa học và công nghệ xây dựng mô hình trồng, chế biến cây thạch đen tại huyện Na Rì",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Trung tâm Dịch vụ nông nghiệp huyện Na Rì", "Nông Thị Hoa",
     _provincial_start(2022, 23) + [
         _inspect(d(2023, 3, 21)),
         (K.CHANGE_LEADER, d(2023, 5, 16), {"new_value": "Hoàng Văn Quân", "decision_number": "102/QĐ-SKHCN",
                                           "decision_date": d(2023, 5, 16), "decision_signer": "Giám đốc Sở KH&CN"}),
         _inspect(d(2023, 9, 7), "unscheduled")]),
    ("BK-2021-09", "Chủng vi sinh vật gốc", "Nghiên cứu tuyển chọn chủng vi sinh vật gốc và sản xuất thử nghiệm chế phẩm sinh học phục vụ sản xuất rau, quả hữu cơ tại tỉnh Bắc Kạn",
     TaskType.DE_TAI, Field.NONG_NGHIEP, 2021, HOST_TTUD, "Phạm Thị Thanh",
     _provincial_start(2021, 9) + [
         _extend(d(2023, 3, 2), d(2023, 8, 31), "implementation", "41/QĐ-SKHCN"),
         _inspect(d(2023, 6, 14)),
         (K.SUBMIT_DOSSIER, d(2023, 9, 18), {"note": "Hoàn thiện hồ sơ, đề nghị nghiệm thu cấp tỉnh."})]),
    ("BK-2021-10", "Tuyên giáo cơ sở", "Nâng cao chất lượng công tác tuyên giáo cơ sở trên địa bàn tỉnh Bắc Kạn",
     TaskType.DE_TAI, Field.XA_HOI, 2021, "Ban Tuyên giáo Tỉnh ủy Bắc Kạn", "Đàm Văn Tuấn",
     _provincial_start(2021, 10) + [
         _extend(d(2023, 4, 10), d(2023, 11, 30), "implementation", "70/QĐ-SKHCN"), _inspect(d(2023, 7, 12))]),
    ("BK-2022-04", "Chuối tây", "Ứng dụng khoa học và công nghệ phát triển cây chuối tây theo chuỗi giá trị tại Bắc Kạn",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Trung tâm Dịch vụ nông nghiệp huyện Chợ Mới", "Hà Thị Lan",
     _provincial_start(2022, 24) + [_inspect(d(2023, 4, 5)), _inspect(d(2023, 8, 16), "unscheduled")]),
    ("BK-2022-05", "Hệ thống TTHTX", "Xây dựng hệ thống thông tin hỗ trợ quản lý hợp tác xã trên địa bàn tỉnh Bắc Kạn",
     TaskType.DU_AN_KHCN, Field.KY_THUAT, 2022, "Liên minh Hợp tác xã tỉnh Bắc Kạn", "Lâm Văn Hải",
     _provincial_start(2022, 25) + [_inspect(d(2023, 4, 12)), _inspect(d(2023, 8, 29))]),
    ("BK-2022-06", "Cà gai leo", "Ứng dụng tiến bộ khoa học kỹ thuật xây dựng mô hình trồng cây Cà gai leo tại Bắc Kạn (10 ha)",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Công ty TNHH Dược liệu Ba Bể", "Dương Văn Phúc",
     _provincial_start(2022, 26) + [_inspect(d(2023, 5, 4)), _inspect(d(2023, 9, 12), "unscheduled")]),
    ("BK-2022-07", "Đào toáng", "Nghiên cứu và phát triển cây Đào toáng tại xã Nam Cường, huyện Chợ Đồn",
     TaskType.DE_TAI, Field.NONG_NGHIEP, 2022, "Trung tâm Dịch vụ nông nghiệp huyện Chợ Đồn", "Triệu Văn Sinh",
     _provincial_start(2022, 27) + [_inspect(d(2023, 6, 7))]),
    ("BK-2022-08", "Lan Kim Tuyền", "Nhân giống và xây dựng mô hình trồng lan Kim Tuyền dưới tán rừng tại Bắc Kạn (minh họa)",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, HOST_TTUD, "Hoàng Thị Yến",
     _provincial_start(2022, 28) + [_inspect(d(2023, 5, 25))]),
    ("BK-2022-09", "Miến dong", "Hoàn thiện quy trình chế biến miến dong an toàn tại Bắc Kạn (minh họa)",
     TaskType.DU_AN_SXTN, Field.KY_THUAT, 2022, "Hợp tác xã Phúc Lộc", "Nông Văn Lộc",
     _provincial_start(2022, 29) + [_inspect(d(2023, 6, 20))]),
    ("BK-2022-10", "Lúa Khẩu Nua Lếch", "Phục tráng và phát triển giống lúa nếp Khẩu Nua Lếch tại Bắc Kạn (minh họa)",
     TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Trung tâm Giống cây trồng tỉnh Bắc Kạn", "Lường Văn Tâm",
     _provincial_start(2022, 30) + [_inspect(d(2023, 7, 19), "unscheduled")]),
    ("BK-2022-11", "Y học cổ truyền", "Đánh giá thực trạng và giải pháp phát triển y học cổ truyền tuyến cơ sở tại Bắc Kạn (minh họa)",
     TaskType.DE_TAI, Field.Y_DUOC, 2022, "Bệnh viện Y dược cổ truyền tỉnh Bắc Kạn", "Vi Thị Thảo",
     _provincial_start(2022, 31) + [_inspect(d(2023, 7, 26))]),
]

BK_OTHER = [  # (code, short, title, level, type, field, start year, host, leader, coordinated, events)
    ("BK-QG-01", "Thiên tai Ba Bể", "Nghiên cứu giải pháp ứng phó với một số thiên tai trên địa bàn khu vực hồ Ba Bể, tỉnh Bắc Kạn",
     Level.QUOC_GIA, TaskType.DE_TAI, Field.TU_NHIEN, 2021, "Viện Địa lý - Viện Hàn lâm KH&CN Việt Nam", "Vũ Văn Phái", False,
     [_extend(d(2023, 2, 20), d(2023, 6, 30), "dossier", "37/QĐ-SKHCN"), (K.SUBMIT_DOSSIER, d(2023, 6, 26), {}),
      (K.BASE_ACCEPT, d(2023, 8, 15), {"council": "acceptance:BK-QG-01",
                                       "note": "Nghiệm thu cấp tỉnh; đôn đốc cơ quan chủ trì hoàn thiện hồ sơ để nghiệm thu cấp quốc gia."})]),
    ("BK-QG-02", "Sản phẩm đặc thù hồ Ba Bể", "Nghiên cứu phát triển các sản phẩm nông, lâm nghiệp đặc thù theo chuỗi giá trị phục vụ du lịch khu vực vùng Hồ Ba Bể và vùng phụ cận",
     Level.QUOC_GIA, TaskType.DE_TAI, Field.NONG_NGHIEP, 2022, "Viện Nghiên cứu và Phát triển vùng", "Nguyễn Thị Hằng", False,
     [_inspect(d(2023, 6, 28))]),
    ("BK-NTMN-01", "Gạch xi măng-cốt liệu", "Ứng dụng tiến bộ KH&CN trong sản xuất gạch xi măng-cốt liệu từ nguồn đá mạt và các nguyên liệu sẵn có ở tỉnh Bắc Kạn",
     Level.NONG_THON_MIEN_NUI, TaskType.DU_AN_KHCN, Field.KY_THUAT, 2021, "Công ty Cổ phần Vật liệu xây dựng Bắc Kạn", "Trần Văn Long", True,
     [(K.STOP, d(2023, 5, 15), {"decision_number": "1021/QĐ-BKHCN", "decision_date": d(2023, 5, 15),
                                "decision_signer": "Bộ trưởng Bộ Khoa học và Công nghệ", "note": "Chấm dứt Hợp đồng từ tháng 5/2023 theo Quyết định của Bộ KH&CN."})]),
    ("BK-NTMN-02", "Quýt, mơ cô đặc JEVA", "Ứng dụng khoa học công nghệ xây dựng mô hình chế biến quýt, mơ của Bắc Kạn theo công nghệ cô đặc tại nhiệt độ thấp và áp suất thường (JEVA) để tạo ra sản phẩm mới phục vụ thị trường nội địa và hướng tới xuất khẩu",
     Level.NONG_THON_MIEN_NUI, TaskType.DU_AN_KHCN, Field.KY_THUAT, 2022, "Công ty TNHH Thực phẩm Bắc Kạn", "Lê Văn Quang", True, []),
    ("BK-NTMN-03", "Lợn địa phương", "Ứng dụng tiến bộ khoa học kỹ thuật xây dựng mô hình phát triển chuỗi sản xuất và tiêu thụ sản phẩm chăn nuôi lợn địa phương tại Bắc Kạn",
     Level.NONG_THON_MIEN_NUI, TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Công ty Cổ phần Nông nghiệp Bắc Kạn", "Hoàng Văn Tùng", True, []),
    ("BK-NTMN-04", "Mơ vàng", "Ứng dụng tiến bộ khoa học và công nghệ xây dựng mô hình phát triển cây mơ vàng tạo vùng nguyên liệu phục vụ chế biến xuất khẩu tại Bắc Kạn",
     Level.NONG_THON_MIEN_NUI, TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Hợp tác xã Mơ vàng Ba Bể", "Đặng Văn Hòa", True, []),
    ("BK-NTMN-05", "Hồng LT-1", "Ứng dụng tiến bộ khoa học và công nghệ phát triển giống hồng không hạt LT-1 tại Bắc Kạn",
     Level.NONG_THON_MIEN_NUI, TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Trung tâm Dịch vụ nông nghiệp huyện Bạch Thông", "Nông Văn Chung", False,
     [(K.ADJUST, d(2023, 3, 22), {"decision_number": "59/QĐ-SKHCN", "decision_date": d(2023, 3, 22),
                                  "decision_signer": "Giám đốc Sở KH&CN", "note": "Điều chỉnh thuyết minh dự án."}),
      _inspect(d(2023, 5, 17))]),
    ("BK-NTMN-06", "Chè Shan Chợ Mới", "Ứng dụng tiến bộ khoa học công nghệ xây dựng mô hình trồng, thâm canh và chế biến sản phẩm chè Shan tuyết tại huyện Chợ Mới",
     Level.NONG_THON_MIEN_NUI, TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Hợp tác xã Chè Shan tuyết Chợ Mới", "Lương Thị Bích", False,
     [(K.CHANGE_LEADER, d(2023, 4, 24), {"new_value": "Ma Thị Thu", "decision_number": "81/QĐ-SKHCN",
                                        "decision_date": d(2023, 4, 24), "decision_signer": "Giám đốc Sở KH&CN"}),
      (K.ADJUST, d(2023, 4, 24), {"note": "Bổ sung địa điểm thực hiện dự án."}),
      _inspect(d(2023, 8, 9))]),
    ("BK-SHTT-01", "Bí xanh thơm", "Xây dựng, quản lý và phát triển chỉ dẫn địa lý Bí xanh thơm Bắc Kạn",
     Level.TAI_SAN_TRI_TUE, TaskType.DU_AN_KHCN, Field.NONG_NGHIEP, 2022, "Viện Thổ nhưỡng Nông hóa", "Trần Minh Tiến", False, []),
]

BK_NEW_2023 = [  # 07 contracted (illustrative names), selected by direct assignment in 2023
    ("BK-2023-01", "Lúa chất lượng cao", "Ứng dụng tiến bộ kỹ thuật sản xuất lúa chất lượng cao theo chuỗi liên kết tại Bắc Kạn (minh họa)", TaskType.DU_AN_KHCN, Field.NONG_NGHIEP),
    ("BK-2023-02", "Dê núi", "Xây dựng mô hình chăn nuôi dê núi theo hướng hàng hóa tại Bắc Kạn (minh họa)", TaskType.DU_AN_KHCN, Field.NONG_NGHIEP),
    ("BK-2023-03", "Khôi nhung", "Nhân giống và trồng thử nghiệm cây khôi nhung tía dưới tán rừng (minh họa)", TaskType.DE_TAI, Field.NONG_NGHIEP),
    ("BK-2023-04", "Bưởi Bắc Kạn", "Phục tráng và phát triển giống bưởi đặc sản tại Bắc Kạn (minh họa)", TaskType.DU_AN_KHCN, Field.NONG_NGHIEP),
    ("BK-2023-05", "Sàng lọc trước sinh", "Ứng dụng kỹ thuật sàng lọc trước sinh và sơ sinh tại tỉnh Bắc Kạn (minh họa)", TaskType.DE_TAI, Field.Y_DUOC),
    ("BK-2023-06", "Bản đồ số du lịch", "Xây dựng bản đồ số du lịch tỉnh Bắc Kạn (minh họa)", TaskType.DU_AN_KHCN, Field.KY_THUAT),
    ("BK-2023-07", "Văn hóa Tày", "Bảo tồn và phát huy giá trị văn hóa truyền thống dân tộc Tày tại Bắc Kạn (minh họa)", TaskType.DE_TAI, Field.XA_HOI),
]
BK_SUPPLEMENTARY_2023 = [
    ("BK-2023-08", "Tôn giáo", "Nghiên cứu tình hình hoạt động tôn giáo và giải pháp quản lý nhà nước về tôn giáo trên địa bàn tỉnh Bắc Kạn", TaskType.DE_TAI, Field.XA_HOI),
    ("BK-2023-09", "Sâm", "Nghiên cứu tuyển chọn và phát triển cây sâm dược liệu tại Bắc Kạn", TaskType.DE_TAI, Field.NONG_NGHIEP),
]

PROPOSAL_FIELDS = [(Field.NONG_NGHIEP, 30, 4, 4), (Field.KY_THUAT, 20, 3, 3), (Field.Y_DUOC, 12, 1, 2), (Field.XA_HOI, 13, 2, 3)]
# field, proposals, determined, councils  → 75 proposals, 10 determined, 12 councils
PROPOSAL_FIELD_NAMES = {Field.NONG_NGHIEP: "nông nghiệp", Field.KY_THUAT: "kỹ thuật và công nghệ",
                        Field.Y_DUOC: "y, dược", Field.XA_HOI: "xã hội"}

NT_REGISTERED = [
    ("NT-2021-02", "Nho không hạt NH04-61, NH04-128", "Trồng thử nghiệm hai giống nho không hạt NH04-61 và NH04-128 tại Ninh Thuận theo hướng VietGAP",
     Field.NONG_NGHIEP, "Viện Nghiên cứu Bông và Phát triển nông nghiệp Nha Hố", d(2024, 1, 5)),
    ("NT-2021-04", "Chuối cô đơn", "Nghiên cứu nhân giống và phát triển các sản phẩm từ hạt “Chuối cô đơn” tỉnh Ninh Thuận",
     Field.NONG_NGHIEP, "Trường Đại học Nông Lâm TP. Hồ Chí Minh - Phân hiệu Ninh Thuận", d(2024, 1, 9)),
    ("NT-2021-05", "Phân vùng khô hạn", "Nghiên cứu phân vùng khô hạn và đề xuất các giải pháp phòng chống, thích ứng với hạn hán trong bối cảnh biến đổi khí hậu và thời tiết cực đoan trên địa bàn tỉnh Ninh Thuận",
     Field.TU_NHIEN, "Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu", d(2024, 1, 11)),
]

COUNCIL_MEMBERS = [
    ("Nguyễn Đình Điệp", "Giám đốc Sở Khoa học và Công nghệ", CouncilRole.CHAIR, "ThS."),
    ("Trần Văn Hưng", "Trường Đại học Nông Lâm Thái Nguyên", CouncilRole.REVIEWER, "PGS.TS."),
    ("Lê Thị Hạnh", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Kạn", CouncilRole.REVIEWER, "TS."),
    ("Hoàng Văn Định", "Sở Tài chính tỉnh Bắc Kạn", CouncilRole.MEMBER, "ThS."),
    ("Lường Thị Mai", "Phòng Quản lý Khoa học, Sở KH&CN Bắc Kạn", CouncilRole.SECRETARY, "ThS."),
]


def _actor(organisation):
    """The QLKH officer records the demo's steps (the system actor when the organisation has none)."""
    membership = Membership.objects.filter(organisation=organisation, unit__code="qlkh").select_related("user").first()
    return membership or system_membership(organisation)


def _apply(task, events, actor, councils):
    for kind, day, extra in sorted(events, key=lambda event: event[1]):
        extra = dict(extra)
        council_key = extra.pop("council", None)
        science_task_step(task=task, kind=kind, date=day, actor=actor,
                          council=councils.get(council_key) if isinstance(council_key, str) else council_key, **extra)


def _council(organisation, unit, actor, key, councils, *, kind, name, meeting_date, tasks, decision_number,
             members=False, grade="", conclusion=""):
    council = Council.objects.filter(organisation=organisation, name=name).first()
    if council is None:
        council = council_create(
            actor=actor, kind=kind, name=name, tasks=tasks, managing_unit=unit,
            decision_number=decision_number, decision_date=meeting_date - dt.timedelta(days=7),
            decision_signer="Giám đốc Sở KH&CN" if kind != CouncilKind.DETERMINATION else "Chủ tịch UBND tỉnh",
            planned_date=meeting_date,
        )
        if members:
            for full_name, workplace, role, title in COUNCIL_MEMBERS:
                council_member_add(council=council, actor=actor, full_name=full_name, role=role, workplace=workplace,
                                   academic_title=title)
        council_conclude(council=council, actor=actor, meeting_date=meeting_date,
                         conclusion=conclusion or "Hội đồng thống nhất thông qua.", grade=grade)
    councils[key] = council
    return council


# seed 000, section 2.1: the four councils Quảng Trị's Phòng QLKH convened in February 2025, as their founding
# decisions name them (decision numbers and days are illustrative: the seed gives none). The tasks they reviewed
# are not entered: the seed names them but says nothing else about them.
QT_COUNCILS_2025 = [
    (CouncilKind.OTHER, d(2025, 2, 5), "Hội đồng KH&CN tư vấn đánh giá, kiểm tra định kỳ đối với nhiệm vụ KH&CN “Xây "
     "dựng mô hình “Xã thông minh” dựa vào KH&CN, đổi mới sáng tạo từ cộng đồng dân cư nông thôn gắn với chuyển đổi số "
     "vùng sản xuất sản phẩm đặc thù tại tỉnh Quảng Trị”"),
    (CouncilKind.OTHER, d(2025, 2, 7), "Hội đồng KH&CN tư vấn đánh giá, kiểm tra mô hình thuộc nhiệm vụ KH&CN “Nghiên "
     "cứu ứng dụng chế phẩm vi sinh để xử lý chất thải”"),
    (CouncilKind.ACCEPTANCE, d(2025, 2, 11), "Hội đồng KH&CN đánh giá, nghiệm thu kết quả thực hiện các nhiệm vụ dịch "
     "vụ sự nghiệp công năm 2024 của 02 đơn vị sự nghiệp trực thuộc Sở"),
    (CouncilKind.ACCEPTANCE, d(2025, 2, 13), "Hội đồng KH&CN tư vấn đánh giá, nghiệm thu kết quả thực hiện nhiệm vụ "
     "KH&CN “Nghiên cứu ứng dụng chế phẩm vi sinh để xử lý chất thải rắn trong chế biến chuỗi sây kết hợp vỏ cá phê "
     "làm phân bón hữu cơ sinh học tại huyện Hương Hóa”"),
]


def _load_quang_tri(org):
    unit = Unit.objects.filter(organisation=org, code="qlkh").first()
    actor = _actor(org)
    councils = {}
    for number, (kind, meeting, name) in enumerate(QT_COUNCILS_2025, 1):
        _council(org, unit, actor, name, councils, kind=kind, name=name, meeting_date=meeting, tasks=[],
                 decision_number=f"{20 + number}/QĐ-SKHCN",
                 conclusion="Hội đồng thống nhất thông qua (minh họa: seed 000 không nêu kết luận).")


@transaction.atomic
def load(stdout=None):
    quang_tri = Organisation.objects.filter(code="quang-tri").first()
    if quang_tri is not None:
        _load_quang_tri(quang_tri)
    bac_kan = Organisation.objects.filter(code="bac-kan").first()
    if bac_kan is not None:
        _load_bac_kan(bac_kan)
    ninh_thuan = Organisation.objects.filter(code="ninh-thuan").first()
    if ninh_thuan is not None:
        _load_ninh_thuan(ninh_thuan)
    if stdout:
        stdout.write(f"  {ScienceTask.objects.count()} nhiệm vụ KH&CN, {Council.objects.count()} hội đồng")


def _create(organisation, actor, unit, code, *, date, state, values, note=ILLUSTRATIVE):
    return science_task_create(
        actor=actor, date=date, state=state,
        values={"code": code, "managing_unit": unit, "note": note, **values},
    )


def _load_bac_kan(org):
    settings = dict(org.settings or {})
    if settings.get("sciencetasks.pipeline") != BAC_KAN_PIPELINE:
        settings["sciencetasks.pipeline"] = BAC_KAN_PIPELINE
        org.settings = settings
        org.save()
    unit = Unit.objects.filter(organisation=org, code="qlkh").first()
    actor = _actor(org)
    existing = set(ScienceTask.objects.filter(organisation=org).values_list("code", flat=True))
    councils: dict[str, Council] = {c.name: c for c in Council.objects.filter(organisation=org)}

    # --- carried over: 22 provincial -------------------------------------------------------------------------
    for number, (code, short, title, task_type, field, start_year, host, leader, events) in enumerate(BK_PROVINCIAL, 1):
        if code in existing:
            continue
        budget = 600_000_000 + number * 37_000_000
        task = _create(org, actor, unit, code, date=d(start_year - 1, 3, 15), state="proposed", values={
            "title": title, "short_name": short, "level": Level.TINH, "task_type": task_type, "field": field,
            "start_year": start_year, "host_organisation": host, "leader_name": leader, "proposer": host,
            "planned_start": d(start_year, 1, 15), "planned_end": d(start_year + 1, 12, 31),
            "budget_total": budget + 100_000_000, "budget_state": budget, "budget_other": 100_000_000,
            "budget_state_by_year": {str(start_year): budget // 2, str(start_year + 1): budget - budget // 2},
        })
        for kind, meeting, extra in events:
            key = extra.get("council")
            if isinstance(key, str) and key.startswith("acceptance:") and key not in councils:
                _council(org, unit, actor, extra["council"], councils, kind=CouncilKind.ACCEPTANCE,
                         name=f"Hội đồng nghiệm thu cấp tỉnh: {short}", meeting_date=meeting, tasks=[task],
                         decision_number=f"{100 + number}/QĐ-SKHCN", members=True, grade=extra.get("grade", ""),
                         conclusion=f"Nghiệm thu, xếp loại {'Khá' if extra.get('grade') == 'kha' else 'Đạt'}.")
        _apply(task, events, actor, councils)

    # --- carried over: national, NTMN, IP ----------------------------------------------------------------------
    for code, short, title, level, task_type, field, start_year, host, leader, coordinated, events in BK_OTHER:
        if code in existing:
            continue
        task = _create(org, actor, unit, code, date=d(start_year, 3, 1), state="in_progress", values={
            "title": title, "short_name": short, "level": level, "task_type": task_type, "field": field,
            "start_year": start_year, "host_organisation": host, "leader_name": leader, "coordinated_only": coordinated,
            "origin": "khac", "planned_start": d(start_year, 3, 1), "planned_end": d(start_year + 2, 2, 28),
        })
        for kind, day, extra in events:
            key = extra.get("council")
            if isinstance(key, str) and key not in councils:
                _council(org, unit, actor, key, councils, kind=CouncilKind.ACCEPTANCE,
                         name=f"Hội đồng nghiệm thu cấp tỉnh: {short}", meeting_date=day, tasks=[task],
                         decision_number="160/QĐ-SKHCN", members=True, conclusion="Đạt yêu cầu ở cấp tỉnh.")
        _apply(task, events, actor, councils)

    # --- new in 2023: 07 contracted after direct assignment, 02 supplementary being determined ------------------
    for number, (code, short, title, task_type, field) in enumerate(BK_NEW_2023, 1):
        if code in existing:
            continue
        task = _create(org, actor, unit, code, date=d(2022, 3, 10), state="proposed", values={
            "title": title, "short_name": short, "level": Level.TINH, "task_type": task_type, "field": field,
            "start_year": 2023, "host_organisation": f"Đơn vị chủ trì nhiệm vụ {short} (minh họa)",
            "leader_name": f"Chủ nhiệm {short}", "planned_start": d(2023, 6, 1), "planned_end": d(2025, 5, 31),
            "budget_total": 800_000_000, "budget_state": 800_000_000,
        })
        select_on = d(2023, 2, 6 + number * 3)
        council = _council(org, unit, actor, f"direct:{code}", councils, kind=CouncilKind.DIRECT,
                           name=f"Hội đồng tư vấn giao trực tiếp: {short}", meeting_date=select_on, tasks=[task],
                           decision_number=f"{20 + number}/QĐ-SKHCN")
        events = _provincial_start(2023, 40 + number, select_on=select_on, contract_on=d(2023, 6, number + 1), council=council)
        events += [_inspect(d(2023, 8, 1 + number * 3), "unscheduled" if number == 7 else "periodic")]
        _apply(task, events, actor, councils)
    supplementary = []
    for code, short, title, task_type, field in BK_SUPPLEMENTARY_2023:
        if code in existing:
            continue
        supplementary.append(_create(org, actor, unit, code, date=d(2023, 5, 15), state="proposed", values={
            "title": title, "short_name": short, "level": Level.TINH, "task_type": task_type, "field": field,
            "start_year": 2023, "proposer": "Ban Dân vận Tỉnh ủy" if short == "Tôn giáo" else "Trường Cao đẳng Bắc Kạn",
        }, note="Nhiệm vụ bổ sung năm 2023 (giao trực tiếp đề tài Tôn giáo, tuyển chọn đề tài Sâm)."))
    if supplementary:
        council = _council(org, unit, actor, "determination:2023-bo-sung", councils, kind=CouncilKind.DETERMINATION,
                           name="Hội đồng tư vấn xác định nhiệm vụ bổ sung năm 2023", meeting_date=d(2023, 8, 3),
                           tasks=supplementary, decision_number="145/QĐ-SKHCN")
        for task in supplementary:
            science_task_step(task=task, kind=K.DETERMINE, date=d(2023, 8, 3), actor=actor, council=council,
                              note="Đang hoàn thiện nội dung xác định nhiệm vụ để phê duyệt danh mục.")

    # --- proposals for 2024: 75 received, 12 councils, 10 determined --------------------------------------------
    number = 0
    council_index = 0
    for field, total, determined, council_count in PROPOSAL_FIELDS:
        batch = []
        for index in range(1, total + 1):
            number += 1
            code = f"BK-DX2024-{number:02d}"
            title = f"Đề xuất đặt hàng nhiệm vụ năm 2024 số {number:02d} – lĩnh vực {PROPOSAL_FIELD_NAMES[field]} (minh họa)"
            proposer = "Tổ chức, cá nhân đề xuất (minh họa)"
            if number == 1:
                title = ("Dự án Xây dựng mô hình ứng dụng công nghệ cao tưới nhỏ giọt của Israel cho cây ăn quả, cây chè "
                         "trên đất dốc tại tỉnh Bắc Kạn")
                proposer = HOST_TTUD
            task = ScienceTask.objects.filter(organisation=org, code=code).first()
            if task is None:
                task = _create(org, actor, unit, code, date=d(2023, 3, 1) + dt.timedelta(days=number), state="proposed",
                               values={"title": title, "level": Level.TINH, "field": field, "start_year": 2024,
                                       "proposer": proposer, "origin": "dat_hang" if number % 3 == 0 else "de_xuat"},
                               note="Đề xuất, đặt hàng nhiệm vụ thực hiện từ năm 2024.")
                batch.append((task, index <= determined))
        for position in range(council_count):
            council_index += 1
            members = batch[position::council_count]
            if not members:
                continue
            meeting = d(2023, 7, 3) + dt.timedelta(days=council_index * 3)
            council = _council(org, unit, actor, f"determination:2024-{council_index}", councils,
                               kind=CouncilKind.DETERMINATION,
                               name=f"Hội đồng tư vấn xác định nhiệm vụ năm 2024 số {council_index:02d} "
                                    f"(lĩnh vực {PROPOSAL_FIELD_NAMES[field]})",
                               meeting_date=meeting, tasks=[task for task, _ in members],
                               decision_number=f"{180 + council_index}/QĐ-SKHCN")
            for task, chosen in members:
                science_task_step(task=task, kind=K.DETERMINE if chosen else K.REJECT, date=meeting, actor=actor,
                                  council=council,
                                  note="" if chosen else "Hội đồng không đề xuất thực hiện từ năm 2024.")

    # --- tasks that start in 2024 but were approved/suspended in 2023 -----------------------------------------
    if "BK-NTMN-07" not in existing:
        task = _create(org, actor, unit, "BK-NTMN-07", date=d(2023, 3, 20), state="approved", values={
            "title": "Ứng dụng tiến bộ khoa học kỹ thuật phát triển chăn nuôi bò Mông theo chuỗi giá trị tại Bắc Kạn",
            "short_name": "Bò Mông", "level": Level.NONG_THON_MIEN_NUI, "task_type": TaskType.DU_AN_KHCN,
            "field": Field.NONG_NGHIEP, "start_year": 2024, "origin": "khac",
            "host_organisation": "Công ty Cổ phần Chăn nuôi Bắc Kạn (minh họa)",
        })
        science_task_step(task=task, kind=K.SUSPEND, date=d(2023, 7, 14), actor=actor,
                          note="Thông báo tạm dừng triển khai thực hiện; tham mưu UBND tỉnh đăng ký làm việc với Bộ KH&CN.")
    if "BK-LV-01" not in existing:
        _create(org, actor, unit, "BK-LV-01", date=d(2023, 8, 28), state="approved", values={
            "title": "Nghiên cứu giải pháp phát triển sản xuất, chế biến cây ăn quả ôn đới theo hướng nông nghiệp sinh thái "
                     "phục vụ phát triển du lịch nông nghiệp tại các tỉnh Tuyên Quang, Cao Bằng và Bắc Kạn",
            "short_name": "Cây ăn quả ôn đới liên vùng", "level": Level.LIEN_VUNG, "task_type": TaskType.DE_TAI,
            "field": Field.NONG_NGHIEP, "start_year": 2024, "origin": "khac",
            "programme": "Chương trình KH&CN xây dựng nông thôn mới giai đoạn 2021-2025",
        }, note="Nhiệm vụ liên vùng được Bộ Nông nghiệp và PTNT phê duyệt (seed 002, chú thích 3).")

    # --- money: advances (one settled late), a reduction after inspection --------------------------------------
    _money(org, actor, "BK-2022-03", [
        (MoneyKind.ADVANCE, d(2023, 1, 12), 300_000_000, "Tạm ứng đợt 1"),
        (MoneyKind.SETTLEMENT, d(2023, 6, 30), 120_000_000, "Thanh toán một phần tạm ứng đợt 1"),
    ])
    _money(org, actor, "BK-2022-02", [
        (MoneyKind.ADVANCE, d(2023, 2, 15), 250_000_000, "Tạm ứng đợt 1"),
        (MoneyKind.SETTLEMENT, d(2023, 4, 20), 250_000_000, "Thanh toán tạm ứng đợt 1"),
        (MoneyKind.ADVANCE, d(2023, 5, 5), 200_000_000, "Tạm ứng đợt 2"),
    ])
    _money(org, actor, "BK-2020-04", [
        (MoneyKind.REDUCTION, d(2023, 8, 25), 45_998_409, "Giảm trừ thanh toán theo kết luận thanh tra (minh họa: seed 002 không nêu nhiệm vụ)"),
    ])


def _money(org, actor, code, entries):
    task = ScienceTask.objects.filter(organisation=org, code=code).first()
    if task is None or task.money.exists():
        return
    for kind, day, amount, note in entries:
        money_entry_add(task=task, actor=actor, kind=kind, date=day, amount=amount, note=note)


# seed 004, section 3.1: "Các đề tài, dự án chuyển tiếp từ các năm qua năm 2024: 25 nhiệm vụ (03 nhiệm vụ cấp quốc
# gia và 22 nhiệm vụ cấp tỉnh)". The seed names none but the three whose results were registered in January 2024
# (NT_REGISTERED, provincial): the other 19 provincial and the 03 national tasks carry illustrative names.
NT_CARRIED_OVER = [(f"NT-CT-{number:02d}", Level.TINH, 2022 + number % 2) for number in range(1, 20)] + [
    (f"NT-QG-{number:02d}", Level.QUOC_GIA, 2022) for number in range(1, 4)]


def _load_ninh_thuan(org):
    unit = Unit.objects.filter(organisation=org, code="qlkh").first()
    actor = _actor(org)
    existing = set(ScienceTask.objects.filter(organisation=org).values_list("code", flat=True))
    for code, level, start_year in NT_CARRIED_OVER:
        if code in existing:
            continue
        national = level == Level.QUOC_GIA
        _create(org, actor, unit, code, date=d(start_year, 3, 1), state="in_progress", values={
            "title": f"Nhiệm vụ KH&CN {'cấp quốc gia' if national else 'cấp tỉnh'} chuyển tiếp {code} (minh họa)",
            "short_name": code, "level": level, "task_type": TaskType.DE_TAI, "field": Field.NONG_NGHIEP,
            "start_year": start_year, "origin": "khac" if national else "de_xuat",
            "host_organisation": "Tổ chức chủ trì (minh họa)", "planned_start": d(start_year, 3, 1),
            "planned_end": d(start_year + 2, 12, 31),
        })
    for number, (code, short, title, field, host, registered_on) in enumerate(NT_REGISTERED, 1):
        if ScienceTask.objects.filter(organisation=org, code=code).exists():
            continue
        task = _create(org, actor, unit, code, date=d(2023, 12, 12 + number), state="recognised", values={
            "title": title, "short_name": short, "level": Level.TINH, "task_type": TaskType.DE_TAI, "field": field,
            "start_year": 2021, "host_organisation": host, "origin": "de_xuat",
        })
        science_task_step(task=task, kind=K.REGISTER, date=registered_on, actor=actor,
                          certificate_number=f"{number:02d}/2024/GCN-SKHCN", certificate_date=registered_on,
                          decision_signer="Giám đốc Sở KH&CN",
                          note="Tiếp nhận và xử lý đúng hạn hồ sơ TTHC đăng ký kết quả thực hiện nhiệm vụ KH&CN.")
